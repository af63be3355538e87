package io.github.nuniesmith.fks.images.dsl;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Switches the user (and optionally the group) for the instructions after it and for the container:
 * by name, id or variable, root included; rendered exactly as given. Without a group Docker takes the
 * user's primary group from the image's passwd. Which users a set may run as is a lint choice (FKS010,
 * FKS011).
 *
 * @param user a name ({@code app}, {@code root}), an id ({@code 1000}, {@code 0}) or a variable ({@code ${NB_UID}})
 * @param group a group name, id or variable; empty for the user's primary group
 */
public record User(String user, Optional<String> group) implements Step {
  /** A user or group name as useradd takes it, an id, or one variable. */
  private static final Pattern PART =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}+\\$?|" + ExpandedWord.VARIABLE);
  private static final Pattern ID = Pattern.compile("[0-9]{1,10}");
  private static final String ALLOWED =
      "write a name such as app or root, an id such as 1000, or a variable such as ${NB_UID}";

  /** Validates the user and the group. */
  public User {
    Checks.matches(user, PART, "user", ALLOWED);
    Checks.notNull(group, "group");
    group.ifPresent(g -> Checks.matches(g, PART, "group", ALLOWED.replace("app or root", "users")));
    Checks.check(!ID.matcher(user).matches() || Long.parseLong(user) <= Integer.MAX_VALUE,
        "user %s is out of range: use ids below 2147483648", Checks.quoted(user));
    group.ifPresent(g -> Checks.check(!ID.matcher(g).matches() || Long.parseLong(g) <= Integer.MAX_VALUE,
        "group %s is out of range: use ids below 2147483648", Checks.quoted(g)));
  }

  /** Reads {@code user} or {@code user:group}, each a name, an id or a variable. */
  public static User parse(String spec) {
    Checks.text(spec, "user");
    int colon = spec.indexOf(':');
    // A colon inside ${NAME:-x} is not the separator: look for it after the first part only.
    int separator = spec.startsWith("${") ? spec.indexOf(':', spec.indexOf('}') + 1) : colon;
    return separator < 0 ? new User(spec, Optional.empty())
        : new User(spec.substring(0, separator), Optional.of(spec.substring(separator + 1)));
  }

  /** The numeric user {@code id}, rendered {@code uid:gid}. */
  public User(UserSpec id) {
    this(String.valueOf(Checks.notNull(id, "user").uid()), Optional.of(String.valueOf(id.gid())));
  }

  /** Whether this is root: the name {@code root} or the id {@code 0}, whatever the group. */
  public boolean root() {
    return user.equals("root") || (ID.matcher(user).matches() && Long.parseLong(user) == 0);
  }

  /** Whether the user is an id rather than a name or a variable. */
  public boolean numericUser() {
    return ID.matcher(user).matches();
  }

  /** The ids, when both the user and the group are given as ids; empty for names, variables or no group. */
  public Optional<UserSpec> numeric() {
    return numericUser() && group.isPresent() && ID.matcher(group.get()).matches()
        ? Optional.of(UserSpec.of(Integer.parseInt(user), Integer.parseInt(group.get())))
        : Optional.empty();
  }

  @Override
  public List<String> expanded() {
    return group.map(g -> List.of(user, g)).orElse(List.of(user));
  }

  @Override
  public String describe() {
    return "user";
  }

  /** {@code user} or {@code user:group}, exactly as given. */
  @Override
  public String toString() {
    return user + group.map(g -> ":" + g).orElse("");
  }
}
