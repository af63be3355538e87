package io.github.nuniesmith.fks.images.dsl;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Declares a build argument, with an optional default.
 *
 * @param name the argument's name
 * @param defaultValue its default, or empty
 */
public record Arg(String name, Optional<String> defaultValue) implements Step {
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._:/@+=,-]*");

  /** Validates the name and the default. */
  public Arg {
    Checks.matches(name, Env.NAME, "arg name", "use letters, digits and _, not starting with a digit");
    Checks.notNull(defaultValue, "arg default");
    defaultValue.ifPresent(v -> Checks.check(VALUE.matcher(v).matches(),
        "arg %s default %s has characters other than letters, digits and . _ : / @ + = , -",
        name, Checks.quote(v)));
  }

  @Override
  public String describe() {
    return "arg " + name;
  }
}
