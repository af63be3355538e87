package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/**
 * A command the container runs (CMD, ENTRYPOINT, HEALTHCHECK CMD): in exec form, a program and its
 * arguments that run without a shell and receive signals directly; or in shell form, a line the
 * stage's SHELL runs. Shell form is valid; the strict policy asks for exec form (FKS012).
 */
public sealed interface ContainerCommand permits ContainerCommand.Exec, ContainerCommand.Shell {

  /** The program and its arguments, e.g. {@code ["python", "-m", "app"]}. */
  static ContainerCommand exec(String... arguments) {
    return new Exec(ExecForm.check(Checks.asList(arguments, "command"), "command"));
  }

  /** A command line for the shell, e.g. {@code python -m app "$PORT"}. */
  static ContainerCommand shell(String line) {
    return new Shell(line);
  }

  /**
   * The empty exec form {@code []}: as CMD or ENTRYPOINT it resets the one the base image sets (an empty
   * ENTRYPOINT also resets the base image's CMD).
   */
  static ContainerCommand none() {
    return new Exec(List.of());
  }

  /**
   * Exec form.
   *
   * @param arguments the program first, then its arguments; empty for {@link #none()}
   */
  record Exec(List<String> arguments) implements ContainerCommand {
    /** Validates the arguments. */
    public Exec {
      Checks.notNull(arguments, "command");
      arguments = arguments.isEmpty() ? List.of() : ExecForm.check(arguments, "command");
    }
  }

  /**
   * Shell form.
   *
   * @param line one line, without newlines
   */
  record Shell(String line) implements ContainerCommand {
    /** Validates the line. */
    public Shell {
      Checks.text(line, "command");
      Checks.check(!mayBeJson(line),
          "command %s starts with [, which Docker reads as exec form: use exec form, or start with the program",
          Checks.quote(line));
    }

    /**
     * Whether Docker may read {@code line} as exec form: it decodes a line that starts with {@code [} as
     * JSON first, so only one whose first element cannot start a JSON value (as in {@code ['a', 'b']}) is
     * surely shell form.
     */
    private static boolean mayBeJson(String line) {
      String rest = line.stripLeading();
      if (!rest.startsWith("[")) {
        return false;
      }
      String inner = rest.substring(1).stripLeading();
      return inner.isEmpty() || "\"-0123456789{[]tfn".indexOf(inner.charAt(0)) >= 0;
    }
  }
}
