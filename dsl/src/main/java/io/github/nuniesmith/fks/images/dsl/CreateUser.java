package io.github.nuniesmith.fks.images.dsl;

import java.util.regex.Pattern;

/**
 * Creates a system group and user with fixed numeric ids and a home folder (for caches), without a
 * login shell and without lastlog entries ({@code useradd --no-log-init}).
 *
 * @param user the ids
 * @param name the user's and group's name
 */
public record CreateUser(UserSpec user, String name) implements Step {
  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_-]{0,30}");

  /** Validates the ids and the name. */
  public CreateUser {
    Checks.notNull(user, "user");
    Checks.matches(name, NAME, "user name", "use up to 31 lowercase letters, digits, _ and -");
  }

  @Override
  public String describe() {
    return "create user " + name;
  }
}
