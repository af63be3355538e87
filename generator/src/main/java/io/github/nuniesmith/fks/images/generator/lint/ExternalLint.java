package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.external.Hadolint;
import io.github.nuniesmith.fks.images.generator.external.ShellCheck;
import io.github.nuniesmith.fks.images.generator.external.ToolLimits;
import io.github.nuniesmith.fks.images.generator.external.ToolFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * ShellCheck and hadolint as the lint goal runs them, each from a binary on the PATH and each
 * {@link Mode#AUTO auto}, {@link Mode#ON on} or {@link Mode#OFF off}. hadolint never runs in a
 * container here: Testcontainers is not on the plugin's classpath. A file that uses a feature hadolint
 * cannot read ({@link ToolLimits#HADOLINT}) is left out with a note saying why, instead of failing with
 * hadolint's parse error.
 *
 * @param shellcheck when to run ShellCheck on every RUN
 * @param hadolint when to run hadolint on every Dockerfile
 * @param path the PATH value the binaries are looked up in
 * @param hadolintConfig hadolint's settings (the text of a .hadolint.yaml)
 */
public record ExternalLint(Mode shellcheck, Mode hadolint, String path, String hadolintConfig) {
  /** When a tool runs. */
  public enum Mode {
    /** Where its binary is on the PATH; otherwise a note says it did not run. */
    AUTO,
    /** Always: a missing binary is an error. */
    ON,
    /** Never. */
    OFF;

    /** Reads {@code auto}, {@code on} or {@code off}, the value of {@code property}. */
    public static Mode parse(String property, String value) {
      for (Mode m : values()) {
        if (m.name().equalsIgnoreCase(value)) {
          return m;
        }
      }
      throw new IllegalArgumentException(property + " is '" + value + "': use auto, on or off");
    }

    private String shown() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Runs the tools their modes ask for over {@code dockerfiles}, telling {@code notes} of each tool
   * that auto left out; a tool that is on but missing throws {@link IllegalStateException}.
   */
  public List<ToolRun> run(List<GeneratedFile> dockerfiles, Consumer<String> notes) {
    List<ToolRun> runs = new ArrayList<>();
    located("shellcheck", shellcheck, ShellCheck.onPath(path), ShellCheck.absence(), notes)
        .ifPresent(s -> runs.add(new ToolRun("shellcheck", each(dockerfiles, f -> s.check(f.path(), f.content())))));
    located("hadolint", hadolint, Hadolint.binaryOnPath(path),
        "hadolint is not on the PATH: install its binary (a release of github.com/hadolint/hadolint)", notes)
        .ifPresent(h -> runs.add(new ToolRun("hadolint",
            each(readable(dockerfiles, ToolLimits.HADOLINT, notes), f -> h.lint(f.path(), f.content(), hadolintConfig)))));
    return runs;
  }

  /** The files {@code limits}' tool can read; a note names each other one and why. */
  private static List<GeneratedFile> readable(List<GeneratedFile> dockerfiles, ToolLimits limits,
      Consumer<String> notes) {
    List<GeneratedFile> readable = new ArrayList<>();
    for (GeneratedFile f : dockerfiles) {
      limits.whyNot(f.content()).ifPresentOrElse(
          why -> notes.accept(f.path() + " is not checkable by " + limits.tool() + ": " + why),
          () -> readable.add(f));
    }
    return readable;
  }

  private static <T> Optional<T> located(String tool, Mode mode, Optional<T> found, String absence,
      Consumer<String> notes) {
    String property = "fks.lint." + tool + "=" + mode.shown();
    if (mode == Mode.OFF) {
      return Optional.empty();
    }
    if (found.isEmpty() && mode == Mode.ON) {
      throw new IllegalStateException(property + ", but " + absence);
    }
    if (found.isEmpty()) {
      notes.accept(tool + " did not run (" + property + "): " + absence);
    }
    return found;
  }

  private static List<ToolFinding> each(List<GeneratedFile> dockerfiles,
      Function<GeneratedFile, List<ToolFinding>> check) {
    return dockerfiles.stream().flatMap(f -> check.apply(f).stream()).toList();
  }
}
