package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Policy;
import io.github.nuniesmith.fks.images.dsl.Rule;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The rules catalog as a Markdown table, for docs/lint-rules.md; a test keeps that page's copy true. */
public final class RulesTable {
  private RulesTable() {}

  /**
   * One row per rule: id, severity, when it is checked, the policies that include it, whether a
   * definition may suppress it, title, hadolint and BuildKit equivalents.
   */
  public static String markdown() {
    StringBuilder out = new StringBuilder("| Id | Severity | Checked | Policies | Suppressible | Rule | hadolint"
        + " | BuildKit |\n|---|---|---|---|---|---|---|---|\n");
    for (Rule r : Rule.values()) {
      out.append("| ").append(r.id())
          .append(" | ").append(r.severity().name().toLowerCase(Locale.ROOT))
          .append(" | ").append(r.checked().name().toLowerCase(Locale.ROOT))
          .append(" | ").append(policies(r))
          .append(" | ").append(r.suppressible() ? "yes" : "no")
          .append(" | ").append(r.title().replace("|", "\\|"))
          .append(" | ").append(r.hadolint())
          .append(" | ").append(r.buildkit())
          .append(" |\n");
    }
    return out.toString();
  }

  /** The policies that include {@code rule}; {@code all} for a rule every policy runs or the model enforces. */
  private static String policies(Rule rule) {
    return rule.policy().isEmpty() ? "all"
        : Arrays.stream(Policy.values()).filter(p -> p.includes(rule)).map(Policy::toString)
            .collect(Collectors.joining(", "));
  }
}
