package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Rule;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found.
 *
 * @param rule the rule
 * @param path where in the definition, e.g. {@code image ml / stage builder / pip 'langchain'}
 * @param message what is wrong and how to fix it
 * @param file the generated Dockerfile, relative to the output folder
 * @param line the line in {@code file} the finding points at, 1 or more
 * @param suppressedBecause the reason of the suppression that turned it off, if one did
 */
public record Finding(Rule rule, String path, String message, String file, int line,
    Optional<String> suppressedBecause) {

  /** Refuses a finding that would not say what, where or which rule: a bug in a rule, not in a definition. */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(suppressedBecause, "suppressedBecause");
    if (line < 1) {
      throw new IllegalArgumentException("finding of " + rule.id() + " in " + file + " points at line " + line
          + "; lines start at 1");
    }
  }

  /** Whether a suppression turned it off. */
  public boolean suppressed() {
    return suppressedBecause.isPresent();
  }

  /** One line: severity, rule, path, message, then the file and line, and any suppression. */
  @Override
  public String toString() {
    String head = suppressed() ? "suppressed" : rule.severity().name().toLowerCase(java.util.Locale.ROOT);
    return head + " " + rule.id() + " " + path + ": " + message + " (" + file + ":" + line + ")"
        + suppressedBecause.map(r -> " because: " + r).orElse("");
  }
}
