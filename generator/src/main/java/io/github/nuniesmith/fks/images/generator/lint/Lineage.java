package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Stage;
import java.util.ArrayList;
import java.util.List;

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
    Image i = image;
    Stage s = stage;
    while (s != null) {
      out.add(new Located(i, s));
      if (s.from() instanceof From.Published p) {
        i = p.image();
        s = i.stage(p.target()).orElseThrow();
      } else {
        // An earlier stage, also one that a FROM ${ARG} names by default.
        s = i.parentStage(s).flatMap(i::stage).orElse(null);
      }
    }
    return new Lineage(out);
  }
}
