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
}
