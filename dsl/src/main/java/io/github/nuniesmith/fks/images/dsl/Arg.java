package io.github.nuniesmith.fks.images.dsl;

import java.util.List;
import java.util.Optional;

/**
 * Declares a build argument, with an optional default. In a stage it makes the argument visible to the
 * steps after it; without a default it takes the global ARG's default of the same name, if there is one.
 * On an image (before the first FROM) it is a global ARG, visible to FROM lines only. A default may
 * refer to arguments declared before it, e.g. {@code $REGISTRY/$OWNER/base-notebook}.
 *
 * @param name the argument's name
 * @param defaultValue its default, or empty
 */
public record Arg(String name, Optional<String> defaultValue) implements Step {

  /** Validates the name and the default. */
  public Arg {
    Checks.matches(name, Env.NAME, "arg name", "use letters, digits and _, not starting with a digit");
    Checks.notNull(defaultValue, "arg default");
    defaultValue.ifPresent(v -> Env.checkValue(v, "arg " + name + " default"));
  }

  /** Declares {@code name} without a default. */
  public static Arg of(String name) {
    return new Arg(name, Optional.empty());
  }

  /** Declares {@code name} with the default {@code defaultValue}. */
  public static Arg of(String name, String defaultValue) {
    return new Arg(name, Optional.of(Checks.notNull(defaultValue, "arg " + name + " default")));
  }

  @Override
  public String describe() {
    return "arg " + name;
  }

  @Override
  public List<String> expanded() {
    return defaultValue.map(List::of).orElse(List.of());
  }
}
