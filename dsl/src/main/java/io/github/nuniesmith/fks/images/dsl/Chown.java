package io.github.nuniesmith.fks.images.dsl;

import java.util.Optional;

/**
 * The owner COPY and ADD give the files they write ({@code --chown}): a user and an optional group,
 * each a name, an id or variables, e.g. {@code app}, {@code 1000:100} or {@code ${NB_UID}:${NB_GID}}.
 * Without a group, Docker gives the files the group whose id is the user's id (Dockerfile reference);
 * without a user ({@code :conda}), BuildKit keeps the default user and sets only the group.
 *
 * @param user the user; empty, with a group, to set only the group
 * @param group the group; empty to leave it to Docker
 */
public record Chown(String user, Optional<String> group) {
  /** Validates both parts. */
  public Chown {
    Checks.notNull(group, "chown group");
    if (!(group.isPresent() && "".equals(user))) {
      Checks.matches(user, CopyArguments.OWNER, "chown user",
          "use a name, an id or variables such as ${NB_UID}");
    }
    group.ifPresent(g -> Checks.matches(g, CopyArguments.OWNER, "chown group",
        "use a name, an id or variables such as ${NB_GID}"));
  }

  /** Reads {@code user}, {@code user:group} or {@code :group}; a {@code :} inside {@code ${...}} does not split. */
  public static Chown parse(String spec) {
    Checks.text(spec, "chown");
    int depth = 0;
    for (int i = 0; i < spec.length(); i++) {
      char c = spec.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (c == ':' && depth == 0) {
        return new Chown(spec.substring(0, i), Optional.of(spec.substring(i + 1)));
      }
    }
    return new Chown(spec, Optional.empty());
  }

  /** The numeric user and group {@code user}. */
  public static Chown of(UserSpec user) {
    return new Chown(String.valueOf(user.uid()), Optional.of(String.valueOf(user.gid())));
  }

  @Override
  public String toString() {
    return user + group.map(g -> ":" + g).orElse("");
  }
}
