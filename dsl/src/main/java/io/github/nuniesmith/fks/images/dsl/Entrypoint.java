package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/**
 * The container's entrypoint (ENTRYPOINT): in exec form, so that it runs as PID 1 and receives signals
 * directly, or in shell form. Only the last one of a stage counts; more than one is a lint finding.
 *
 * @param command the command, exec or shell form
 */
public record Entrypoint(ContainerCommand command) implements Step {
  /** Validates the command. */
  public Entrypoint {
    Checks.notNull(command, "entrypoint");
  }

  /** The exec form {@code command}: the program and its arguments. */
  public Entrypoint(List<String> command) {
    this(new ContainerCommand.Exec(ExecForm.check(command, "entrypoint")));
  }

  /**
   * {@code ENTRYPOINT []}: resets the entrypoint the base image sets, and with it the base image's CMD
   * (Docker resets CMD whenever ENTRYPOINT is set).
   */
  public static Entrypoint none() {
    return new Entrypoint(ContainerCommand.none());
  }

  @Override
  public String describe() {
    return "entrypoint";
  }
}
