package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefaultShellTest {
  @Test
  void keepsTheExecArray() {
    assertThat(new DefaultShell(List.of("/bin/sh", "-c")).describe()).isEqualTo("shell /bin/sh");
  }

  @Test
  void namesImageStageAndStepOfABadShell() {
    assertThatThrownBy(() -> Image.builder("demo", "Dockerfile", DefaultShellTest.class)
            .stage("run", s -> s.from("python:3.12").defaultShell()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage run / shell: shell is empty: give at least one");
  }
}
