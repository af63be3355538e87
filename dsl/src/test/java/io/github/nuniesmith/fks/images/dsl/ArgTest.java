package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgTest {
  @Test
  void keepsNameAndDefault() {
    Arg arg = new Arg("PYTHON_IMAGE", Optional.of("python:3.12-slim"));

    assertThat(arg.defaultValue()).contains("python:3.12-slim");
    assertThat(arg.describe()).isEqualTo("arg PYTHON_IMAGE");
  }

  @Test
  void rejectsDefaultWithSpace() {
    assertThatThrownBy(() -> new Arg("PYTHON_IMAGE", Optional.of("a b")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("arg PYTHON_IMAGE default 'a b' has characters other than letters, digits and"
            + " . _ : / @ + = , -");
  }

  @Test
  void rejectsNameStartingWithDigit() {
    assertThatThrownBy(() -> new Arg("1ARG", Optional.empty()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("arg name '1ARG' is invalid: use letters, digits and _, not starting with a digit");
  }
}
