package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/**
 * Marks paths as mount points for volumes (VOLUME). Rendered in plain form ({@code VOLUME /data /logs})
 * when every path is one word, else in JSON form ({@code VOLUME ["/my data"]}).
 *
 * @param paths one or more paths inside the image, variables allowed
 */
public record Volume(List<String> paths) implements Step {
  /** Validates the paths. */
  public Volume {
    paths = Checks.nonEmpty(paths, "volume");
    paths.forEach(p -> Checks.text(p, "volume path"));
  }

  @Override
  public List<String> expanded() {
    return paths;
  }

  @Override
  public String describe() {
    return "volume " + String.join(" ", paths);
  }
}
