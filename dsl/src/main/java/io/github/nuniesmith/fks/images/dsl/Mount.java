package io.github.nuniesmith.fks.images.dsl;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** A BuildKit {@code RUN --mount}: a cache, a secret or a bind mount. */
public sealed interface Mount permits Mount.Cache, Mount.Secret, Mount.Bind {
  /** Pattern for mount ids and secret ids. */
  Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  /** How concurrent builds share a cache mount. */
  enum Sharing {
    /** Readers and writers use one copy at once (BuildKit's default). */
    SHARED,
    /** Each concurrent writer gets its own copy. */
    PRIVATE,
    /** A second writer waits; what apt needs. */
    LOCKED
  }

  /**
   * A cache kept by the builder between builds, e.g. pip's or apt's download cache.
   *
   * @param id the cache id shared by every build that names it
   * @param target where the cache appears during the RUN
   * @param sharing how concurrent builds share it
   * @param uid owner of the cache directory, when not root
   * @param gid group of the cache directory, when not root
   */
  record Cache(String id, AbsolutePath target, Sharing sharing, OptionalInt uid, OptionalInt gid)
      implements Mount {
    /** Validates the id and the owner. */
    public Cache {
      Checks.matches(id, ID, "cache id", "use letters, digits and . _ -");
      Checks.notNull(target, "cache target");
      Checks.notNull(sharing, "cache sharing");
      Checks.notNull(uid, "cache uid");
      Checks.notNull(gid, "cache gid");
      uid.ifPresent(u -> Checks.check(u >= 0, "cache uid %d is negative: use 0 or more", u));
      gid.ifPresent(g -> Checks.check(g >= 0, "cache gid %d is negative: use 0 or more", g));
    }

    /** A cache owned by root. */
    public static Cache of(String id, String target, Sharing sharing) {
      return new Cache(id, AbsolutePath.of(target), sharing, OptionalInt.empty(), OptionalInt.empty());
    }

    /** The same cache owned by {@code user}. */
    public Cache ownedBy(UserSpec user) {
      return new Cache(id, target, sharing, OptionalInt.of(user.uid()), OptionalInt.of(user.gid()));
    }
  }

  /**
   * A build secret, readable only during the RUN and never stored in a layer.
   *
   * @param id the secret's id, as passed to {@code --secret id=...}
   * @param target where the file appears; empty for {@code /run/secrets/<id>}
   * @param required whether the build fails when the secret is not given
   */
  record Secret(String id, Optional<AbsolutePath> target, boolean required) implements Mount {
    /** Validates the id. */
    public Secret {
      Checks.matches(id, ID, "secret id", "use letters, digits and . _ -");
      Checks.notNull(target, "secret target");
    }

    /** A required secret at {@code /run/secrets/<id>}. */
    public static Secret required(String id) {
      return new Secret(id, Optional.empty(), true);
    }
  }

  /**
   * A read-only view of files from the build context or an earlier stage.
   *
   * @param target where the files appear
   * @param source the path in the context or stage
   * @param from an earlier stage's name; empty for the build context
   */
  record Bind(AbsolutePath target, ContextPath source, String from) implements Mount {
    /** Validates the paths and the stage name. */
    public Bind {
      Checks.notNull(target, "bind target");
      Checks.notNull(source, "bind source");
      Checks.notNull(from, "bind from");
      Checks.check(from.isEmpty() || Stage.NAME.matcher(from).matches(),
          "bind from %s is not a stage name: use the name of an earlier stage", Checks.quote(from));
    }
  }
}
