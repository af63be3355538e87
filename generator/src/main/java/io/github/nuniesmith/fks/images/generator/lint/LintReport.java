package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Policy;
import io.github.nuniesmith.fks.images.dsl.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the lint engine found, in a stable order: by file, line, then rule.
 *
 * @param findings every finding, suppressed ones included
 */
public record LintReport(List<Finding> findings) {
  /** Copies the findings. */
  public LintReport {
    findings = List.copyOf(findings);
  }

  /** Findings of {@code severity} that no suppression turned off. */
  public List<Finding> active(Rule.Severity severity) {
    return findings.stream().filter(f -> !f.suppressed() && f.rule().severity() == severity).toList();
  }

  /** Whether an error was found that no suppression turned off. */
  public boolean hasErrors() {
    return !active(Rule.Severity.ERROR).isEmpty();
  }

  /** Whether a finding stops generation under {@code policy} ({@link Policy#failsOn}). */
  public boolean stops(Policy policy) {
    return findings.stream().anyMatch(f -> !f.suppressed() && policy.failsOn(f.rule()));
  }

  /**
   * One line per finding, in order: a suppression reason given on an earlier line is not repeated, so
   * that one suppression of many findings prints its reason once.
   */
  public List<String> lines() {
    Set<String> given = new HashSet<>();
    List<String> lines = new ArrayList<>();
    for (Finding f : findings) {
      String line = f.toString();
      String reason = f.suppressedBecause().orElse(null);
      if (reason != null && !given.add(reason)) {
        line = line.substring(0, line.length() - reason.length()) + "the same reason as above";
      }
      lines.add(line);
    }
    return lines;
  }

  /** {@link #lines}, then a summary line. */
  public String text() {
    StringBuilder out = new StringBuilder();
    lines().forEach(l -> out.append(l).append('\n'));
    return out.append(summary()).append('\n').toString();
  }

  /** E.g. {@code fks-images lint: 0 errors, 1 warning, 0 infos, 2 suppressed}. */
  public String summary() {
    long suppressed = findings.stream().filter(Finding::suppressed).count();
    return "fks-images lint: " + count(active(Rule.Severity.ERROR).size(), "error")
        + ", " + count(active(Rule.Severity.WARNING).size(), "warning")
        + ", " + count(active(Rule.Severity.INFO).size(), "info")
        + ", " + suppressed + " suppressed";
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
