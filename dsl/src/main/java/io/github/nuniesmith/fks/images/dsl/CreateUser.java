package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Creates a user with {@code useradd} (and its own group with {@code groupadd} where asked), without
 * lastlog entries ({@code --no-log-init}). {@link #system} makes the FKS kind: a system user and
 * group with fixed ids, a home for caches and no login shell; {@link #builder} any other.
 *
 * @param name the user's name, and its own group's
 * @param uid the user id; empty lets useradd choose
 * @param gid the primary group's id; empty lets useradd choose
 * @param ownGroup whether a group named after the user, with id {@code gid}, is created first
 * @param system whether the user (and its own group) are system accounts
 * @param shell the login shell; empty for useradd's default
 * @param home the home folder; empty for useradd's default, {@code /home/<name>}
 * @param createHome whether the home folder is created
 * @param groups further groups the user joins, by name
 */
public record CreateUser(String name, OptionalInt uid, OptionalInt gid, boolean ownGroup, boolean system,
    Optional<AbsolutePath> shell, Optional<AbsolutePath> home, boolean createHome, List<String> groups)
    implements Step {
  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_-]{0,30}");
  private static final String NAME_RULE = "use up to 31 lowercase letters, digits, _ and -";
  /** The shell of a user nobody logs in as. */
  public static final AbsolutePath NO_LOGIN = AbsolutePath.of("/usr/sbin/nologin");

  /** Validates the name, the ids and the groups. */
  public CreateUser {
    Checks.matches(name, NAME, "user name", NAME_RULE);
    validate(name, uid, gid, ownGroup, shell, home, groups);
    groups = List.copyOf(groups);
  }

  private static void validate(String name, OptionalInt uid, OptionalInt gid, boolean ownGroup,
      Optional<AbsolutePath> shell, Optional<AbsolutePath> home, List<String> groups) {
    Checks.within("create user " + name, () -> {
      Checks.notNull(uid, "uid").ifPresent(id -> Checks.check(id > 0,
          "uid %d is root or negative: useradd refuses a second root; use 1 or more", id));
      Checks.notNull(gid, "gid").ifPresent(id -> Checks.check(id >= 0, "gid %d is negative: use 0 or more", id));
      Checks.check(!ownGroup || gid.isPresent(), "creates its own group without a gid: give one with ownGroup(gid)");
      Checks.notNull(shell, "shell");
      Checks.notNull(home, "home");
      Checks.notNull(groups, "groups").forEach(g -> Checks.matches(g, NAME, "group name", NAME_RULE));
      Checks.check(groups.stream().distinct().count() == groups.size(), "lists a group twice: keep one");
    });
  }

  /** The FKS kind: system user {@code name} with id {@code uid} in its own system group {@code gid}, a home, no login. */
  public static CreateUser system(String name, int uid, int gid) {
    return builder(name).system().uid(uid).ownGroup(gid).shell(NO_LOGIN.value()).build();
  }

  /** Starts a regular user named {@code name}, with a home folder and useradd's other defaults. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  @Override
  public String describe() {
    return "create user " + name;
  }

  /** Builds a {@link CreateUser}. */
  public static final class Builder {
    private final String name;
    private OptionalInt uid = OptionalInt.empty();
    private OptionalInt gid = OptionalInt.empty();
    private boolean ownGroup;
    private boolean system;
    private Optional<AbsolutePath> shell = Optional.empty();
    private Optional<AbsolutePath> home = Optional.empty();
    private boolean createHome = true;
    private final List<String> groups = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Gives the user the id {@code uid}. */
    public Builder uid(int uid) {
      this.uid = OptionalInt.of(uid);
      return this;
    }

    /** Makes the existing group {@code gid} (e.g. 100, {@code users}) the user's primary group. */
    public Builder primaryGroup(int gid) {
      this.gid = OptionalInt.of(gid);
      this.ownGroup = false;
      return this;
    }

    /** Creates a group named after the user, with id {@code gid}, as its primary group. */
    public Builder ownGroup(int gid) {
      this.gid = OptionalInt.of(gid);
      this.ownGroup = true;
      return this;
    }

    /** Makes a system account (and system group), as services use. */
    public Builder system() {
      this.system = true;
      return this;
    }

    /** Gives the user the login shell {@code path}, e.g. {@code /bin/bash}. */
    public Builder shell(String path) {
      this.shell = Optional.of(within("shell", () -> AbsolutePath.of(path)));
      return this;
    }

    /** Puts the home folder at {@code path}. */
    public Builder home(String path) {
      this.home = Optional.of(within("home", () -> AbsolutePath.of(path)));
      return this;
    }

    /** Creates no home folder. */
    public Builder noHome() {
      this.createHome = false;
      return this;
    }

    /** Adds the user to the existing groups {@code names}, e.g. {@code "users"}. */
    public Builder groups(String... names) {
      groups.addAll(within("groups", () -> Checks.asList(names, "groups")));
      return this;
    }

    /** The step. */
    public CreateUser build() {
      return new CreateUser(name, uid, gid, ownGroup, system, shell, home, createHome, groups);
    }

    private <T> T within(String what, java.util.function.Supplier<T> body) {
      return Checks.within("create user " + name, () -> Checks.within(what, body));
    }
  }
}
