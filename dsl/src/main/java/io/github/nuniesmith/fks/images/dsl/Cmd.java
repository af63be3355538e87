package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/**
 * The container's default command (CMD), or the default arguments of its entrypoint: in exec form, so that it runs as PID 1 and receives signals
 * directly, or in shell form. Only the last one of a stage counts; more than one is a lint finding.
 *
 * @param command the command, exec or shell form
 */
public record Cmd(ContainerCommand command) implements Step {
  /** Validates the command. */
  public Cmd {
    Checks.notNull(command, "cmd");
  }

  /** The exec form {@code command}: the program and its arguments. */
  public Cmd(List<String> command) {
    this(new ContainerCommand.Exec(ExecForm.check(command, "cmd")));
  }

  /** {@code CMD []}: resets the command the base image sets. */
  public static Cmd none() {
    return new Cmd(ContainerCommand.none());
  }

  @Override
  public String describe() {
    return "cmd";
  }
}
