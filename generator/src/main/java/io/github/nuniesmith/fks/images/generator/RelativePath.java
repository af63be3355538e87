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

  private static String slashed(Path path) {
    return path.toString().replace(path.getFileSystem().getSeparator(), "/");
  }
}
