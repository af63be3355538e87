package io.github.nuniesmith.fks.images.generator.external;

import java.util.Locale;
import java.util.Objects;

/**
 * One finding of an external linter (ShellCheck or hadolint) on a generated Dockerfile.
 *
 * @param file the Dockerfile's path, as the caller named it
 * @param line the 1-based line in that file
 * @param code the rule, e.g. {@code SC2086} or {@code DL3008}
 * @param level how serious it is
 * @param message what the tool says
 */
public record ToolFinding(String file, int line, String code, Level level, String message) {
  /** Refuses a finding that would not say where or what, which would hide a parsing bug. */
  public ToolFinding {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
    if (line < 1) {
      throw new IllegalArgumentException(code + " in " + file + " points at line " + line + "; lines start at 1");
    }
  }


  /** The severities both tools use, most serious first. */
  public enum Level {
    /** Breaks the build or the script. */
    ERROR,
    /** Likely a bug. */
    WARNING,
    /** Worth a look. */
    INFO,
    /** Style only. */
    STYLE;

    /** Reads a tool's level name, e.g. {@code warning}. */
    public static Level of(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** Whether this level is {@code other} or more serious. */
    public boolean atLeast(Level other) {
      return compareTo(other) <= 0;
    }
  }

  @Override
  public String toString() {
    return file + ":" + line + " " + code + " " + level.name().toLowerCase(Locale.ROOT) + ": " + message;
  }
}
