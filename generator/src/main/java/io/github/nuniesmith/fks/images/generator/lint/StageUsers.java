package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Stage;
import java.util.List;
import java.util.Optional;

/**
 * The user a stage's instructions run as, read from the rendered USER lines (whatever step wrote
 * them) and followed through the stages it starts from: earlier stages of its image and targets of
 * other images of the set. An external base image is taken to run as root, Docker's default.
 */
final class StageUsers {
  private StageUsers() {}

  /**
   * A USER line.
   *
   * @param user its argument, e.g. {@code 10001:10001}, {@code root} or {@code ${NB_UID}}
   * @param image the image whose Dockerfile has it
   * @param file that Dockerfile's path
   * @param stage the stage it is in
   * @param line its line
   */
  record Switch(String user, String image, String file, String stage, int line) {
    /** Whether it switches to root: the name {@code root} or the id 0, with any group. */
    boolean root() {
      String name = user.split(":", 2)[0];
      return name.equals("root") || name.matches("0+");
    }

    /** Where it is, seen from a finding in {@code fromImage}: its line, or its image, stage and file. */
    String where(String fromImage, String fromStage) {
      return image.equals(fromImage) && stage.equals(fromStage) ? "at line " + line
          : "in image " + image + ", stage " + stage + " (" + file + ":" + line + ")";
    }
  }

  /** The last USER a stage's instructions switch to, or the one it starts as; empty for root by default. */
  static Optional<Switch> atEnd(LintSubject subject, Image image, Stage stage) {
    Switch last = null;
    for (RenderedDockerfile.Line line : lines(subject, image, stage)) {
      if (line.keyword().equals("USER")) {
        last = new Switch(line.text(), image.name(), image.dockerfile().value(), stage.name(), line.number());
      }
    }
    return last != null ? Optional.of(last) : atStart(subject, image, stage);
  }

  /** The user a stage starts as: the one its parent stage ends as; empty for an external base image. */
  static Optional<Switch> atStart(LintSubject subject, Image image, Stage stage) {
    if (stage.from() instanceof From.Previous p) {
      return atEnd(subject, image, image.stage(p.stage()).orElseThrow());
    } else if (stage.from() instanceof From.Published p) {
      return atEnd(subject, p.image(), p.image().stage(p.target()).orElseThrow());
    }
    return Optional.empty();
  }

  /** The rendered instructions of {@code stage} of {@code image}, its FROM first. */
  static List<RenderedDockerfile.Line> lines(LintSubject subject, Image image, Stage stage) {
    RenderedDockerfile file = subject.rendered().getOrDefault(image.name(), subject.dockerfile());
    return file.byStage().getOrDefault(stage.name(), List.of());
  }
}
