package io.github.nuniesmith.fks.images.generator.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Finds the Dockerfiles to import in a file or a folder. */
public final class DockerfileInputs {
  private DockerfileInputs() {}

  /**
   * The Dockerfiles at {@code fileOrFolder}: the file itself, or every file in the folder and its
   * subfolders named {@code Dockerfile}, {@code Dockerfile.*}, {@code *.Dockerfile}, {@code *.dockerfile}
   * or {@code Containerfile}, sorted by relative path. Symbolic links to folders are not followed.
   *
   * @throws IllegalArgumentException when {@code fileOrFolder} does not exist, naming it
   */
  public static List<DockerfileInput> find(Path fileOrFolder) {
    if (!Files.exists(fileOrFolder)) {
      throw new IllegalArgumentException("the import source " + fileOrFolder + " does not exist: give a Dockerfile"
          + " or a folder that holds Dockerfiles");
    }
    try {
      if (!Files.isDirectory(fileOrFolder)) {
        Path real = fileOrFolder.toRealPath();
        return List.of(new DockerfileInput(fileOrFolder.getFileName().toString(), fileOrFolder, real));
      }
      Path folder = fileOrFolder.toRealPath();
      try (Stream<Path> walk = Files.walk(folder)) {
        return walk.filter(p -> !Files.isDirectory(p) && isDockerfile(p.getFileName().toString()))
            .map(p -> new DockerfileInput(relative(folder, p), p, folder))
            .sorted(Comparator.comparing(DockerfileInput::path))
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + fileOrFolder + ": " + e.getMessage(), e);
    }
  }

  /** Whether {@code name} is the name of a Dockerfile. */
  static boolean isDockerfile(String name) {
    return name.equals("Dockerfile") || name.equals("Containerfile") || name.startsWith("Dockerfile.")
        || name.endsWith(".Dockerfile") || name.endsWith(".dockerfile");
  }

  private static String relative(Path folder, Path file) {
    return folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }
}
