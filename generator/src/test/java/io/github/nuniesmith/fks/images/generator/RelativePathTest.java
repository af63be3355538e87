package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RelativePathTest {
  private static final Path ROOT = Path.of("/repo");

  @Test
  void pathInsideTheRootIsNamedFromIt() {
    assertThat(RelativePath.of(ROOT, Path.of("/repo/target/../generated/cpu"))).hasValue("generated/cpu");
    assertThat(RelativePath.shown(ROOT, Path.of("/repo/.github/workflows"))).isEqualTo(".github/workflows");
  }

  @Test
  void theRootItselfIsEmpty() {
    assertThat(RelativePath.of(ROOT, Path.of("/repo/./"))).hasValue("");
    assertThat(RelativePath.shown(ROOT, ROOT)).isEqualTo("");
  }

  @Test
  void pathOutsideTheRootHasNoRelativeNameAndIsShownAbsolute() {
    assertThat(RelativePath.of(ROOT, Path.of("/repository/generated"))).isEmpty();
    assertThat(RelativePath.shown(ROOT, Path.of("/elsewhere/../tmp/out"))).isEqualTo("/tmp/out");
  }

  @Test
  void relativeArgumentsAreResolvedFromTheWorkingFolder() {
    Path here = Path.of("").toAbsolutePath();
    assertThat(RelativePath.of(here, Path.of("generated"))).hasValue("generated");
  }

  @Test
  void betweenTwoPlainPathsIsWhatPathRelativizeGives() {
    for (String[] pair : new String[][] {{"services/app", "generated/docker/Dockerfile.app"},
        {"generated/docker", "generated/docker/Dockerfile.cpu"}, {"generated", "generated/a/b/Dockerfile"},
        {"a/b/c", "a/x"}, {"a", "a"}, {"a/b", "a"}, {"generated/docker", "generated/dockerfiles/Dockerfile"}}) {
      assertThat(RelativePath.between(pair[0], pair[1])).as(pair[0] + " to " + pair[1])
          .isEqualTo(Path.of(pair[0]).relativize(Path.of(pair[1])).toString());
    }
  }
}
