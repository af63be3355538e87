package io.github.nuniesmith.fks.images.dsl;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Sets environment variables that persist into the image. A value may refer to variables in scope as
 * {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-default}} or {@code ${NAME:+alternative}}, e.g.
 * {@code ${LD_LIBRARY_PATH:+${LD_LIBRARY_PATH}:}/opt/x}. It may not refer to another variable set in the
 * same step: that would get the variable's old value (hadolint DL3044), so set that one in an earlier step.
 *
 * @param variables names to values, sorted by name whatever the order of the map given, unless {@code inOrder}
 * @param legacy whether it renders in the legacy form {@code ENV NAME value}, one variable only, as
 *     older Dockerfiles write it (lint reports it, as BuildKit's LegacyKeyValueFormat does)
 * @param inOrder whether the variables keep the order of the map given, as a ported Dockerfile writes them
 */
public record Env(Map<String, String> variables, boolean legacy, boolean inOrder) implements Step {
  /** Environment variable names. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
  /** Characters a value renders without: a quote or backslash would need escaping, a backtick misleads. */
  private static final Pattern REFUSED = Pattern.compile("[\"\\\\`]");

  /** Validates names and values, and sorts the variables by name. */
  public Env {
    Checks.notNull(variables, "env");
    Checks.check(!variables.isEmpty(), "env is empty: give at least one variable");
    Checks.check(!legacy || variables.size() == 1,
        "env in the legacy form ENV NAME value sets one variable, not %d: use the key=value form",
        variables.size());
    // Sorted, so that neither the output nor the first error depends on the Map the caller chose;
    // nulls first only so that a null name reaches the check below instead of a NullPointerException.
    Map<String, String> sorted = inOrder ? new LinkedHashMap<>()
        : new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
    sorted.putAll(variables);
    sorted.forEach((name, value) -> {
      Checks.matches(name, NAME, "env name", "use letters, digits and _, not starting with a digit");
      Checks.notNull(value, "env " + name);
      Checks.check(!value.isEmpty(), "env %s is empty: give a value or leave it out", name);
      Checks.text(value, "env " + name);
      for (String other : checkValue(value, "env " + name + " value")) {
        // ${NAME} on its own right-hand side is the usual PATH=/x:${PATH}, and means the old value; the
        // message only on failure, as quoting the value per reference would be quadratic.
        if (!other.equals(name) && sorted.containsKey(other)) {
          Checks.check(Rule.FKS026, false,
            "env %s value %s refers to ${%s}, which this env step also sets, so it would get the old value"
                + " (hadolint DL3044): set %s in a separate env step before this one",
            name, Checks.quote(value), other, other);
        }
      }
    });
    variables = Collections.unmodifiableMap(sorted);
  }

  /** Variables in the key=value form, sorted by name. */
  public Env(Map<String, String> variables) {
    this(variables, false, false);
  }

  /** Variables sorted by name, in the legacy form if {@code legacy}. */
  public Env(Map<String, String> variables, boolean legacy) {
    this(variables, legacy, false);
  }

  /**
   * Variables in the order given, {@code "NAME", "value", ...}, as a ported Dockerfile writes them in
   * one ENV.
   */
  public static Env inOrder(String... namesAndValues) {
    return new Env(Checks.pairs(namesAndValues, "env"), false, true);
  }

  /** Sets one variable. */
  public static Env of(String name, String value) {
    // A map that takes a null name or value, so that the checks name what is missing.
    return new Env(Collections.singletonMap(name, value));
  }

  /** Sets one variable in the legacy form {@code ENV NAME value}, as a Dockerfile being ported writes it. */
  public static Env legacy(String name, String value) {
    return new Env(Collections.singletonMap(name, value), true);
  }

  /**
   * Checks a value Docker expands (an ENV value, an ARG default): printable, without {@code "}, {@code \}
   * or a backtick, its {@code $} only in references; returns the names it refers to.
   */
  static List<String> checkValue(String value, String what) {
    Checks.check(value.length() <= Checks.MAX_TEXT, "%s is %d characters long: the limit is %d",
        what, value.length(), Checks.MAX_TEXT);
    Checks.printable(value, what);
    if (REFUSED.matcher(value).find()) {
      Checks.check(false, "%s %s has \", \\ or `: remove it", what, Checks.quote(value));
    }
    return Expansions.names(value, what);
  }

  @Override
  public String describe() {
    return "env " + String.join(" ", variables.keySet());
  }

  @Override
  public List<String> expanded() {
    return List.copyOf(variables.values());
  }
}
