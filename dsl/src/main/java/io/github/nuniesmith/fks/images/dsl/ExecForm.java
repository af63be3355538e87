package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/** Checks for the argument lists of exec-form (JSON) instructions. */
final class ExecForm {
  private ExecForm() {}

  static List<String> check(List<String> arguments, String what) {
    List<String> copy = Checks.nonEmpty(arguments, what);
    copy.forEach(a -> Checks.notNull(a, what + " argument"));
    Checks.text(copy.get(0), what + " program");
    copy.forEach(a -> Checks.printable(a, what + " argument"));
    return copy;
  }
}
