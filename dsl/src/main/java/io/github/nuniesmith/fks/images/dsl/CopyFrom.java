package io.github.nuniesmith.fks.images.dsl;

import java.util.Optional;

/**
 * Where COPY takes its sources from: the build context, an earlier stage, an image, or a build
 * context named on the command line ({@code docker build --build-context name=...}).
 */
public sealed interface CopyFrom permits CopyFrom.BuildContext, CopyFrom.EarlierStage, CopyFrom.Image,
    CopyFrom.NamedContext, CopyFrom.Expanded {

  /** The build context of the image: no {@code --from} flag. */
  static CopyFrom buildContext() {
    return BuildContext.INSTANCE;
  }

  /** The earlier stage {@code name} of the same image: {@code --from=name}. */
  static CopyFrom stage(String name) {
    return new EarlierStage(name);
  }

  /** The image {@code reference}, e.g. {@code "nginx:1.27"}: {@code --from=nginx:1.27}. */
  static CopyFrom image(String reference) {
    return new Image(ImageRef.parse(reference));
  }

  /** The build context named {@code name}, given with {@code --build-context name=...}: {@code --from=name}. */
  static CopyFrom namedContext(String name) {
    return new NamedContext(name);
  }

  /**
   * A stage or image written with global build arguments, {@code --from=${BUILDER_IMAGE}}: BuildKit expands it
   * with the file's global ARGs to find what it names.
   */
  static CopyFrom expanded(String reference) {
    return new Expanded(reference);
  }

  /** The value of the {@code --from} flag; empty for the build context. */
  Optional<String> flag();

  /** The build context. */
  enum BuildContext implements CopyFrom {
    /** The only instance. */
    INSTANCE;

    @Override
    public Optional<String> flag() {
      return Optional.empty();
    }
  }

  /**
   * An earlier stage of the same image; the image checks that it is defined above.
   *
   * @param name the stage's name
   */
  record EarlierStage(String name) implements CopyFrom {
    /** Validates the name. */
    public EarlierStage {
      Checks.enforcing(Rule.FKS014, () -> Checks.matches(name, Stage.NAME, "copy from stage", Stage.NAME_RULE));
    }

    @Override
    public Optional<String> flag() {
      return Optional.of(name);
    }
  }

  /**
   * An image from a registry.
   *
   * @param reference the image
   */
  record Image(ImageRef reference) implements CopyFrom {
    /** Validates the reference. */
    public Image {
      Checks.notNull(reference, "copy from image");
    }

    @Override
    public Optional<String> flag() {
      return Optional.of(reference.toString());
    }
  }

  /**
   * A build context given a name on the command line or in a bake file.
   *
   * @param name its name: lowercase letters, digits and {@code _ . -}, as a stage name
   */
  record NamedContext(String name) implements CopyFrom {
    /** Validates the name. */
    public NamedContext {
      Checks.matches(name, Stage.NAME, "copy from build context", Stage.NAME_RULE);
    }

    @Override
    public Optional<String> flag() {
      return Optional.of(name);
    }
  }

  /**
   * A stage or image named with global build arguments, e.g. {@code ${BUILDER_IMAGE}} or {@code
   * $REGISTRY/tools:${TAG}}; their values decide, when the image is built, what it names.
   *
   * @param reference the text of {@code --from}, with at least one variable
   */
  record Expanded(String reference) implements CopyFrom {
    /** Validates the text and its references. */
    public Expanded {
      Checks.matches(reference, From.EXPANDED, "copy from reference",
          "use an image reference or stage name with $NAME or ${NAME...} references");
      Checks.check(!Expansions.names(reference, "copy from reference").isEmpty(),
          "copy from reference %s refers to no variable: copy from the image or the stage itself",
          Checks.quote(reference));
    }

    @Override
    public Optional<String> flag() {
      return Optional.of(reference);
    }
  }
}
