package io.github.nuniesmith.fks.images.dsl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A stage that an image publishes under one or more tags, e.g. {@code nuniesmith/fks:docker} and
 * {@code nuniesmith/fks:docker-v1.0.0}. The last tag is the one children of the set name in their
 * FROM: list the most specific last, so that a rebuild of the parent never changes them by surprise.
 * {@link #of} makes the FKS scheme; the strict policy checks it (FKS036).
 *
 * @param stage the stage's name
 * @param tags every tag, in the order the bake file and the workflow list them
 */
public record Target(String stage, List<ImageRef> tags) {
  private static final Pattern SEMVER = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.-]+)?");

  /** Validates the stage name and the tags. */
  public Target {
    Checks.matches(stage, Stage.NAME, "target stage", Stage.NAME_RULE);
    List<ImageRef> given = tags;
    tags = Checks.within("target " + stage, () -> {
      List<ImageRef> all = Checks.nonEmpty(given, "tags");
      Set<ImageRef> seen = new HashSet<>();
      for (ImageRef tag : all) {
        Checks.check(tag.digest().isEmpty(), "tag %s has a digest: publish by tag", tag);
        Checks.check(seen.add(tag), "lists the tag %s twice: keep one", tag);
      }
      return all;
    });
  }

  /** Publishes {@code stage} as {@code repository:tag} and {@code repository:tag-v<version>}. */
  public static Target of(String stage, ImageRef moving, String version) {
    Checks.check(version != null && SEMVER.matcher(version).matches(),
        "version %s is not semver: write major.minor.patch such as 1.0.0",
        Checks.quoted(String.valueOf(version)));
    Checks.notNull(moving, "moving tag");
    if (moving.tag().isEmpty()) { // the message only on failure: a tier's targets are derived per service
      Checks.check(false, "image %s has no tag: name the moving tag its versions are named after, such as %s:base",
          Checks.quote(moving.toString()), moving.repository());
    }
    return new Target(stage, List.of(moving, moving.withTag(moving.tag() + "-v" + version)));
  }

  /** Publishes {@code stage} as each of {@code tags}, e.g. {@code "example/app:1.2.3"}; children name the last. */
  public static Target tagged(String stage, String... tags) {
    return new Target(stage, Checks.within("target " + stage, () -> Checks.asList(tags, "tags").stream()
        .map(t -> Checks.within("tag", () -> ImageRef.parse(t))).toList()));
  }

  /** The first tag, which names the target in titles and summaries. */
  public ImageRef moving() {
    return tags.get(0);
  }

  /** The last tag, which children's FROM lines name. */
  public ImageRef pinned() {
    return tags.get(tags.size() - 1);
  }
}
