package io.github.nuniesmith.fks.images.dsl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A lint rule turned off where it is declared (an image, a stage, a tier or a service), with the
 * reason a reviewer reads. Every rule of a {@link Policy} can be ({@link Rule#suppressible()}); the
 * rules that protect the generator's own output cannot.
 *
 * @param rule the rule
 * @param reason why the finding is acceptable here
 */
public record Suppression(Rule rule, String reason) {
  /** Validates that the rule may be suppressed and that the reason says something. */
  public Suppression {
    Checks.notNull(rule, "suppressed rule");
    Checks.check(rule.checked() != Rule.Checked.DEFINITION,
        "suppression of %s: the rule protects the generator's own output, so the model refuses a definition"
            + " that breaks it and there is no finding to suppress; fix the definition", rule.id());
    Checks.check(rule != Rule.FKS031,
        "suppression of FKS031: it reports suppressions that match nothing, so it cannot be suppressed;"
            + " remove the unused suppression instead");
    Checks.check(rule.suppressible(),
        "suppression of %s: the rule checks a guarantee of the generator's own output, so a finding is a bug"
            + " of fks-images to report, not a choice to suppress", rule.id());
    Checks.notNull(reason, "reason of the suppression of " + rule.id());
    Checks.check(!reason.isBlank(),
        "suppression of %s has an empty reason: say why the finding is acceptable here", rule.id());
    Checks.text(reason, "reason of the suppression of " + rule.id());
  }

  /** A copy of {@code suppressions}, refusing a rule suppressed twice in one place. */
  public static List<Suppression> distinct(List<Suppression> suppressions) {
    if (Checks.notNull(suppressions, "suppressions").isEmpty()) {
      return List.of();
    }
    List<Suppression> copy = Checks.nonEmpty(suppressions, "suppressions");
    Set<Rule> seen = new HashSet<>();
    copy.forEach(s -> Checks.check(seen.add(s.rule()),
        "suppresses %s twice: keep one suppression with one reason", s.rule().id()));
    return copy;
  }

  /** Suppresses the rule with id {@code id}, e.g. {@code FKS024}, because of {@code reason}. */
  public static Suppression of(String id, String reason) {
    Checks.notNull(id, "suppressed rule id");
    Rule rule = Rule.byId(id).orElseThrow(() -> new DefinitionException(
        "suppression names the unknown rule " + Checks.quote(id) + ": use an id of the rules table, e.g. FKS024"));
    return new Suppression(rule, reason);
  }
}
