package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a set's definitions name its images: a tier, a service, or an image defined stage by stage.
 * Found once per lint run, so naming every image costs linear time.
 *
 * @param tiers the names of the set's tiers
 * @param services the names of the set's services
 */
record DefinitionNames(Set<String> tiers, Set<String> services) {
  /** The names of {@code set}'s tiers and services. */
  static DefinitionNames of(ImageSet set) {
    Hierarchy hierarchy = Hierarchy.of(set);
    return new DefinitionNames(hierarchy.tiers().stream().map(t -> t.name()).collect(Collectors.toUnmodifiableSet()),
        hierarchy.services().stream().map(s -> s.name()).collect(Collectors.toUnmodifiableSet()));
  }

  /** {@code image} as its definition names it: {@code tier ml}, {@code service ai} or {@code image x}. */
  String of(Image image) {
    String name = image.name();
    return tiers.contains(name) ? "tier " + name : services.contains(name) ? "service " + name : "image " + name;
  }
}
