package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkdirTest {
  @Test
  void takesAbsoluteRelativeAndVariablePaths() {
    assertThat(new Workdir("/app").absolute()).isTrue();
    assertThat(new Workdir("${HOME}").absolute()).isTrue();
    assertThat(new Workdir("work").absolute()).isFalse();
    assertThat(new Workdir(AbsolutePath.of("/opt"))).isEqualTo(new Workdir("/opt"));
    assertThat(new Workdir("${HOME}/w").expanded()).containsExactly("${HOME}/w");
  }

  @Test
  void namesImageStageAndStepOfABadPath() {
    assertThatThrownBy(() -> Image.builder("demo", "Dockerfile", WorkdirTest.class)
            .stage("run", s -> s.from("python:3.12").workdir("/a\nb")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage run / workdir: workdir '/a\\nb' contains a control character (newline, tab,"
            + " ...): remove it");
    assertThatThrownBy(() -> Stage.builder("run").workdir(" "))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage run / workdir: workdir is empty: give a value");
  }
}
