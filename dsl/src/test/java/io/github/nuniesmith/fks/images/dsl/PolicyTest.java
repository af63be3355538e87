package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which findings stop generation under each policy. */
class PolicyTest {
  @Test
  void strictStopsOnEveryError() {
    for (Rule rule : Rule.values()) {
      assertThat(Policy.STRICT.failsOn(rule)).as(rule.id()).isEqualTo(rule.severity() == Rule.Severity.ERROR);
    }
  }

  @Test
  void baselineStopsOnlyOnTheErrorsOfTheChecksEveryPolicyRuns() {
    for (Rule rule : Rule.values()) {
      assertThat(Policy.BASELINE.failsOn(rule)).as(rule.id())
          .isEqualTo(rule.severity() == Rule.Severity.ERROR && rule.checked() != Rule.Checked.LINT);
    }
    assertThat(Policy.BASELINE.failsOn(Rule.FKS009)).isFalse();
    assertThat(Policy.BASELINE.failsOn(Rule.FKS008)).isTrue();
  }

  @Test
  void aWarningNeverStops() {
    assertThat(Arrays.stream(Rule.values()).filter(r -> r.severity() != Rule.Severity.ERROR))
        .allMatch(r -> !Policy.STRICT.failsOn(r) && !Policy.BASELINE.failsOn(r));
  }

  @Test
  void aMissingRuleIsRefused() {
    assertThatThrownBy(() -> Policy.BASELINE.failsOn(null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("rule is missing: give a value");
  }
}
