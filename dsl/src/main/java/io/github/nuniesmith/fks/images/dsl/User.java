package io.github.nuniesmith.fks.images.dsl;

/**
 * Switches to a numeric, non-root user for the instructions after it and for the container.
 *
 * @param user the user and group
 */
public record User(UserSpec user) implements Step {
  /** Validates the user. */
  public User {
    Checks.notNull(user, "user");
  }

  @Override
  public String describe() {
    return "user";
  }

  @Override
  public java.util.List<String> expanded() {
    return java.util.List.of(user.toString());
  }
}
