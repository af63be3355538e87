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
  void defaultMayReferToOtherArguments() {
    Arg arg = Arg.of("BASE_IMAGE", "$REGISTRY/$OWNER/base-notebook");

    assertThat(arg.expanded()).containsExactly("$REGISTRY/$OWNER/base-notebook");
    assertThat(Arg.of("NB_USER").expanded()).isEmpty();
    assertThat(Arg.of("GREETING", "a b").defaultValue()).contains("a b");
  }

  @Test
  void rejectsDefaultWithCommandSubstitutionOrQuote() {
    assertThatThrownBy(() -> Arg.of("MODE", "$(id)"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("arg MODE default '$(id)' has a $ that starts no variable reference: write $NAME, ${NAME},"
            + " ${NAME:-default} or ${NAME:+alternative}");
  }

  @Test
  void aDefaultMayBeEmptyOrHoldQuotesAndBackslashes() {
    assertThat(Arg.of("MODE", "a\"b\\c`d`").defaultValue()).contains("a\"b\\c`d`");
    assertThat(Arg.of("MODE", "").defaultValue()).contains("");
  }

  @Test
  void rejectsNameStartingWithDigit() {
    assertThatThrownBy(() -> new Arg("1ARG", Optional.empty()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("arg name '1ARG' is invalid: use letters, digits and _, not starting with a digit");
  }
}
