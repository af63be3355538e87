package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sets environment variables that persist into the image. A value may refer to variables in scope as
 * {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-default}} or {@code ${NAME:+alternative}}, e.g.
 * {@code ${LD_LIBRARY_PATH:+${LD_LIBRARY_PATH}:}/opt/x}. It may not refer to another variable set in the
 * same step: that would get the variable's old value (hadolint DL3044), so set that one in an earlier step.
 * Every other character is text, quotes and backslashes included, and a value may be empty; a variable
 * named in {@code literal} is taken exactly as given, so that a {@code $} in it is a dollar sign.
 *
 * @param variables names to values, sorted by name whatever the order of the map given, unless {@code inOrder}
 * @param legacy whether it renders in the legacy form {@code ENV NAME value}, one variable only, as
 *     older Dockerfiles write it (lint reports it, as BuildKit's LegacyKeyValueFormat does)
 * @param inOrder whether the variables keep the order of the map given, as a ported Dockerfile writes them
 * @param literal the names whose values Docker does not expand (rendered with each {@code $} escaped)
 */
public record Env(Map<String, String> variables, boolean legacy, boolean inOrder, Set<String> literal)
    implements Step {
  /** Environment variable names. */
  public static final Word NAME = new Word("A-Za-z_", "A-Za-z0-9_", 128);

  /** Validates names and values, and sorts the variables by name. */
  public Env {
    Checks.notNull(variables, "env");
    Checks.notNull(literal, "env literal");
    Checks.check(!variables.isEmpty(), "env is empty: give at least one variable");
    Checks.check(!legacy || variables.size() == 1,
        "env in the legacy form ENV NAME value sets one variable, not %d: use the key=value form",
        variables.size());
    // Sorted, so that neither the output nor the first error depends on the Map the caller chose;
    // nulls first only so that a null name reaches the check below instead of a NullPointerException.
    Map<String, String> sorted = inOrder ? new LinkedHashMap<>()
        : new TreeMap<>(Comparator.nullsFirst(Comparator.<String>naturalOrder()));
    sorted.putAll(variables);
    for (String name : literal) {
      Checks.check(name != null && sorted.containsKey(name), "env literal %s is not a variable of this env: name"
          + " one of %s", Checks.quote(String.valueOf(name)), sorted.keySet());
    }
    Set<String> literalNames = literal;
    sorted.forEach((name, value) -> {
      Checks.matches(name, NAME, "env name", "use letters, digits and _, not starting with a digit");
      // Each field's name built only for its message: every variable of every image passes here.
      if (!isLiteral(value)) {
        checkLiteral(value, "env " + name);
      }
      if (literalNames.contains(name) || value.indexOf('$') < 0) {
        return;
      }
      for (String other : Expansions.names(value, "env " + name + " value")) {
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
    literal = Collections.unmodifiableSet(new TreeSet<>(literal));
  }

  /** Variables whose values Docker expands, in the order given if {@code inOrder}, else sorted by name. */
  public Env(Map<String, String> variables, boolean legacy, boolean inOrder) {
    this(variables, legacy, inOrder, Set.of());
  }

  /** Variables in the key=value form, sorted by name. */
  public Env(Map<String, String> variables) {
    this(variables, false, false);
  }

  /** Variables sorted by name, in the legacy form if {@code legacy}. */
  public Env(Map<String, String> variables, boolean legacy) {
    this(variables, legacy, false);
  }

  /** Starts an ENV whose variables keep the order given, each expanded or literal. */
  public static Builder builder() {
    return new Builder();
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
   * Checks a value Docker expands (an ENV value, an ARG default): printable, possibly empty, its {@code $}
   * only in references; returns the names it refers to.
   */
  static List<String> checkValue(String value, String what) {
    checkLiteral(value, what);
    return Expansions.names(value, what);
  }

  /**
   * Checks a value Docker takes as it is: printable (a tab is text in a quoted value, as continuation
   * lines indented with tabs leave it), possibly empty, at most {@link Checks#MAX_TEXT} long.
   */
  static void checkLiteral(String value, String what) {
    Checks.printableWithTabs(Checks.notTooLong(value, what), what);
  }

  /** Whether {@link #checkLiteral} passes {@code value}: for a caller that names the value only when it fails. */
  static boolean isLiteral(String value) {
    return value != null && value.length() <= Checks.MAX_TEXT && Checks.isPrintable(value, true);
  }

  @Override
  public String describe() {
    return "env " + String.join(" ", variables.keySet());
  }

  /** The values Docker expands: all but the literal ones. */
  @Override
  public List<String> expanded() {
    // A loop, not a stream: every step's values are read for every image built.
    List<String> values = new ArrayList<>(variables.size());
    variables.forEach((name, value) -> {
      if (!literal.contains(name)) {
        values.add(value);
      }
    });
    return List.copyOf(values);
  }

  /** Builds an {@link Env} whose variables keep the order given; values are checked by {@link #build()}. */
  public static final class Builder {
    private final NamedValues variables = new NamedValues();

    private Builder() {}

    /**
     * Sets {@code name} to {@code value}, in which Docker expands {@code $NAME} and {@code ${NAME...}};
     * quotes and backslashes are text, and an empty value is allowed.
     */
    public Builder set(String name, String value) {
      variables.put(name, value, false);
      return this;
    }

    /** Sets {@code name} to {@code value} exactly: Docker expands nothing in it, so a {@code $} is a dollar sign. */
    public Builder literal(String name, String value) {
      variables.put(name, value, true);
      return this;
    }

    /** The ENV. */
    public Env build() {
      Checks.check(variables.twice().isEmpty(), "env sets %s twice: set each once", variables.twice().orElse(""));
      return new Env(variables.values(), false, true, variables.literal());
    }
  }
}
