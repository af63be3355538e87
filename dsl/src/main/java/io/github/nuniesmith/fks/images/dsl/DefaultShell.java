package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/**
 * Sets the shell that later shell-form instructions of the stage run in (SHELL), e.g.
 * {@code ["/bin/bash", "-o", "pipefail", "-c"]}; always exec form, as Docker requires.
 *
 * @param command the shell program and its arguments
 */
public record DefaultShell(List<String> command) implements Step {
  /** Validates the command. */
  public DefaultShell {
    command = ExecForm.check(command, "shell");
  }

  @Override
  public String describe() {
    return "shell " + command.get(0);
  }
}
