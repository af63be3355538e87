package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/**
 * The escape hatch: a one-line shell command the DSL has no typed step for. It is rendered with its
 * reason as a comment above it, so that every reviewer sees it. Prefer a typed step; ask for one if
 * missing. For a RUN of several lines, heredocs, exec form or flags other than mounts, use {@link Run}.
 *
 * @param reason why no typed step does the job
 * @param command the shell command, one line
 * @param mounts mounts for the command
 */
public record ShellStep(String reason, String command, List<Mount> mounts) implements Step {
  /** Validates that a reason is given and that the command is one line, without a final backslash or a heredoc. */
  public ShellStep {
    Checks.text(reason, "reason of the shell step (say why no typed step fits)");
    ShellText.oneLine(command, "shell command");
    Checks.notNull(mounts, "mounts").forEach(m -> Checks.notNull(m, "mount"));
    mounts = List.copyOf(mounts);
  }

  @Override
  public String describe() {
    return "shell step";
  }

  @Override
  public List<String> expanded() {
    return mounts.stream().flatMap(m -> m.expanded().stream()).toList();
  }
}
