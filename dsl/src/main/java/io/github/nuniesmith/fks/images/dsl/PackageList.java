package io.github.nuniesmith.fks.images.dsl;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The package names of a system package manager's install: each matched against the manager's
 * pattern, which admits no shell metacharacter, so that a name renders as one shell word; sorted and
 * unique, so that diffs stay small.
 */
final class PackageList {
  private PackageList() {}

  /** {@code packages} sorted, each one that {@code form} accepts; {@code what} names one package, e.g. {@code apk package}. */
  static List<String> sorted(List<String> packages, Predicate<String> form, String what, String allowed) {
    Checks.nonEmpty(packages, what + "s");
    TreeSet<String> sorted = new TreeSet<>();
    for (String p : packages) {
      Checks.matches(p, form, what, allowed);
      if (!sorted.add(p)) {
        Checks.check(false, "%s %s is listed twice: remove one", what, Checks.quote(p));
      }
    }
    return List.copyOf(sorted);
  }
}
