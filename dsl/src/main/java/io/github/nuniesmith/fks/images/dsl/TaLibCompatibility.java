package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The TA-Lib C library and the TA-Lib Python package must be of matching series: C 0.4.x goes with
 * Python 0.4.x and 0.5.x, C 0.6 and newer with Python 0.6 and newer (the library was renamed).
 */
final class TaLibCompatibility {
  private static final String C_NAME = "ta-lib";
  private static final String PYTHON_NAME = "ta-lib";
  private static final String BOUNDARY = "0.6";

  private TaLibCompatibility() {}

  /** Checks every tier's Python TA-Lib against the C library its lineage builds. */
  static void check(Tier tier) {
    Optional<SourceBuild> c = tier.lineage().stream().flatMap(t -> t.sourceBuilds().stream())
        .filter(b -> b.name().equals(C_NAME)).findFirst();
    if (c.isEmpty()) {
      return;
    }
    boolean oldC = Versions.compare(c.get().version(), BOUNDARY) < 0;
    for (PipInstall install : tier.pipInstalls()) {
      for (PipRequirement r : install.requirements()) {
        if (r.canonicalName().equals(PYTHON_NAME)) {
          Checks.within("tier " + tier.name() + " / pip '" + r.name() + "'", () -> checkPair(c.get(), r, oldC));
        }
      }
    }
  }

  private static void checkPair(SourceBuild c, PipRequirement python, boolean oldC) {
    String fix = oldC
        ? "pin TA-Lib to 0.4.x or 0.5.x (e.g. TA-Lib==0.5.1), or build the C library 0.6 or newer"
        : "pin TA-Lib 0.6 or newer, or build the C library 0.4.0";
    boolean bounded = false;
    for (PipRequirement.Specifier s : python.specifiers()) {
      String op = s.operator();
      int side = Versions.compare(s.version(), BOUNDARY);
      if (op.equals("==") || op.equals("===") || op.equals("~=")) {
        bounded |= oldC ? side < 0 && endsBelowBoundary(s) : side >= 0;
        Checks.check(Rule.FKS019, oldC ? side < 0 : side >= 0,
            "%s does not work with the TA-Lib C library %s: %s", python, c.version(), fix);
      } else if (oldC && (op.equals("<") ? side <= 0 : op.equals("<=") && side < 0)) {
        bounded = true;
      } else if (!oldC && (op.equals(">=") || op.equals(">")) && side >= 0) {
        bounded = true;
      }
    }
    Checks.check(Rule.FKS019, bounded, "%s admits versions that do not work with the TA-Lib C library %s: %s",
        python, c.version(), fix);
  }

  /**
   * Whether every version {@code s} admits is below the boundary: {@code ~=0.5} means {@code >=0.5,
   * ==0.*} and {@code ==0.*} admits 0.6, while {@code ~=0.5.1} and {@code ==0.5.*} stay in 0.5.
   */
  private static boolean endsBelowBoundary(PipRequirement.Specifier s) {
    List<Integer> prefix = new ArrayList<>(Versions.release(s.version()));
    if (s.operator().equals("~=")) {
      prefix.remove(prefix.size() - 1);
    } else if (!s.version().endsWith(".*")) {
      return true;
    }
    if (prefix.isEmpty()) {
      return false;
    }
    // The first version past the range: the prefix with its last number raised by one.
    prefix.set(prefix.size() - 1, prefix.get(prefix.size() - 1) + 1);
    String end = String.join(".", prefix.stream().map(String::valueOf).toList());
    return Versions.compare(end, BOUNDARY) <= 0;
  }
}
