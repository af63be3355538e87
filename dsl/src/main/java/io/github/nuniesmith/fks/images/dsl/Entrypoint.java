package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/**
 * The container's entrypoint in exec form, so that it receives signals directly.
 *
 * @param command the program and its arguments
 */
public record Entrypoint(List<String> command) implements Step {
  /** Validates the command. */
  public Entrypoint {
    command = ExecForm.check(command, "entrypoint");
  }

  @Override
  public String describe() {
    return "entrypoint";
  }
}
