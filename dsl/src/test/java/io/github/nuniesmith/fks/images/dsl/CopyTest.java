package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CopyTest {
  @Test
  void copiesFromContextOrStage() {
    assertThat(Copy.fromContext("src", "/app/src"))
        .isEqualTo(new Copy(List.of("src"), AbsolutePath.of("/app/src"), "", Optional.empty()));
    assertThat(Copy.fromStage("builder", "/opt/fks/cpu", "/opt/fks/cpu").from()).isEqualTo("builder");
    assertThat(Copy.fromContext("src", "/app/src").describe()).isEqualTo("copy 'src'");
  }

  @Test
  void contextSourceMustBeRelative() {
    assertThatThrownBy(() -> Copy.fromContext("/etc/passwd", "/app"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("relative path '/etc/passwd' is absolute: write it relative to its folder");
  }

  @Test
  void stageSourceMustBeAbsolute() {
    assertThatThrownBy(() -> Copy.fromStage("builder", "opt", "/app"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("path 'opt' is relative: write an absolute path such as /opt");
  }

  @Test
  void severalSourcesNeedFolderDestination() {
    assertThatThrownBy(() -> new Copy(List.of("a", "b"), AbsolutePath.of("/app"), "", Optional.empty()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("copy of several sources to /app needs a destination ending in /");
  }

  @Test
  void rejectsWholeFilesystemOfAStage() {
    assertThatThrownBy(() -> Copy.fromStage("builder", "/", "/"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("copy of / from stage 'builder' copies its entire filesystem (hadolint DL3067): copy only the"
            + " folders you need, such as /opt/app [FKS027]");
    assertThatThrownBy(() -> new Copy(List.of("/opt/app", "/"), AbsolutePath.of("/x/"), "builder", Optional.empty()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("copy of / from stage 'builder' copies its entire filesystem (hadolint DL3067): copy only the"
            + " folders you need, such as /opt/app [FKS027]");
  }

  @Test
  void copiesFolderWithTrailingSlashFromStage() {
    assertThat(Copy.fromStage("builder", "/opt/app/", "/opt/app/").sources()).containsExactly("/opt/app/");
  }

  @Test
  void fromMustBeAStageName() {
    assertThatThrownBy(() -> Copy.fromStage("Builder", "/opt", "/opt"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("copy from 'Builder' is not a stage name: use the name of an earlier stage");
  }
}
