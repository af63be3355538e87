package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VolumeTest {
  @Test
  void keepsPathsInOrder() {
    assertThat(new Volume(List.of("/data", "${HOME}/logs")).expanded()).containsExactly("/data", "${HOME}/logs");
  }

  @Test
  void namesImageStageAndStepOfABadPath() {
    assertThatThrownBy(() -> Image.builder("demo", "Dockerfile", VolumeTest.class)
            .stage("run", s -> s.from("python:3.12").volume("/data", "")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage run / volume: volume path is empty: give a value");
    assertThatThrownBy(() -> Stage.builder("run").volume())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage run / volume: volume is empty: give at least one");
  }
}
