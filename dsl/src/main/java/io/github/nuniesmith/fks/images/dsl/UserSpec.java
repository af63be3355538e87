package io.github.nuniesmith.fks.images.dsl;

import java.util.regex.Pattern;

/**
 * A numeric, non-root user and group, e.g. {@code 10001:10001}. Numeric because a name may not
 * resolve on the host or in the image; non-root because a service never needs root to run.
 *
 * @param uid the user id, 1 or more
 * @param gid the group id, 1 or more
 */
public record UserSpec(int uid, int gid) {
  private static final Pattern NUMERIC = Pattern.compile("[0-9]+:[0-9]+|[0-9]+");

  /** Validates the ids. */
  public UserSpec {
    Checks.check(Rule.FKS010, uid > 0,
        "user id %d is root or negative: run as a non-root numeric user such as 10001", uid);
    Checks.check(Rule.FKS010, gid > 0,
        "group id %d is root or negative: use a non-root numeric group such as 10001", gid);
  }

  /** The user {@code uid} in group {@code gid}. */
  public static UserSpec of(int uid, int gid) {
    return new UserSpec(uid, gid);
  }

  /** Reads {@code uid:gid} or {@code uid}; names such as {@code app} are refused. */
  public static UserSpec parse(String spec) {
    Checks.text(spec, "user");
    Checks.check(Rule.FKS010, NUMERIC.matcher(spec).matches(),
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
