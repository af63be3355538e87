package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaintainerTest {
  @Test
  void keepsTheName() {
    assertThat(new Maintainer("Jane <j@example.com>").name()).isEqualTo("Jane <j@example.com>");
  }

  @Test
  void namesImageStageAndStepOfAnEmptyName() {
    assertThatThrownBy(() -> Image.builder("demo", "Dockerfile", MaintainerTest.class)
            .stage("run", s -> s.from("python:3.12").maintainer("")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage run / maintainer: maintainer is empty: give a value");
  }
}
