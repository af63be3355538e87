package io.github.nuniesmith.fks.images.dsl;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The signal that stops the container (STOPSIGNAL): a name such as {@code SIGTERM} or {@code SIGRTMIN+3},
 * a number such as {@code 9}, or a variable.
 *
 * @param signal the signal as Docker reads it
 */
public record StopSignal(String signal) implements Step {
  private static final Pattern SIGNAL =
      Pattern.compile("SIG[A-Z0-9]++(?:[+-][0-9]++)?|[0-9]{1,2}|" + ExpandedWord.VARIABLE);

  /** Validates the signal. */
  public StopSignal {
    Checks.matches(signal, SIGNAL, "stop signal",
        "write a name such as SIGTERM or SIGRTMIN+3, a number such as 15, or a variable such as ${STOP}");
  }

  @Override
  public List<String> expanded() {
    return List.of(signal);
  }

  @Override
  public String describe() {
    return "stop signal";
  }
}
