package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VariableTest {
  private static final Variable LD = Variable.named("LD_LIBRARY_PATH");

  @Test
  void writesTheFormsDockerExpands() {
    assertThat(LD.ref()).isEqualTo("${LD_LIBRARY_PATH}");
    assertThat(LD.orDefault("/usr/lib")).isEqualTo("${LD_LIBRARY_PATH:-/usr/lib}");
    assertThat(LD.ifSet(LD.ref() + ":") + "/opt/x").isEqualTo("${LD_LIBRARY_PATH:+${LD_LIBRARY_PATH}:}/opt/x");
    assertThat("/home/" + Variable.named("NB_USER")).isEqualTo("/home/${NB_USER}");
  }

  @Test
  void rejectsABadName() {
    assertThatThrownBy(() -> Variable.named("NB-USER"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("variable name 'NB-USER' is invalid: use letters, digits and _, not starting with a digit");
    assertThatThrownBy(() -> Variable.named(null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("variable name is missing: give a value");
  }

  @Test
  void rejectsAWordThatWouldEndTheReferenceEarlyOrIsNotText() {
    assertThatThrownBy(() -> LD.orDefault("a}b"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("variable LD_LIBRARY_PATH default 'a}b' has a } that would end the reference early: remove it");
    assertThatThrownBy(() -> LD.ifSet("$(id)"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("variable LD_LIBRARY_PATH alternative '$(id)' has a $ that starts no variable reference: write"
            + " $NAME, ${NAME}, ${NAME:-default} or ${NAME:+alternative}");
    assertThatThrownBy(() -> LD.orDefault("a\nb"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("variable LD_LIBRARY_PATH default 'a\\nb' contains a control character (newline, tab, ...):"
            + " remove it");
    assertThatThrownBy(() -> LD.orDefault(null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("variable LD_LIBRARY_PATH default is missing: give a value");
    assertThat(LD.orDefault("${HOME:-/root}/lib")).isEqualTo("${LD_LIBRARY_PATH:-${HOME:-/root}/lib}");
  }
}
