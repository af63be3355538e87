package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Rule;
import java.util.Locale;

/** The rules catalog as a Markdown table, for docs/lint-rules.md; a test keeps that page's copy true. */
public final class RulesTable {
  private RulesTable() {}

  /** One row per rule: id, severity, when it is checked, title, hadolint and BuildKit equivalents. */
  public static String markdown() {
    StringBuilder out = new StringBuilder(
        "| Id | Severity | Checked | Rule | hadolint | BuildKit |\n|---|---|---|---|---|---|\n");
    for (Rule r : Rule.values()) {
      out.append("| ").append(r.id())
          .append(" | ").append(r.severity().name().toLowerCase(Locale.ROOT))
          .append(" | ").append(r.checked().name().toLowerCase(Locale.ROOT))
          .append(" | ").append(r.title().replace("|", "\\|"))
          .append(" | ").append(r.hadolint())
          .append(" | ").append(r.buildkit())
          .append(" |\n");
    }
    return out.toString();
  }
}
