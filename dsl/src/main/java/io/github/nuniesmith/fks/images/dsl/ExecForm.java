package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/** Checks for the argument lists of exec-form (JSON) instructions. */
final class ExecForm {
  private ExecForm() {}

  static List<String> check(List<String> arguments, String what) {
    // Checks.nonEmpty refuses a null argument; a field's name is built only for its message, as every
    // CMD, ENTRYPOINT and HEALTHCHECK passes here twice (its step, then its command).
    List<String> copy = Checks.nonEmpty(arguments, what);
    if (!Checks.isText(copy.get(0))) {
      Checks.text(copy.get(0), what + " program");
    }
    for (String a : copy) {
      if (!Checks.isPrintable(a, false)) {
        Checks.printable(a, what + " argument");
      }
    }
    return copy;
  }
}
