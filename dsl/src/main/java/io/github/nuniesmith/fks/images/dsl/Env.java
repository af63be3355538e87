package io.github.nuniesmith.fks.images.dsl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sets environment variables that persist into the image. A value may refer to another variable as
 * {@code ${NAME}} (e.g. {@code /opt/fks/cpu/bin:${PATH}}); no other {@code $} is allowed.
 *
 * @param variables names to values, in the order given
 */
public record Env(Map<String, String> variables) implements Step {
  /** Environment variable names. */
  static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
  private static final Pattern VALUE = Pattern.compile("([^$\"\\\\`]|\\$\\{[A-Za-z_][A-Za-z0-9_]*\\})*");

  /** Validates names and values. */
  public Env {
    Checks.notNull(variables, "env");
    Checks.check(!variables.isEmpty(), "env is empty: give at least one variable");
    variables.forEach((name, value) -> {
      Checks.matches(name, NAME, "env name", "use letters, digits and _, not starting with a digit");
      Checks.notNull(value, "env " + name);
      Checks.check(!value.isEmpty(), "env %s is empty: give a value or leave it out", name);
      Checks.text(value, "env " + name);
      Checks.check(VALUE.matcher(value).matches(),
          "env %s value %s has \", \\, ` or a $ not of the form ${NAME}: remove it", name, Checks.quote(value));
    });
    variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
  }

  /** Sets one variable. */
  public static Env of(String name, String value) {
    return new Env(Map.of(name, value));
  }

  @Override
  public String describe() {
    return "env " + String.join(" ", variables.keySet());
  }
}
