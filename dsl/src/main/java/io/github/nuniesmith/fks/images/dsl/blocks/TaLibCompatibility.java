package io.github.nuniesmith.fks.images.dsl.blocks;

import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Versions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The TA-Lib C library and the TA-Lib Python package must be of matching series: C 0.4.x goes with
 * Python 0.4.x and 0.5.x, C 0.6 and newer with Python 0.6 and newer (the library was renamed). The
 * strict policy's FKS019 applies it.
 */
public final class TaLibCompatibility {
  /** The name of the C library's {@link SourceBuild}. */
  public static final String C_NAME = "ta-lib";
  /** The canonical name of the Python package. */
  public static final String PYTHON_NAME = "ta-lib";
  private static final String BOUNDARY = "0.6";

  private TaLibCompatibility() {}

  /**
   * What is wrong with {@code python}, a requirement of the Python package, next to the C library
   * {@code c} that {@code where} describes (e.g. {@code the TA-Lib C library 0.4.0 of image cpu}):
   * empty when it admits only versions that work with it.
   */
  public static Optional<String> problem(SourceBuild c, String where, PipRequirement python) {
    boolean oldC = Versions.compare(c.version(), BOUNDARY) < 0;
    // The fix names both sides: the Python pin's value, or the C library's (version, url and sha256 move together).
    String fix = oldC
        ? "set it to 0.4.x or 0.5.x (e.g. " + python.name() + "==0.5.1), or the C library to 0.6.1 or newer"
            + " (its version, url and sha256)"
        : "set it to " + python.name() + "==" + Versions.minor(c.version()) + ".* (the C library's series), or the"
            + " C library to 0.4.0 (its version, url and sha256)";
    boolean bounded = false;
    for (PipRequirement.Specifier s : python.specifiers()) {
      String op = s.operator();
      int side = Versions.compare(s.version(), BOUNDARY);
      if (op.equals("==") || op.equals("===") || op.equals("~=")) {
        bounded |= oldC ? side < 0 && endsBelowBoundary(s) : side >= 0;
        if (oldC ? side >= 0 : side < 0) {
          return Optional.of(python + " does not work with " + where + ": " + fix);
        }
      } else if (oldC && (op.equals("<") ? side <= 0 : op.equals("<=") && side < 0)) {
        bounded = true;
      } else if (!oldC && (op.equals(">=") || op.equals(">")) && side >= 0) {
        bounded = true;
      }
    }
    return bounded ? Optional.empty()
        : Optional.of(python + " admits versions that do not work with " + where + ": " + fix);
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
