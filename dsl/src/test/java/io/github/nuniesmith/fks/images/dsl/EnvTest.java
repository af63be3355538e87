package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnvTest {
  @Test
  void keepsVariablesInOrderGiven() {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("PYTHONUNBUFFERED", "1");
    variables.put("A_PATH", "/opt/fks/cpu/bin:${PATH}");

    Env env = new Env(variables);

    assertThat(env.variables().keySet()).containsExactly("PYTHONUNBUFFERED", "A_PATH");
    assertThat(env.variables()).containsEntry("A_PATH", "/opt/fks/cpu/bin:${PATH}");
    assertThat(env.describe()).isEqualTo("env PYTHONUNBUFFERED A_PATH");
  }

  @Test
  void acceptsSingleQuoteInValue() {
    assertThat(Env.of("GREETING", "it's").variables()).containsEntry("GREETING", "it's");
  }

  static Stream<Arguments> badVariables() {
    String name = " is invalid: use letters, digits and _, not starting with a digit";
    String value = " has \", \\, ` or a $ not of the form ${NAME}: remove it";
    return Stream.of(
        arguments("1X", "v", "env name '1X'" + name),
        arguments("MY-VAR", "v", "env name 'MY-VAR'" + name),
        arguments("P", "$PATH:/x", "env P value '$PATH:/x'" + value),
        arguments("P", "${}", "env P value '${}'" + value),
        arguments("P", "${A:-b}", "env P value '${A:-b}'" + value),
        arguments("P", "say \"hi\"", "env P value 'say \"hi\"'" + value),
        arguments("P", "a\\b", "env P value 'a\\b'" + value),
        arguments("P", "`id`", "env P value '`id`'" + value),
        arguments("P", "", "env P is empty: give a value or leave it out"),
        arguments("P", "a\nb", "env P 'a\\nb' contains a control character (newline, tab, ...): remove it"));
  }

  @ParameterizedTest
  @MethodSource("badVariables")
  void rejectsBadNameOrValue(String name, String value, String message) {
    assertThatThrownBy(() -> Env.of(name, value))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsNoVariables() {
    assertThatThrownBy(() -> new Env(Map.of()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("env is empty: give at least one variable");
  }

  @Test
  void stageNamesTheVariable() {
    assertThatThrownBy(() -> Stage.builder("runtime").env("PATH", "$PATH:/x"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime / env PATH: env PATH value '$PATH:/x' has \", \\, ` or a $ not of the form"
            + " ${NAME}: remove it");
  }
}
