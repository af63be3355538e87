package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each feature of the Dockerfile reference found in a hand-built instruction list, with its version. */
class SyntaxVersionTest {
  private static final List<String> PLAIN = List.of("FROM debian:trixie-slim AS build", "WORKDIR /app",
      "COPY --from=build --chown=1000:100 /a /b", "RUN apt-get update", "USER 1000",
      "ENV PATH=/opt/bin:${PATH}", "ARG BASE=debian:trixie-slim", "LABEL a=\"${B:-c}\"", "HEALTHCHECK --interval=5s CMD [\"true\"]");

  static Stream<Arguments> features() {
    return Stream.of(
        arguments("RUN --mount=type=cache,target=/root/.cache/pip pip install x", 2, "RUN --mount"),
        arguments("ARG PYTHON_VERSION=3.12 DEBIAN=trixie", 2, "ARG of several names"),
        arguments("RUN --network=none --mount=type=bind,target=/x make", 3, "RUN --network"),
        arguments("COPY --chmod=0755 run.sh /usr/local/bin/", 2, "--chmod"),
        arguments("ADD --chmod=755 https://example.com/x /x", 2, "--chmod"),
        arguments("RUN <<EOF", 4, "heredoc"),
        arguments("COPY <<-\"EOT\" /app/config.ini", 4, "heredoc"),
        arguments("COPY <<.env <<1.txt /app/", 4, "heredoc"),
        arguments("COPY --link --from=build /a /b", 4, "--link"),
        arguments("COPY --link=true /a /b", 4, "--link"),
        arguments("ADD --checksum=sha256:abc https://example.com/x.tar.gz /x.tar.gz", 6, "ADD --checksum"),
        arguments("ADD https://github.com/moby/buildkit.git#v0.10.1 /buildkit", 6, "ADD of a git source"),
        arguments("ADD git@github.com:moby/buildkit.git /buildkit", 6, "ADD of a git source"),
        arguments("ADD --keep-git-dir=true https://github.com/moby/buildkit.git /buildkit", 6, "ADD --keep-git-dir"),
        arguments("HEALTHCHECK --interval=30s --start-interval=2s CMD [\"true\"]", 6, "HEALTHCHECK --start-interval"),
        arguments("ENV X=${Y-default}", 6, "${VAR-x} or ${VAR+x}"),
        arguments("WORKDIR /src/${VERSION#v}", 7, "${VAR#x}, ${VAR%x} or ${VAR/x/y}"),
        arguments("# check=error=true", 8, "# check directive"),
        arguments("RUN --mount=type=secret,id=token,env=TOKEN make", 10, "secret mount env="),
        arguments("COPY --chmod=${MODE} run.sh /x", 10, "--chmod with a variable"),
        arguments("COPY --chmod=u=rwX,go=rX run.sh /x", 14, "--chmod with symbolic modes"),
        arguments("ADD --unpack=true https://example.com/x.tar.gz /x", 17, "ADD --unpack"),
        arguments("ADD https://github.com/moby/buildkit.git?ref=v0.10.1&subdir=docs /docs", 18,
            "git source with ?query"),
        arguments("COPY --exclude=*.pyc . /app", 19, "--exclude"),
        arguments("COPY --parents ./src/**/*.py /app/", 20, "COPY --parents"),
        arguments("RUN --security=insecure make", 20, "RUN --security"),
        arguments("ONBUILD COPY --exclude=*.pyc . /app", 19, "--exclude"),
        arguments("RUN --mount=type=tmpfs,target=/t,size=1m make", 2, "RUN --mount"));
  }

  @ParameterizedTest
  @MethodSource("features")
  void findsEachFeatureWithItsVersion(String instruction, int minor, String name) {
    assertThat(SyntaxVersion.newest(instruction)).hasValueSatisfying(f -> assertThat(f.shown()).isEqualTo(name));
    assertThat(SyntaxVersion.minor(append(PLAIN, instruction))).isEqualTo(minor);
  }

  /** The cases that are instructions rather than the check directive. */
  static Stream<Arguments> instructions() {
    return features().filter(a -> !((String) a.get()[0]).startsWith("#"));
  }

  @ParameterizedTest
  @MethodSource("instructions")
  void anInstructionNeedsWhatItsLineNeedsWhereverItsPartsBreak(String line, int minor, String name) {
    Instruction instruction = instruction(line);

    assertThat(SyntaxVersion.minor(instruction, 0)).isEqualTo(minor);
    assertThat(SyntaxVersion.minor(instruction, minor - 1)).isEqualTo(minor);
    assertThat(SyntaxVersion.minor(instruction, minor)).isEqualTo(minor);
  }

  @ParameterizedTest
  @MethodSource("instructions")
  void aLineIsFoundToUseOnlyFeaturesNewerThanAskedForFromItsKeywordAndText(String line, int minor, String name) {
    String keyword = line.substring(0, line.indexOf(' '));
    List<String> text = List.of(line.substring(keyword.length() + 1));

    assertThat(SyntaxVersion.newest(keyword, text, 0)).hasValueSatisfying(f -> assertThat(f.shown()).isEqualTo(name));
    assertThat(SyntaxVersion.newest(keyword, text, minor - 1)).hasValueSatisfying(f -> assertThat(f.minor()).isEqualTo(minor));
    assertThat(SyntaxVersion.newest(keyword, text, minor)).isEmpty();
  }

  @Test
  void plainInstructionsKeepTheFloor() {
    assertThat(PLAIN).allSatisfy(line -> assertThat(SyntaxVersion.minor(instruction(line), 2)).isEqualTo(2));
  }

  @Test
  void plainInstructionsNeedNoNewerVersion() {
    assertThat(SyntaxVersion.minor(PLAIN)).isZero();
  }

  @Test
  void theNewestFeatureDecides() {
    assertThat(SyntaxVersion.minor(List.of("RUN --mount=type=cache,target=/x true", "COPY --parents a/ /b/",
        "COPY --link a /b"))).isEqualTo(20);
  }

  @Test
  void aFloorIsKeptWhenNoFeatureIsNewerAndRaisedWhenOneIs() {
    List<String> lines = List.of("RUN --mount=type=cache,target=/x true", "COPY --link a /b");

    assertThat(SyntaxVersion.minor(lines, 2)).isEqualTo(4);
    assertThat(SyntaxVersion.minor(lines, 4)).isEqualTo(4);
    assertThat(SyntaxVersion.minor(lines, 9)).isEqualTo(9);
    assertThat(SyntaxVersion.minor(PLAIN, 3)).isEqualTo(3);
  }

  @Test
  void variablesOfShellFormInstructionsAreTheShellsNotDockers() {
    assertThat(SyntaxVersion.minor(List.of("RUN echo ${X#y} ${Z-w}", "CMD echo ${X%y}"))).isZero();
  }

  @Test
  void everyFeatureHasATestCase() {
    assertThat(DockerfileFeature.values())
        .allSatisfy(f -> assertThat(features().map(a -> (String) a.get()[0])).anyMatch(f::usedBy));
  }

  /** {@code line} as an instruction with each word after the keyword a part of its own, as if on its own line. */
  private static Instruction instruction(String line) {
    List<String> words = List.of(line.split(" "));
    return new Instruction.Other(List.of(), words.get(0), words.subList(1, words.size()));
  }

  private static List<String> append(List<String> lines, String line) {
    return Stream.concat(lines.stream(), Stream.of(line)).toList();
  }
}
