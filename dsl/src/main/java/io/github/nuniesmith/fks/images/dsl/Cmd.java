package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/**
 * The container's command in exec form, so that it runs as PID 1 and receives signals directly.
 *
 * @param command the program and its arguments
 */
public record Cmd(List<String> command) implements Step {
  /** Validates the command. */
  public Cmd {
    command = ExecForm.check(command, "cmd");
  }

  @Override
  public String describe() {
    return "cmd";
  }
}
