package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetTest {
  @Test
  void versionedTagAppendsVersionToMovingTag() {
    Target target = Target.of("builder", ImageRef.parse("nuniesmith/fks:docker-ml"), "1.0.0");

    assertThat(target.moving()).hasToString("nuniesmith/fks:docker-ml");
    assertThat(target.pinned()).hasToString("nuniesmith/fks:docker-ml-v1.0.0");
  }

  @Test
  void acceptsPreReleaseVersion() {
    assertThat(Target.of("builder", ImageRef.parse("nuniesmith/fks:docker"), "2.0.0-rc.1").pinned())
        .hasToString("nuniesmith/fks:docker-v2.0.0-rc.1");
  }

  @Test
  void rejectsVersionThatIsNotSemver() {
    assertThatThrownBy(() -> Target.of("builder", ImageRef.parse("nuniesmith/fks:docker"), "1.0"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("version '1.0' is not semver: write major.minor.patch such as 1.0.0");
  }

  @Test
  void rejectsStageNameThatIsNotOne() {
    assertThatThrownBy(() -> Target.of("Builder", ImageRef.parse("nuniesmith/fks:docker"), "1.0.0"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("target stage 'Builder' is invalid: use up to 63 lowercase letters, digits and _ . -,"
            + " starting with a letter");
  }

  @Test
  void aTargetListsAnyTagsAndChildrenNameTheLast() {
    Target target = Target.tagged("runtime", "example/app:stable", "example/app:1.2", "example/app:1.2.3");

    assertThat(target.tags()).extracting(ImageRef::toString)
        .containsExactly("example/app:stable", "example/app:1.2", "example/app:1.2.3");
    assertThat(target.moving()).hasToString("example/app:stable");
    assertThat(target.pinned()).hasToString("example/app:1.2.3");
  }

  @Test
  void refusesNoTagsATagTwiceAndADigest() {
    assertThatThrownBy(() -> Target.tagged("runtime"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("target runtime: tags is empty: give at least one");
    assertThatThrownBy(() -> Target.tagged("runtime", "example/app:1", "example/app:1"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("target runtime: lists the tag example/app:1 twice: keep one");
    assertThatThrownBy(() -> Target.tagged("runtime", "example/app:1@sha256:" + "a".repeat(64)))
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith("target runtime: tag example/app:1@sha256:");
  }
}
