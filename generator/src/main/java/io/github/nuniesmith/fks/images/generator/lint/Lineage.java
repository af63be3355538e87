package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A stage and the stages it starts from, nearest first, through earlier stages of its image and
 * targets of other images of the set; it ends at an external image, whose contents are not known.
 *
 * @param stages the stages, each with its image
 */
record Lineage(List<Lineage.Located> stages) {
  /**
   * A stage and the image it belongs to.
   *
   * @param image the image
   * @param stage the stage
   */
  record Located(Image image, Stage stage) {}

  static Lineage of(Image image, Stage stage) {
    List<Located> out = new ArrayList<>();
    Optional<Located> at = Optional.of(new Located(image, stage));
    while (at.isPresent()) {
      out.add(at.get());
      at = parent(at.get().image(), at.get().stage());
    }
    return new Lineage(out);
  }

  /**
   * The stage {@code stage} starts from: a published target's stage, or an earlier stage of {@code
   * image} (also one that a FROM ${ARG} names by default); empty for an external image.
   */
  static Optional<Located> parent(Image image, Stage stage) {
    if (stage.from() instanceof From.Published p) {
      return Optional.of(new Located(p.image(), p.image().stage(p.target()).orElseThrow()));
    }
    return image.parentStage(stage).flatMap(image::stage).map(s -> new Located(image, s));
  }
}
