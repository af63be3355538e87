package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/** Checks for the argument lists of exec-form (JSON) instructions. */
final class ExecForm {
  private ExecForm() {}

  static List<String> check(List<String> arguments, String what) {
    // Checks.nonEmpty refuses a null argument; the segments are built once, not per argument.
    List<String> copy = Checks.nonEmpty(arguments, what);
    Checks.text(copy.get(0), what + " program");
    String argument = what + " argument";
    for (String a : copy) {
      Checks.printable(a, argument);
    }
    return copy;
  }
}
