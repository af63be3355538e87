package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CopyFromTest {
  @Test
  void namesWhatTheFlagSays() {
    assertThat(CopyFrom.buildContext().flag()).isEmpty();
    assertThat(CopyFrom.stage("build").flag()).contains("build");
    assertThat(CopyFrom.image("ghcr.io/astral-sh/uv:0.5.0").flag()).contains("ghcr.io/astral-sh/uv:0.5.0");
    assertThat(CopyFrom.namedContext("wheels").flag()).contains("wheels");
  }

  @Test
  void refusesBadNames() {
    assertThatThrownBy(() -> CopyFrom.namedContext("My Context"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("copy from build context 'My Context' is invalid: use up to 63 lowercase letters, digits and _ ."
            + " -, starting with a letter");
    assertThatThrownBy(() -> CopyFrom.image("Nginx:1.27"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith("image reference 'Nginx:1.27'");
  }
}
