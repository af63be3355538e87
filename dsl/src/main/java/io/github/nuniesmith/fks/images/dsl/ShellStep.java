package io.github.nuniesmith.fks.images.dsl;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The escape hatch: a shell command the DSL has no typed step for. It is rendered with its reason as
 * a comment above it, so that every reviewer sees it. Prefer a typed step; ask for one if missing.
 *
 * @param reason why no typed step does the job
 * @param command the shell command, one line
 * @param mounts mounts for the command
 */
public record ShellStep(String reason, String command, List<Mount> mounts) implements Step {
  /** {@code <<} and {@code <<-}, but not the here-string {@code <<<}. */
  private static final Pattern HEREDOC = Pattern.compile("(?<!<)<<(?!<)");
  /** Validates that a reason is given and that the command is one line, without cd, sudo or a final backslash. */
  public ShellStep {
    Checks.text(reason, "reason of the shell step (say why no typed step fits)");
    Checks.text(command, "shell command");
    // The Dockerfile parser reads a final backslash, even before spaces, as a line continuation.
    Checks.check(!command.stripTrailing().endsWith("\\"),
        "shell command %s ends in a backslash, which would join the next Dockerfile instruction to it:"
            + " remove the backslash", Checks.quote(command));
    // BuildKit (syntax 1.4+) reads a word such as <<EOF as a heredoc that takes the next lines of the
    // Dockerfile, the next instructions included, as its text until a line equals the delimiter.
    Checks.check(!HEREDOC.matcher(command).find(), "shell command %s contains the heredoc operator <<, which"
        + " BuildKit reads as a heredoc taking the following Dockerfile lines as its text: write the text with"
        + " printf, or copy a file from the build context", Checks.quote(command));
    Checks.check(Rule.FKS025, !command.matches("(?is)\\s*(cd|sudo)\\b.*|.*[;|&(`]\\s*(cd|sudo)\\b.*"),
        "shell command %s uses cd or sudo: use a Workdir step, and run as root in a builder stage",
        Checks.quote(command));
    Checks.notNull(mounts, "mounts").forEach(m -> Checks.notNull(m, "mount"));
    mounts = List.copyOf(mounts);
  }

  @Override
  public String describe() {
    return "shell step";
  }
}
