package io.github.nuniesmith.fks.images.generator.external;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.generator.DockerfileFeature;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolLimitsTest {
  private static final String NEWER = """
      # syntax=docker/dockerfile:1.20
      FROM debian:bookworm AS app
      COPY --parents --exclude=*.md src/ /app/
      ADD --keep-git-dir --checksum=sha256:abc https://example.com/x.git /x
      ADD --unpack=false --link=true a.tar /a/
      RUN --network=none --security=sandbox \\
          --mount=type=secret,id=t,env=TOKEN \\
          --mount=type=tmpfs,target=/t,size=1m true
      RUN <<EOF
      COPY --parents is body text here
      EOF
      HEALTHCHECK --start-interval=1s CMD ["true"]
      COPY --link b /b
      """;

  @Test
  void findsEachFeatureAtItsFirstLineAndOnlyInTheInstructionsThatHaveIt() {
    assertThat(DockerfileFeature.in(NEWER)).containsAllEntriesOf(Map.ofEntries(
        Map.entry(DockerfileFeature.HEREDOC, 9),
        Map.entry(DockerfileFeature.PARENTS, 3),
        Map.entry(DockerfileFeature.EXCLUDE, 3),
        Map.entry(DockerfileFeature.KEEP_GIT_DIR, 4),
        Map.entry(DockerfileFeature.CHECKSUM, 4),
        Map.entry(DockerfileFeature.UNPACK, 5),
        Map.entry(DockerfileFeature.LINK, 5),
        Map.entry(DockerfileFeature.LINK_VALUE, 5),
        Map.entry(DockerfileFeature.NETWORK, 6),
        Map.entry(DockerfileFeature.SECURITY, 6),
        Map.entry(DockerfileFeature.SECRET_ENV, 6),
        Map.entry(DockerfileFeature.TMPFS_SIZE, 6),
        Map.entry(DockerfileFeature.START_INTERVAL, 12)));
  }

  @Test
  void aFlagAfterTheFirstWordIsNotAFlagOfTheInstruction() {
    assertThat(DockerfileFeature.in("FROM debian\nRUN echo --network=none --parents\nCOPY --chmod=644 a --link /a\n"))
        .containsOnlyKeys(DockerfileFeature.CHMOD);
  }

  @Test
  void eachToolNamesWhatItCannotReadInFileOrder() {
    assertThat(ToolLimits.HADOLINT.whyNot(NEWER)).contains("hadolint 2.14 cannot read COPY --parents (line 3),"
        + " ADD --keep-git-dir (line 4), --link with a value (line 5), ADD --unpack (line 5), heredoc (line 9)");
    assertThat(ToolLimits.BUILDAH.whyNot("FROM debian\nCOPY --chmod=644 --chown=1:1 --from=x /a /a\n")).isEmpty();
    assertThat(ToolLimits.BUILDAH.whyNot("FROM debian\nCOPY --link a /a\n"))
        .contains("buildah 1.28 cannot read --link (line 2)");
  }
}
