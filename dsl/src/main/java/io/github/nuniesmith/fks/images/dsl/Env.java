package io.github.nuniesmith.fks.images.dsl;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets environment variables that persist into the image. A value may refer to another variable as
 * {@code ${NAME}} (e.g. {@code /opt/fks/cpu/bin:${PATH}}); no other {@code $} is allowed. It may not
 * refer to another variable set in the same step: that would get the variable's old value (hadolint
 * DL3044), so set that one in an earlier step.
 *
 * @param variables names to values, sorted by name whatever the order of the map given
 */
public record Env(Map<String, String> variables) implements Step {
  /** Environment variable names. */
  static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
  private static final Pattern VALUE = Pattern.compile("(?:[^$\"\\\\`]++|\\$\\{[A-Za-z_][A-Za-z0-9_]*+\\})*+");
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}");

  /** Validates names and values, and sorts the variables by name. */
  public Env {
    Checks.notNull(variables, "env");
    Checks.check(!variables.isEmpty(), "env is empty: give at least one variable");
    // Sorted, so that neither the output nor the first error depends on the Map the caller chose;
    // nulls first only so that a null name reaches the check below instead of a NullPointerException.
    Map<String, String> sorted = new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
    sorted.putAll(variables);
    sorted.forEach((name, value) -> {
      Checks.matches(name, NAME, "env name", "use letters, digits and _, not starting with a digit");
      Checks.notNull(value, "env " + name);
      Checks.check(!value.isEmpty(), "env %s is empty: give a value or leave it out", name);
      Checks.text(value, "env " + name);
      Checks.check(VALUE.matcher(value).matches(),
          "env %s value %s has \", \\, ` or a $ not of the form ${NAME}: remove it", name, Checks.quote(value));
      Matcher reference = REFERENCE.matcher(value);
      while (reference.find()) {
        String other = reference.group(1);
        // ${NAME} on its own right-hand side is the usual PATH=/x:${PATH}, and means the old value.
        Checks.check(Rule.FKS026, other.equals(name) || !sorted.containsKey(other),
            "env %s value %s refers to ${%s}, which this env step also sets, so it would get the old value"
                + " (hadolint DL3044): set %s in a separate env step before this one",
            name, Checks.quote(value), other, other);
      }
    });
    variables = Collections.unmodifiableMap(sorted);
  }

  /** Sets one variable. */
  public static Env of(String name, String value) {
    // A map that takes a null name or value, so that the checks name what is missing.
    return new Env(java.util.Collections.singletonMap(name, value));
  }

  @Override
  public String describe() {
    return "env " + String.join(" ", variables.keySet());
  }
}
