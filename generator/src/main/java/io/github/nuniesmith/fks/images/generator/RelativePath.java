package io.github.nuniesmith.fks.images.generator;

import java.nio.file.Path;
import java.util.Optional;

/** Paths as messages and generated files name them: from a root folder, {@code /}-separated. */
public final class RelativePath {
  private RelativePath() {}

  /** {@code path} from {@code root} ({@code ""} for the root itself), or empty when it is outside it. */
  public static Optional<String> of(Path root, Path path) {
    Path base = root.toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(base) ? Optional.of(slashed(base.relativize(absolute))) : Optional.empty();
  }

  /** {@code path} from {@code root} when inside it, else absolute: as a reader finds it. */
  public static String shown(Path root, Path path) {
    return of(root, path).orElseGet(() -> slashed(path.toAbsolutePath().normalize()));
  }

  /**
   * The file {@code file} as seen from the folder {@code folder}, both plain relative paths from one
   * root ({@code /}-separated names, no {@code .} or {@code ..}, as {@link RepositoryLayout} and the
   * model's paths are): what {@link Path#relativize} gives, without making paths.
   */
  static String between(String folder, String file) {
    String[] from = folder.isEmpty() ? new String[0] : folder.split("/");
    String[] to = file.split("/");
    int common = 0;
    while (common < from.length && common < to.length && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder out = new StringBuilder();
    for (int i = common; i < from.length; i++) {
      out.append("../");
    }
    for (int i = common; i < to.length; i++) {
      out.append(to[i]).append('/');
    }
    return out.isEmpty() ? "" : out.substring(0, out.length() - 1);
  }

  private static String slashed(Path path) {
    return path.toString().replace(path.getFileSystem().getSeparator(), "/");
  }
}
