package io.github.nuniesmith.fks.images.dsl;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A BuildKit {@code RUN --mount}: a cache, a bind, a secret, an ssh agent or a tmpfs. Each type is
 * a record with every option of the Dockerfile reference; start one with {@link #cache}, {@link
 * #bind}, {@link #secret}, {@link #ssh} or {@link #tmpfs} and set options with its methods, e.g.
 * {@code Mount.cache("/root/.cache/pip").id("pip").sharing(Sharing.LOCKED)}. Every value but {@code
 * from} may hold {@code $NAME} or {@code ${NAME...}}, which Docker expands.
 */
public sealed interface Mount permits Mount.Cache, Mount.Bind, Mount.Secret, Mount.Ssh, Mount.Tmpfs {
  /** A variable reference Docker expands: {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-x}}, {@code ${NAME:+x}}. */
  String VARIABLE = "\\$(?:[A-Za-z_][A-Za-z0-9_]*+|\\{[A-Za-z_][A-Za-z0-9_]*+(?::?[-+][A-Za-z0-9._+@/:-]*+)?\\})";

  /** The values of this mount Docker expands variables in, in flag order. */
  List<String> expanded();

  /** How concurrent builds share a cache mount. */
  enum Sharing {
    /** Readers and writers use one copy at once (BuildKit's default). */
    SHARED,
    /** Each concurrent writer gets its own copy. */
    PRIVATE,
    /** A second writer waits; what apt needs. */
    LOCKED
  }

  /** A cache mount at {@code target}; its id defaults to the target. */
  static Cache cache(String target) {
    return new Cache(Optional.empty(), target, Sharing.SHARED, false, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * A read-only bind mount at {@code target} of the build context's root; for a path in it, or in a
   * stage or image, use {@link Bind#context}, {@link Bind#stage} or {@link Bind#from}.
   */
  static Bind bind(String target) {
    return new Bind(target, Optional.empty(), Optional.empty(), false);
  }

  /** The secret {@code id}, at {@code /run/secrets/<id>} unless given a target or an env. */
  static Secret secret(String id) {
    return new Secret(id, Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** The default ssh agent socket; set an id, a target or ownership with its methods. */
  static Ssh ssh() {
    return new Ssh(Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** An empty in-memory file system at {@code target}. */
  static Tmpfs tmpfs(String target) {
    return new Tmpfs(target, Optional.empty());
  }

  /** Where a bind or cache mount takes its files from, other than the build context. */
  sealed interface Origin permits Origin.Stage, Origin.Image, Origin.Context {
    /** The text after {@code from=}. */
    String reference();

    /** An earlier stage of the same Dockerfile. */
    record Stage(String name) implements Origin {
      /** Validates the name. */
      public Stage {
        Checks.check(name != null && io.github.nuniesmith.fks.images.dsl.Stage.NAME.test(name),
            "mount from %s is not a stage name: use the name of an earlier stage", Checks.quote(String.valueOf(name)));
      }

      @Override
      public String reference() {
        return name;
      }
    }

    /** An image from a registry. */
    record Image(ImageRef image) implements Origin {
      /** Validates that the image is given. */
      public Image {
        Checks.notNull(image, "mount from image");
      }

      @Override
      public String reference() {
        return image.toString();
      }
    }

    /** A named build context, passed with {@code --build-context name=...}. */
    record Context(String name) implements Origin {
      private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._/-]{0,127}");

      /** Validates the name. */
      public Context {
        Checks.matches(name, NAME, "mount from context", "use lowercase letters, digits and . _ - /");
      }

      @Override
      public String reference() {
        return name;
      }
    }

    /** The earlier stage {@code name}. */
    static Origin stage(String name) {
      return new Stage(name);
    }

    /** The image {@code reference}, e.g. {@code ghcr.io/mamba-org/micromamba:2.0.5}. */
    static Origin image(String reference) {
      return new Image(ImageRef.parse(reference));
    }

    /** The named build context {@code name}. */
    static Origin context(String name) {
      return new Context(name);
    }
  }

  /**
   * A cache kept by the builder between builds, e.g. pip's or apt's download cache.
   *
   * @param id the cache id shared by every build that names it; empty for the target
   * @param target where the cache appears during the RUN
   * @param sharing how concurrent builds share it
   * @param readOnly whether the RUN may not write it
   * @param from where its first contents come from; empty for an empty directory
   * @param source the path in {@code from} to mount; empty for its root
   * @param mode the octal mode of the cache directory; empty for 0755
   * @param uid owner of the cache directory; empty for root
   * @param gid group of the cache directory; empty for root
   */
  record Cache(Optional<String> id, String target, Sharing sharing, boolean readOnly, Optional<Origin> from,
      Optional<String> source, Optional<String> mode, Optional<String> uid, Optional<String> gid) implements Mount {
    /** Validates every option. */
    public Cache {
      Checks.notNull(id, "cache id").ifPresent(i -> MountValues.id(i, "cache id"));
      MountValues.target(target, "cache target");
      Checks.notNull(sharing, "cache sharing");
      Checks.notNull(from, "cache from");
      Checks.notNull(source, "cache source").ifPresent(s -> MountValues.source(s, from.isPresent(), "cache source"));
      Checks.check(source.isEmpty() || from.isPresent(),
          "cache source %s has no from: name the stage or image it is a path in", Checks.quote(source.orElse("")));
      Checks.notNull(mode, "cache mode").ifPresent(m -> MountValues.mode(m, "cache mode"));
      Checks.notNull(uid, "cache uid").ifPresent(u -> MountValues.number(u, "cache uid"));
      Checks.notNull(gid, "cache gid").ifPresent(g -> MountValues.number(g, "cache gid"));
    }

    /** A cache named {@code id} at {@code target} shared as {@code sharing}, owned by root. */
    public static Cache of(String id, String target, Sharing sharing) {
      return Mount.cache(target).id(id).sharing(sharing);
    }

    /** This cache named {@code id}. */
    public Cache id(String id) {
      return new Cache(Optional.of(id), target, sharing, readOnly, from, source, mode, uid, gid);
    }

    /** This cache shared as {@code sharing}. */
    public Cache sharing(Sharing sharing) {
      return new Cache(id, target, sharing, readOnly, from, source, mode, uid, gid);
    }

    /** This cache, read-only if {@code readOnly}. */
    public Cache readOnly(boolean readOnly) {
      return new Cache(id, target, sharing, readOnly, from, source, mode, uid, gid);
    }

    /** This cache, first filled from {@code source} in {@code from} (a stage or an image). */
    public Cache from(Origin from, String source) {
      return new Cache(id, target, sharing, readOnly, Optional.of(from), Optional.of(source), mode, uid, gid);
    }

    /** This cache, first filled from the root of {@code from} (a stage or an image). */
    public Cache from(Origin from) {
      return new Cache(id, target, sharing, readOnly, Optional.of(from), Optional.empty(), mode, uid, gid);
    }

    /** This cache with the directory mode {@code mode}, e.g. {@code 0700}. */
    public Cache mode(String mode) {
      return new Cache(id, target, sharing, readOnly, from, source, Optional.of(mode), uid, gid);
    }

    /** This cache owned by the user id {@code uid}: digits or a variable such as {@code ${NB_UID}}. */
    public Cache uid(String uid) {
      return new Cache(id, target, sharing, readOnly, from, source, mode, Optional.of(uid), gid);
    }

    /** This cache owned by the group id {@code gid}: digits or a variable such as {@code ${NB_GID}}. */
    public Cache gid(String gid) {
      return new Cache(id, target, sharing, readOnly, from, source, mode, uid, Optional.of(gid));
    }

    /** The same cache owned by {@code user}. */
    public Cache ownedBy(UserSpec user) {
      return uid(Integer.toString(user.uid())).gid(Integer.toString(user.gid()));
    }

    @Override
    public List<String> expanded() {
      return MountValues.present(id, Optional.of(target), source, mode, uid, gid);
    }
  }

  /**
   * Files from the build context, an earlier stage or an image, read-only unless {@code readWrite}
   * (writes are then thrown away after the RUN).
   *
   * @param target where the files appear: absolute, or relative to the WORKDIR ({@code .} for the WORKDIR
   *     itself), which BuildKit resolves it against
   * @param from where they come from; empty for the build context
   * @param source the path in {@code from}: relative in the build context, absolute or relative in a
   *     stage or image; empty for the root
   * @param readWrite whether the RUN may write them
   */
  record Bind(String target, Optional<Origin> from, Optional<String> source, boolean readWrite) implements Mount {
    /** Validates the paths. */
    public Bind {
      MountValues.bindTarget(target, "bind target");
      Checks.notNull(from, "bind from");
      Checks.notNull(source, "bind source").ifPresent(s -> MountValues.source(s, from.isPresent(), "bind source"));
    }

    /** {@code source}, a path relative to the build context, at {@code target}, read-only. */
    public static Bind context(String source, String target) {
      return new Bind(target, Optional.empty(), Optional.of(source), false);
    }

    /** {@code source}, an absolute or relative path in the earlier stage {@code stage}, at {@code target}, read-only. */
    public static Bind stage(String stage, String source, String target) {
      return from(Origin.stage(stage), source, target);
    }

    /** {@code source}, a path in {@code from} (a stage, an image or a named context), at {@code target}, read-only. */
    public static Bind from(Origin from, String source, String target) {
      return new Bind(target, Optional.of(Checks.notNull(from, "bind from")), Optional.of(source), false);
    }

    /** This bind, writable for the RUN if {@code readWrite}; what it writes is discarded. */
    public Bind readWrite(boolean readWrite) {
      return new Bind(target, from, source, readWrite);
    }

    @Override
    public List<String> expanded() {
      return MountValues.present(source, Optional.of(target));
    }
  }

  /**
   * A build secret, readable only during the RUN and never stored in a layer.
   *
   * @param id the secret's id, as passed to {@code --secret id=...}
   * @param target where the file appears; empty for {@code /run/secrets/<id>} (or none, with env)
   * @param env the environment variable that holds the secret instead of a file (Dockerfile 1.10)
   * @param required whether the build fails when the secret is not given
   * @param mode the octal file mode; empty for 0400
   * @param uid owner of the file; empty for root
   * @param gid group of the file; empty for root
   */
  record Secret(String id, Optional<String> target, Optional<String> env, boolean required, Optional<String> mode,
      Optional<String> uid, Optional<String> gid) implements Mount {
    private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

    /** Validates every option. */
    public Secret {
      MountValues.id(id, "secret id");
      Checks.notNull(target, "secret target").ifPresent(t -> MountValues.target(t, "secret target"));
      Checks.notNull(env, "secret env").ifPresent(e -> Checks.matches(e, ENV, "secret env",
          "use letters, digits and _, not starting with a digit"));
      Checks.notNull(mode, "secret mode").ifPresent(m -> MountValues.mode(m, "secret mode"));
      Checks.notNull(uid, "secret uid").ifPresent(u -> MountValues.number(u, "secret uid"));
      Checks.notNull(gid, "secret gid").ifPresent(g -> MountValues.number(g, "secret gid"));
    }

    /** A required secret at {@code /run/secrets/<id>}. */
    public static Secret required(String id) {
      return Mount.secret(id).required(true);
    }

    /** This secret as the file {@code target}. */
    public Secret target(String target) {
      return new Secret(id, Optional.of(target), env, required, mode, uid, gid);
    }

    /** This secret in the environment variable {@code env} (Dockerfile 1.10). */
    public Secret env(String env) {
      return new Secret(id, target, Optional.of(env), required, mode, uid, gid);
    }

    /** This secret, failing the build when it is not given if {@code required}. */
    public Secret required(boolean required) {
      return new Secret(id, target, env, required, mode, uid, gid);
    }

    /** This secret's file with mode {@code mode}, e.g. {@code 0440}. */
    public Secret mode(String mode) {
      return new Secret(id, target, env, required, Optional.of(mode), uid, gid);
    }

    /** This secret's file owned by {@code uid}: digits or a variable. */
    public Secret uid(String uid) {
      return new Secret(id, target, env, required, mode, Optional.of(uid), gid);
    }

    /** This secret's file in group {@code gid}: digits or a variable. */
    public Secret gid(String gid) {
      return new Secret(id, target, env, required, mode, uid, Optional.of(gid));
    }

    @Override
    public List<String> expanded() {
      return MountValues.present(Optional.of(id), target, mode, uid, gid);
    }
  }

  /**
   * Access to the ssh agent or keys given to the build with {@code --ssh}.
   *
   * @param id the id given to {@code --ssh}; empty for {@code default}
   * @param target the socket's path; empty for BuildKit's
   * @param required whether the build fails when the agent is not given
   * @param mode the octal socket mode; empty for 0600
   * @param uid owner of the socket; empty for root
   * @param gid group of the socket; empty for root
   */
  record Ssh(Optional<String> id, Optional<String> target, boolean required, Optional<String> mode,
      Optional<String> uid, Optional<String> gid) implements Mount {
    /** Validates every option. */
    public Ssh {
      Checks.notNull(id, "ssh id").ifPresent(i -> MountValues.id(i, "ssh id"));
      Checks.notNull(target, "ssh target").ifPresent(t -> MountValues.target(t, "ssh target"));
      Checks.notNull(mode, "ssh mode").ifPresent(m -> MountValues.mode(m, "ssh mode"));
      Checks.notNull(uid, "ssh uid").ifPresent(u -> MountValues.number(u, "ssh uid"));
      Checks.notNull(gid, "ssh gid").ifPresent(g -> MountValues.number(g, "ssh gid"));
    }

    /** This agent, the one given as {@code --ssh id=...}. */
    public Ssh id(String id) {
      return new Ssh(Optional.of(id), target, required, mode, uid, gid);
    }

    /** This agent's socket at {@code target}. */
    public Ssh target(String target) {
      return new Ssh(id, Optional.of(target), required, mode, uid, gid);
    }

    /** This agent, failing the build when it is not given if {@code required}. */
    public Ssh required(boolean required) {
      return new Ssh(id, target, required, mode, uid, gid);
    }

    /** This agent's socket with mode {@code mode}. */
    public Ssh mode(String mode) {
      return new Ssh(id, target, required, Optional.of(mode), uid, gid);
    }

    /** This agent's socket owned by {@code uid}: digits or a variable. */
    public Ssh uid(String uid) {
      return new Ssh(id, target, required, mode, Optional.of(uid), gid);
    }

    /** This agent's socket in group {@code gid}: digits or a variable. */
    public Ssh gid(String gid) {
      return new Ssh(id, target, required, mode, uid, Optional.of(gid));
    }

    @Override
    public List<String> expanded() {
      return MountValues.present(id, target, mode, uid, gid);
    }
  }

  /**
   * An empty in-memory file system for the RUN, e.g. for temporary files that must not reach a layer.
   *
   * @param target where it appears
   * @param size its largest size in bytes, with an optional k, m or g; empty for no limit
   */
  record Tmpfs(String target, Optional<String> size) implements Mount {
    /** Validates the path and the size. */
    public Tmpfs {
      MountValues.target(target, "tmpfs target");
      Checks.notNull(size, "tmpfs size").ifPresent(s -> MountValues.size(s, "tmpfs size"));
    }

    /** This tmpfs limited to {@code size}, e.g. {@code 64m}. */
    public Tmpfs size(String size) {
      return new Tmpfs(target, Optional.of(size));
    }

    @Override
    public List<String> expanded() {
      return MountValues.present(Optional.of(target), size);
    }
  }
}
