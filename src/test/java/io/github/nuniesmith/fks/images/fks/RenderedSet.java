package io.github.nuniesmith.fks.images.fks;

import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.Target;
import io.github.nuniesmith.fks.images.generator.ContextFiles;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.Generator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An image set with its Dockerfiles rendered in memory as {@code generate} renders them, and the
 * facts about it that tests derive their expectations from: each image's steps and parents.
 */
record RenderedSet(ImageSet set, Map<String, String> files) {
  /** The generator of the FKS module, as the Maven goals configure it. */
  static final Generator GENERATOR = new Generator("src/main/java", "./mvnw -Pgenerate");

  /** The FKS set under {@code strategy}. */
  static RenderedSet of(Strategy strategy) {
    return of(new FksImages().imageSet(strategy));
  }

  static RenderedSet of(ImageSet set) {
    Map<String, String> files = new LinkedHashMap<>();
    for (GeneratedFile f : GENERATOR.render(set)) {
      files.put(f.path(), f.content());
    }
    return new RenderedSet(set, files);
  }

  /** The content tag that the children of {@code image} name in FROM for its {@code target}. */
  String contentTag(String image, Target target) {
    return GENERATOR.contentTags(set, ContextFiles.NONE).of(image, target).orElseThrow(
        () -> new AssertionError("no image builds on " + image + ", so it has no content tag")).toString();
  }

  /** The rendered Dockerfile of {@code image}. */
  String text(Image image) {
    return files.get(image.dockerfile().value());
  }

  DockerfileText parsed(Image image) {
    return DockerfileText.parse(text(image));
  }

  /** Every step of {@code image} of type {@code type}, in stage order. */
  static <T extends Step> List<T> steps(Image image, Class<T> type) {
    return image.stages().stream().flatMap(s -> s.steps().stream()).filter(type::isInstance).map(type::cast).toList();
  }

  /** The images {@code image} builds on: those its stages start from. */
  static List<String> parents(Image image) {
    Set<String> parents = new LinkedHashSet<>();
    for (Stage stage : image.stages()) {
      if (stage.from() instanceof From.Published p) {
        parents.add(p.image().name());
      }
    }
    return List.copyOf(parents);
  }

  /** {@code roots} and every image built on one of them, directly or not, in the set's order. */
  List<String> builtOn(Set<String> roots) {
    Set<String> out = new LinkedHashSet<>(roots);
    for (boolean grew = true; grew; ) {
      grew = false;
      for (Image image : set.images()) {
        if (!out.contains(image.name()) && parents(image).stream().anyMatch(out::contains)) {
          grew = out.add(image.name());
        }
      }
    }
    List<String> ordered = new ArrayList<>();
    set.images().stream().map(Image::name).filter(out::contains).forEach(ordered::add);
    return ordered;
  }

  /** Every image's name, in the set's order (parents first). */
  List<String> names() {
    return set.images().stream().map(Image::name).toList();
  }
}
