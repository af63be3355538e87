package io.github.nuniesmith.fks.images.dsl;

import java.util.Optional;

/** What a stage starts from. */
public sealed interface From permits From.External, From.Previous, From.Published, From.BuildArg {

  /**
   * The registry image this stage starts from that this definition set does not build: the image of
   * {@link External}, the default of {@link BuildArg}; empty for {@link Previous} and {@link Published},
   * whose parents this set builds itself.
   */
  default Optional<ImageRef> externalImage() {
    if (this instanceof External e) {
      return Optional.of(e.image());
    }
    return this instanceof BuildArg a ? Optional.of(a.defaultImage()) : Optional.empty();
  }

  /**
   * An image from a registry that this definition set does not build.
   *
   * @param image the reference
   */
  record External(ImageRef image) implements From {
    /** Validates the reference. */
    public External {
      Checks.notNull(image, "parent image");
    }
  }

  /**
   * An earlier stage of the same Dockerfile.
   *
   * @param stage its name
   */
  record Previous(String stage) implements From {
    /** Validates the name. */
    public Previous {
      Checks.matches(stage, Stage.NAME, "parent stage", Stage.NAME_RULE);
    }
  }

  /**
   * A target that another image of this definition set publishes, held as a Java reference so that
   * renaming or removing the parent is a compile error. Rendered as the target's versioned tag.
   *
   * @param image the parent image
   * @param target the parent's target, e.g. {@code runtime}
   */
  record Published(Image image, String target) implements From {
    /** Validates that the parent publishes {@code target}. */
    public Published {
      Checks.notNull(image, "parent image");
      Checks.check(image.target(target).isPresent(),
          "image %s publishes no target %s: use one of %s", image.name(), Checks.quote(String.valueOf(target)),
          image.targets().stream().map(Target::stage).toList());
    }
  }

  /**
   * An image chosen at build time with {@code --build-arg NAME=...}, defaulting to {@code
   * defaultImage}; lets a user point the root of a hierarchy at another base image.
   *
   * @param name the build argument, e.g. {@code PYTHON_IMAGE}
   * @param defaultImage the image used when the argument is not given
   */
  record BuildArg(String name, ImageRef defaultImage) implements From {
    /** Validates the name and the default. */
    public BuildArg {
      Checks.matches(name, Env.NAME, "build argument", "use letters, digits and _");
      Checks.notNull(defaultImage, "default image of " + name);
    }
  }

  /** Starts from {@code reference}, parsed. */
  static From image(String reference) {
    return new External(ImageRef.parse(reference));
  }
}
