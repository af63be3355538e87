package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Stage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user each stage's instructions run as, read from the rendered USER lines (whatever step wrote
 * them) and followed through the stages it starts from: earlier stages of its image and targets of
 * other images of the set. An external base image is taken to run as root, Docker's default. One
 * per lint run: each image's stages and each stage's last user are found once, so a long chain of
 * stages costs linear time.
 */
final class StageUsers {
  private final Map<String, RenderedDockerfile> rendered;
  /** Shared by the threads of a lint run: a stage two of them find at once, each finds equal. */
  private final Map<String, Optional<Switch>> ends = new ConcurrentHashMap<>();

  /** The users of a set whose images were rendered as {@code rendered}, by image name. */
  StageUsers(Map<String, RenderedDockerfile> rendered) {
    this.rendered = rendered;
  }

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
      int colon = user.indexOf(':');
      int end = colon < 0 ? user.length() : colon;
      if (end == 4 && user.startsWith("root")) {
        return true;
      }
      // Every USER line of every stage passes here: a loop rather than a split and a stream.
      for (int i = 0; i < end; i++) {
        if (user.charAt(i) != '0') {
          return false;
        }
      }
      return end > 0;
    }

    /** Where it is, seen from a finding in {@code fromStage} of {@code fromImage}: as near as it is. */
    String where(String fromImage, String fromStage) {
      return !image.equals(fromImage) ? "in image " + image + ", stage " + stage + " (" + file + ":" + line + ")"
          : (stage.equals(fromStage) ? "" : "in stage " + stage + " ") + "at line " + line;
    }
  }

  /** The last USER a stage's instructions switch to, else the one it starts as; empty for root by default. */
  Optional<Switch> atEnd(Image image, Stage stage) {
    String key = image.name() + "\n" + stage.name();
    Optional<Switch> known = ends.get(key);
    if (known != null) {
      return known;
    }
    Switch last = null;
    for (RenderedDockerfile.Line line : lines(image, stage)) {
      if (line.keyword().equals("USER")) {
        last = at(image, stage, line);
      }
    }
    Optional<Switch> end = last != null ? Optional.of(last) : atStart(image, stage);
    ends.put(key, end);
    return end;
  }

  /** The user a stage starts as: the one its parent stage ends as; empty for an external base image. */
  Optional<Switch> atStart(Image image, Stage stage) {
    if (stage.from() instanceof From.Previous p) {
      return atEnd(image, image.stage(p.stage()).orElseThrow());
    } else if (stage.from() instanceof From.Published p) {
      return atEnd(p.image(), p.image().stage(p.target()).orElseThrow());
    }
    return Optional.empty();
  }

  /** The USER line {@code line} of {@code stage} of {@code image}. */
  static Switch at(Image image, Stage stage, RenderedDockerfile.Line line) {
    return new Switch(line.text(), image.name(), image.dockerfile().value(), stage.name(), line.number());
  }

  /** The rendered instructions of {@code stage} of {@code image}, its FROM first. */
  List<RenderedDockerfile.Line> lines(Image image, Stage stage) {
    return rendered.get(image.name()).byStage().getOrDefault(stage.name(), List.of());
  }
}
