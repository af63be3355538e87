package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.generator.external.ToolFinding;
import java.util.List;
import java.util.Objects;

/**
 * What one external linter found on the rendered Dockerfiles.
 *
 * @param tool the tool's name, e.g. {@code shellcheck}
 * @param findings its findings, by Dockerfile then line
 */
public record ToolRun(String tool, List<ToolFinding> findings) {
  /** Copies the findings. */
  public ToolRun {
    Objects.requireNonNull(tool, "tool");
    findings = List.copyOf(findings);
  }

  /** Whether a finding is at error level: the lint goal fails. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.level() == ToolFinding.Level.ERROR);
  }

  /** E.g. {@code shellcheck: 1 finding, 0 at error level}. */
  public String summary() {
    long errors = findings.stream().filter(f -> f.level() == ToolFinding.Level.ERROR).count();
    return tool + ": " + findings.size() + (findings.size() == 1 ? " finding" : " findings") + ", " + errors
        + " at error level";
  }
}
