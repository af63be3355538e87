package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule checked when a definition is built: a failing definition is refused with a message that
 * names the rule, and a passing one is built.
 */
class DefinitionRulesTest {
  private static final String PY = "python:3.12-slim-trixie";

  static Stream<Arguments> rules() {
    return Stream.of(
        arguments(Rule.FKS005, (Executable) () -> Stage.builder("b").from(PY).pip("langchain>=0.3.0 && rm -rf /"),
            "stage b / pip install: pip requirement 'langchain>=0.3.0 && rm -rf /' contains the shell "
                + "metacharacter '&': write one PEP 508 requirement such as 'langchain>=0.3.0' [FKS005]",
            (Executable) () -> Stage.builder("b").from(PY).pip("langchain>=0.3.0")),
        arguments(Rule.FKS014, (Executable) () -> Stage.builder("Build").from(PY).build(),
            "stage name 'Build' is invalid: use up to 63 lowercase letters, digits and _ . -, starting "
                + "with a letter [FKS014]",
            (Executable) () -> Stage.builder("build").from(PY).build()),
        arguments(Rule.FKS026, (Executable) () -> new Env(Map.of("APP", "/app", "APP_BIN", "${APP}/bin")),
            "env APP_BIN value '${APP}/bin' refers to ${APP}, which this env step also sets, so it "
                + "would get the old value (hadolint DL3044): set APP in a separate env step before this one "
                + "[FKS026]",
            (Executable) () -> new Env(Map.of("APP_BIN", "/app/bin", "PATH", "/app/bin:${PATH}"))),
        arguments(Rule.FKS028, (Executable) () -> Stage.builder("b").from(PY).expose(70000),
            "stage b / expose: port 70000 is out of range: use 1 to 65535 [FKS028]",
            (Executable) () -> Stage.builder("b").from(PY).expose(8000)));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void refusesTheFailingDefinitionAndBuildsThePassingOne(Rule rule, Executable failing, String message,
      Executable passing) {
    assertThatThrownBy(failing::execute)
        .isInstanceOfSatisfying(DefinitionException.class, e -> assertThat(e.rule()).contains(rule))
        .hasMessage(message);
    assertThatCode(passing::execute).doesNotThrowAnyException();
  }

  @Test
  void everyRuleCheckedAtDefinitionTimeHasACase() {
    List<Rule> covered = rules().map(a -> (Rule) a.get()[0]).toList();
    assertThat(covered).containsExactlyInAnyOrderElementsOf(Arrays.stream(Rule.values())
        .filter(r -> r.checked() == Rule.Checked.DEFINITION).toList());
  }
}
