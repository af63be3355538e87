package io.github.nuniesmith.fks.images.dsl;

/**
 * A stage that an image publishes under a moving tag and a versioned tag, e.g. {@code
 * nuniesmith/fks:docker} and {@code nuniesmith/fks:docker-v1.0.0}. Children build on the versioned
 * one, so that a rebuild of the parent never changes them by surprise.
 *
 * @param stage the stage's name
 * @param moving the tag that follows the newest build
 * @param pinned the tag of this version
 */
public record Target(String stage, ImageRef moving, ImageRef pinned) {
  /** Validates the stage name and the tags. */
  public Target {
    Checks.matches(stage, Stage.NAME, "target stage", Stage.NAME_RULE);
    Checks.notNull(moving, "moving tag");
    Checks.notNull(pinned, "versioned tag");
  }

  /** Publishes {@code stage} as {@code repository:tag} and {@code repository:tag-v<version>}. */
  public static Target of(String stage, ImageRef moving, String version) {
    Checks.check(version != null && version.matches("[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.-]+)?"),
        "version %s is not semver: write major.minor.patch such as 1.0.0",
        Checks.quote(String.valueOf(version)));
    Checks.check(!moving.tag().isEmpty(), "image %s has no tag: name the moving tag its versions are named"
        + " after, such as %s:base", Checks.quote(moving.toString()), moving.repository());
    return new Target(stage, moving, moving.withTag(moving.tag() + "-v" + version));
  }
}
