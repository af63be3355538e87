package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnvTest {
  @Test
  void keepsVariablesSortedByName() {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("PYTHONUNBUFFERED", "1");
    variables.put("A_PATH", "/opt/fks/cpu/bin:${PATH}");

    Env env = new Env(variables);

    assertThat(env.variables().keySet()).containsExactly("A_PATH", "PYTHONUNBUFFERED");
    assertThat(env.variables()).containsEntry("A_PATH", "/opt/fks/cpu/bin:${PATH}");
    assertThat(env.describe()).isEqualTo("env A_PATH PYTHONUNBUFFERED");
  }

  @Test
  void orderDoesNotDependOnTheMapGiven() {
    Env env = new Env(Map.of("C", "3", "A", "1", "B", "2", "_Z", "4", "a", "5"));

    assertThat(env.variables().keySet()).containsExactly("A", "B", "C", "_Z", "a");
    assertThat(env.describe()).isEqualTo("env A B C _Z a");
  }

  @Test
  void acceptsReferenceToItselfOrToVariableSetElsewhere() {
    Env env = new Env(Map.of("PATH", "/opt/venv/bin:${PATH}", "DATA", "${HOME}/data"));

    assertThat(env.variables())
        .containsEntry("PATH", "/opt/venv/bin:${PATH}")
        .containsEntry("DATA", "${HOME}/data");
  }

  @Test
  void rejectsReferenceToVariableSetInTheSameStep() {
    assertThatThrownBy(() -> new Env(Map.of("APP_HOME", "/opt/app", "APP_BIN", "${APP_HOME}/bin")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("env APP_BIN value '${APP_HOME}/bin' refers to ${APP_HOME}, which this env step also sets,"
            + " so it would get the old value (hadolint DL3044): set APP_HOME in a separate env step before this"
            + " one [FKS026]");
  }

  @Test
  void rejectsNullName() {
    Map<String, String> variables = new HashMap<>();
    variables.put(null, "1");
    variables.put("A", "1");

    assertThatThrownBy(() -> new Env(variables))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("env name is missing: give a value");
  }

  @Test
  void acceptsSingleQuoteInValue() {
    assertThat(Env.of("GREETING", "it's").variables()).containsEntry("GREETING", "it's");
  }

  @Test
  void aValueMayBeEmptyOrHoldQuotesBackslashesAndBackticks() {
    assertThat(Env.of("P", "say \"hi\" from C:\\app `id`").variables()).containsEntry("P", "say \"hi\" from C:\\app `id`");
    assertThat(Env.of("EMPTY", "").variables()).containsEntry("EMPTY", "");
  }

  @Test
  void aLiteralValueIsTakenExactlyAndNotCheckedForReferences() {
    Env env = Env.builder().set("B", "${C:-x}").literal("A", "literal $HOME and $(id)").build();

    assertThat(env.variables()).containsExactly(entry("B", "${C:-x}"), entry("A", "literal $HOME and $(id)"));
    assertThat(env.literal()).containsExactly("A");
    assertThat(env.expanded()).containsExactly("${C:-x}");
  }

  @Test
  void aLiteralNameMustBeAVariableOfTheStepAndEachNameIsSetOnce() {
    assertThatThrownBy(() -> new Env(Map.of("A", "1"), false, true, Set.of("B")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("env literal 'B' is not a variable of this env: name one of [A]");
    assertThatThrownBy(() -> Env.builder().set("A", "1").literal("A", "$2").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("env sets A twice: set each once");
    assertThatThrownBy(() -> Env.builder().literal("A", "a\nb").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("env A 'a\\nb' contains a control character (newline, tab, ...): remove it");
  }

  @Test
  void aTabIsTextInAValueAndACarriageReturnIsNot() {
    assertThat(Env.of("DEPS", "gcc \t\tmake").variables()).containsEntry("DEPS", "gcc \t\tmake");
    assertThat(new Arg("FLAGS", java.util.Optional.of("-O2\t-g")).defaultValue()).contains("-O2\t-g");
    assertThatThrownBy(() -> Env.of("DEPS", "gcc\r\tmake"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("env DEPS 'gcc\\r\\tmake' contains a control character (newline, tab, ...): remove it");
  }

  static Stream<Arguments> badVariables() {
    String name = " is invalid: use letters, digits and _, not starting with a digit";
    String forms = ": write $NAME, ${NAME}, ${NAME:-default} or ${NAME:+alternative}";
    return Stream.of(
        arguments("1X", "v", "env name '1X'" + name),
        arguments("MY-VAR", "v", "env name 'MY-VAR'" + name),
        arguments("P", "${}", "env P value '${}' has a $ that starts no variable reference" + forms),
        arguments("P", "$(id)", "env P value '$(id)' has a $ that starts no variable reference" + forms),
        arguments("P", "a$", "env P value 'a$' has a $ that starts no variable reference" + forms),
        arguments("P", "${A", "env P value '${A' has a ${ without its closing }" + forms),
        arguments("P", "${A:-${B}", "env P value '${A:-${B}' has a ${ without its closing }" + forms),
        arguments("P", "${A#b}", "env P value '${A#b}' has ${A followed by '#'" + forms),
        arguments("P", "${1}", "env P value '${1}' has a $ that starts no variable reference" + forms),
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
    assertThatThrownBy(() -> Stage.builder("runtime").env("PATH", "$(id):/x"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime / env PATH: env PATH value '$(id):/x' has a $ that starts no variable reference:"
            + " write $NAME, ${NAME}, ${NAME:-default} or ${NAME:+alternative}");
  }

  @Test
  void acceptsEveryExpansionDockerDocuments() {
    Map<String, String> values = Map.of(
        "LD_LIBRARY_PATH", "${LD_LIBRARY_PATH:+${LD_LIBRARY_PATH}:}/opt/x",
        "P1", "$HOME/bin", "P2", "${HOME:-/root}", "P3", "${HOME-/root}", "P4", "${HOME+set}",
        "P5", "${HOME:?needs HOME}", "P6", "{x} }");
    assertThat(new Env(values).expanded()).containsExactlyElementsOf(new java.util.TreeMap<>(values).values());
  }

  @Test
  void legacyFormSetsOneVariable() {
    assertThat(Env.legacy("MSG", "hello world").legacy()).isTrue();
    assertThatThrownBy(() -> new Env(Map.of("A", "1", "B", "2"), true))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("env in the legacy form ENV NAME value sets one variable, not 2: use the key=value form");
  }
}
