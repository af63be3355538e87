package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The catalog's ids are stable and numbered without gaps; each rule says what it asks for. */
class RuleTest {
  @Test
  void idsAreNumberedFromFks001WithoutGaps() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::id).toList())
        .isEqualTo(IntStream.rangeClosed(1, Rule.values().length).mapToObj(i -> String.format("FKS%03d", i)).toList());
  }

  @Test
  void findsARuleById() {
    assertThat(Rule.byId("FKS009")).contains(Rule.FKS009);
    assertThat(Rule.byId("FKS009").orElseThrow().hadolint()).isEqualTo("DL3064");
    assertThat(Rule.byId("FKS009").orElseThrow().buildkit()).isEqualTo("SecretsUsedInArgOrEnv");
    assertThat(Rule.byId("fks009")).isEmpty();
  }

  @Test
  void definitionTimeRulesAreErrors() {
    assertThat(Arrays.stream(Rule.values()).filter(r -> r.checked() == Rule.Checked.DEFINITION))
        .allMatch(r -> r.severity() == Rule.Severity.ERROR);
  }

  @Test
  void everyLintRuleBelongsToAPolicyAndNoOtherRuleDoes() {
    assertThat(Arrays.stream(Rule.values()))
        .allMatch(r -> r.policy().isPresent() == (r.checked() == Rule.Checked.LINT))
        .allMatch(r -> r.suppressible() == r.policy().isPresent());
  }

  @Test
  void strictHoldsTheBaselineAndTheFksChoices() {
    assertThat(Policy.STRICT.rules()).containsAll(Policy.BASELINE.rules())
        .contains(Rule.FKS002, Rule.FKS019, Rule.FKS020, Rule.FKS021, Rule.FKS022, Rule.FKS024, Rule.FKS036);
    assertThat(Policy.BASELINE.rules()).contains(Rule.FKS004, Rule.FKS007, Rule.FKS009, Rule.FKS035)
        .doesNotContain(Rule.FKS002, Rule.FKS011, Rule.FKS024, Rule.FKS036);
    assertThat(Arrays.stream(Rule.values()).filter(r -> r.checked() != Rule.Checked.LINT))
        .noneMatch(Policy.STRICT::includes);
  }

  @Test
  void readsAPolicyInAnyCase() {
    assertThat(Policy.parse(" Strict")).isEqualTo(Policy.STRICT);
    assertThat(Policy.parse("baseline")).hasToString("baseline");
    assertThatThrownBy(() -> Policy.parse("fks"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("policy 'fks' is not one of baseline, strict");
  }

  @Test
  void aDefinitionErrorKeepsItsRuleAsItTravelsOutwards() {
    DefinitionException e = new DefinitionException(Rule.FKS015, "path 'app' is relative")
        .within("workdir").within("stage b").breaking(Rule.FKS014);

    assertThat(e.rule()).contains(Rule.FKS015);
    assertThat(e).hasMessage("stage b / workdir: path 'app' is relative [FKS015]");
    assertThat(e.problem()).isEqualTo("path 'app' is relative");
    assertThat(new DefinitionException("x").breaking(Rule.FKS014)).hasMessage("x [FKS014]");
  }
}
