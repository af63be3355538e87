package io.github.nuniesmith.fks.images.dsl;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The package names of a system package manager's install: each matched against the manager's
 * pattern, which admits no shell metacharacter, so that a name renders as one shell word; sorted and
 * unique, so that diffs stay small.
 */
final class PackageList {
  private PackageList() {}

  /** {@code packages} sorted, each a match of {@code pattern}; {@code what} names one package, e.g. {@code apk package}. */
  static List<String> sorted(List<String> packages, Pattern pattern, String what, String allowed) {
    Checks.nonEmpty(packages, what + "s");
    TreeSet<String> sorted = new TreeSet<>();
    for (String p : packages) {
      Checks.matches(p, pattern, what, allowed);
      Checks.check(sorted.add(p), "%s %s is listed twice: remove one", what, Checks.quoted(p));
    }
    return List.copyOf(sorted);
  }
}
