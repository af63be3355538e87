package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a stage starts from, with FROM's optional {@code --platform}. A parent from outside this
 * definition set ({@link External}, {@link BuildArg}, {@link Expanded}) names the ENV of that image the
 * stage relies on ({@link #parentEnv}), since the model cannot read it; a parent of this set is known.
 */
public sealed interface From permits From.External, From.Previous, From.Published, From.BuildArg, From.Expanded {
  /** A --platform value: a platform such as {@code linux/arm64}, or variables such as {@code $BUILDPLATFORM}. */
  Pattern PLATFORM = Pattern.compile("[A-Za-z0-9_./${}:+-]{1,256}");
  /** An image reference or stage name written with variables, e.g. {@code $REGISTRY/base:${TAG}}. */
  Pattern EXPANDED = Pattern.compile("[A-Za-z0-9_./:@${}+-]{1,512}");

  /**
   * The registry image this stage starts from that this definition set does not build: the image of
   * {@link External}, the default of {@link BuildArg}; empty for the others ({@link Image#baseImage}
   * also resolves {@link Expanded}).
   */
  default Optional<ImageRef> externalImage() {
    if (this instanceof External e) {
      return Optional.of(e.image());
    }
    return this instanceof BuildArg a ? Optional.of(a.defaultImage()) : Optional.empty();
  }

  /** The {@code --platform} value, if any. */
  Optional<String> platform();

  /** The same parent with {@code --platform=platform}, e.g. {@code $BUILDPLATFORM} or {@code linux/arm64}. */
  From withPlatform(String platform);

  /** The ENV names of the parent image that the stage relies on; empty for a parent of this set. */
  default List<String> parentEnv() {
    return List.of();
  }

  /** The same parent, relying on the ENV {@code names} it sets; only for a parent from outside this set. */
  default From withParentEnv(List<String> names) {
    throw new DefinitionException("parent env " + names + " is for an image from outside this definition set:"
        + " this stage starts from one whose ENV is known, so remove it");
  }

  /** The values of this FROM that Docker expands: the platform, and the reference of {@link Expanded}. */
  default List<String> expanded() {
    List<String> values = new ArrayList<>();
    platform().ifPresent(values::add);
    if (this instanceof Expanded e) {
      values.add(e.reference());
    }
    return values;
  }

  /**
   * An image from a registry that this definition set does not build.
   *
   * @param image the reference
   * @param platform the {@code --platform} value, if any
   * @param parentEnv the ENV names the image sets that the stage relies on
   */
  record External(ImageRef image, Optional<String> platform, List<String> parentEnv) implements From {
    /** Validates the reference. */
    public External {
      Checks.notNull(image, "parent image");
      platform = checkPlatform(platform);
      parentEnv = checkParentEnv(parentEnv);
    }

    /** {@code image}, for the build's own platform. */
    public External(ImageRef image) {
      this(image, Optional.empty(), List.of());
    }

    @Override
    public From withPlatform(String platform) {
      return new External(image, Optional.of(Checks.notNull(platform, "platform")), parentEnv);
    }

    @Override
    public From withParentEnv(List<String> names) {
      return new External(image, platform, names);
    }
  }

  /**
   * An earlier stage of the same Dockerfile.
   *
   * @param stage its name
   * @param platform the {@code --platform} value, if any
   */
  record Previous(String stage, Optional<String> platform) implements From {
    /** Validates the name. */
    public Previous {
      Checks.matches(stage, Stage.NAME, "parent stage", Stage.NAME_RULE);
      platform = checkPlatform(platform);
    }

    /** The stage {@code stage}. */
    public Previous(String stage) {
      this(stage, Optional.empty());
    }

    @Override
    public From withPlatform(String platform) {
      return new Previous(stage, Optional.of(Checks.notNull(platform, "platform")));
    }
  }

  /**
   * A target that another image of this definition set publishes, held as a Java reference so that
   * renaming or removing the parent is a compile error. Rendered as the target's versioned tag.
   *
   * @param image the parent image
   * @param target the parent's target, e.g. {@code runtime}
   * @param platform the {@code --platform} value, if any
   */
  record Published(Image image, String target, Optional<String> platform) implements From {
    /** Validates that the parent publishes {@code target}. */
    public Published {
      Checks.notNull(image, "parent image");
      if (image.target(target).isEmpty()) { // the message only on failure: every service starts from its tier
        Checks.check(false, "image %s publishes no target %s: use one of %s", image.name(),
            Checks.quote(String.valueOf(target)), image.targets().stream().map(Target::stage).toList());
      }
      platform = checkPlatform(platform);
    }

    /** The target {@code target} of {@code image}. */
    public Published(Image image, String target) {
      this(image, target, Optional.empty());
    }

    @Override
    public From withPlatform(String platform) {
      return new Published(image, target, Optional.of(Checks.notNull(platform, "platform")));
    }
  }

  /**
   * An image chosen at build time with {@code --build-arg NAME=...}, defaulting to {@code
   * defaultImage}; lets a user point the root of a hierarchy at another base image. Declares the
   * global {@code ARG NAME=defaultImage} itself.
   *
   * @param name the build argument, e.g. {@code PYTHON_IMAGE}
   * @param defaultImage the image used when the argument is not given
   * @param platform the {@code --platform} value, if any
   * @param parentEnv the ENV names the image sets that the stage relies on
   */
  record BuildArg(String name, ImageRef defaultImage, Optional<String> platform, List<String> parentEnv)
      implements From {
    /** Validates the name and the default. */
    public BuildArg {
      Checks.matches(name, Env.NAME, "build argument", "use letters, digits and _");
      Checks.notNull(defaultImage, "default image of " + name);
      platform = checkPlatform(platform);
      parentEnv = checkParentEnv(parentEnv);
    }

    /** The image named by the build argument {@code name}, {@code defaultImage} by default. */
    public BuildArg(String name, ImageRef defaultImage) {
      this(name, defaultImage, Optional.empty(), List.of());
    }

    @Override
    public From withPlatform(String platform) {
      return new BuildArg(name, defaultImage, Optional.of(Checks.notNull(platform, "platform")), parentEnv);
    }

    @Override
    public From withParentEnv(List<String> names) {
      return new BuildArg(name, defaultImage, platform, names);
    }
  }

  /**
   * An image reference or stage name written with global build arguments, e.g. {@code ${BASE_IMAGE}} or
   * {@code $REGISTRY/$OWNER/base-notebook:${TAG}}. The image declares those arguments ({@link
   * Image.Builder#arg(String, String)}); their defaults decide, when the image is built, whether it names
   * an earlier stage of the file or an image from a registry.
   *
   * @param reference the text after FROM, with at least one variable
   * @param platform the {@code --platform} value, if any
   * @param parentEnv the ENV names the image sets that the stage relies on
   */
  record Expanded(String reference, Optional<String> platform, List<String> parentEnv) implements From {
    /** Validates the text and its references. */
    public Expanded {
      Checks.matches(reference, EXPANDED, "from reference",
          "use an image reference or stage name with $NAME or ${NAME...} references");
      Checks.check(!Expansions.names(reference, "from reference").isEmpty(),
          "from reference %s refers to no variable: start from the image or the stage itself",
          Checks.quote(reference));
      platform = checkPlatform(platform);
      parentEnv = checkParentEnv(parentEnv);
    }

    /** The image or stage {@code reference} names. */
    public Expanded(String reference) {
      this(reference, Optional.empty(), List.of());
    }

    @Override
    public From withPlatform(String platform) {
      return new Expanded(reference, Optional.of(Checks.notNull(platform, "platform")), parentEnv);
    }

    @Override
    public From withParentEnv(List<String> names) {
      return new Expanded(reference, platform, names);
    }
  }

  /** Starts from {@code reference}: written with variables, or an image reference, parsed. */
  static From image(String reference) {
    return reference != null && reference.contains("$") ? new Expanded(reference)
        : new External(ImageRef.parse(reference));
  }

  private static Optional<String> checkPlatform(Optional<String> platform) {
    Checks.notNull(platform, "platform");
    platform.ifPresent(p -> {
      Checks.matches(p, PLATFORM, "platform",
          "use os/arch[/variant] such as linux/arm64, or a variable such as $BUILDPLATFORM");
      Expansions.names(p, "platform");
    });
    return platform;
  }

  private static List<String> checkParentEnv(List<String> names) {
    List<String> copy = Checks.notNull(names, "parent env").stream()
        .map(n -> Checks.matches(n, Env.NAME, "parent env name", "use letters, digits and _, not starting with a digit"))
        .distinct().sorted().toList();
    Checks.check(copy.size() == names.size(), "parent env %s names a variable twice: name each once", names);
    return copy;
  }
}
