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
    return new Exec(Checks.asList(arguments, "command"));
  }

  /** A command line for the shell, e.g. {@code python -m app "$PORT"}. */
  static ContainerCommand shell(String line) {
    return new Shell(line);
  }

  /**
   * Exec form.
   *
   * @param arguments the program first, then its arguments
   */
  record Exec(List<String> arguments) implements ContainerCommand {
    /** Validates the arguments. */
    public Exec {
      arguments = ExecForm.check(arguments, "command");
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
      // Docker reads a line that starts with [ as exec form.
      Checks.check(!line.stripLeading().startsWith("["),
          "command %s starts with [, which Docker reads as exec form: use exec form, or start with the program",
          Checks.quote(line));
    }
  }
}
