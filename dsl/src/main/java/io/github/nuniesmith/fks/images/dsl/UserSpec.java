package io.github.nuniesmith.fks.images.dsl;

import java.util.regex.Pattern;

/**
 * A numeric user and group, e.g. {@code 10001:10001}: ids that need no passwd lookup, as a cache
 * mount's owner, a {@code --chown} or a created user take them. Root ({@code 0}) is a valid id; running
 * as root is a lint finding (FKS010, FKS011), not a model error.
 *
 * @param uid the user id, 0 or more
 * @param gid the group id, 0 or more
 */
public record UserSpec(int uid, int gid) {
  private static final Pattern NUMERIC = Pattern.compile("[0-9]+:[0-9]+|[0-9]+");

  /** Validates the ids. */
  public UserSpec {
    Checks.check(uid >= 0, "user id %d is negative: use 0 to 2147483647", uid);
    Checks.check(gid >= 0, "group id %d is negative: use 0 to 2147483647", gid);
  }

  /** The user {@code uid} in group {@code gid}. */
  public static UserSpec of(int uid, int gid) {
    return new UserSpec(uid, gid);
  }

  /**
   * Reads {@code uid:gid}, or {@code uid} for the user and a group of the same id (as a service's own
   * user is created); names such as {@code app} are refused.
   */
  public static UserSpec parse(String spec) {
    Checks.text(spec, "user");
    Checks.check(NUMERIC.matcher(spec).matches(),
        "user %s is not numeric: write uid:gid such as 10001:10001, names may not resolve",
        Checks.quote(spec));
    String[] parts = spec.split(":");
    try {
      int uid = Integer.parseInt(parts[0]);
      return new UserSpec(uid, parts.length == 2 ? Integer.parseInt(parts[1]) : uid);
    } catch (NumberFormatException e) {
      throw new DefinitionException("user " + Checks.quote(spec) + " is out of range: use ids below 2147483648");
    }
  }

  @Override
  public String toString() {
    return uid + ":" + gid;
  }
}
