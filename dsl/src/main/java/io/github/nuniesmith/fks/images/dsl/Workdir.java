package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/**
 * Sets the working directory for the instructions after it and for the container; use it instead
 * of {@code cd} in a RUN. Absolute, relative (to the previous working directory) or with variables
 * such as {@code ${HOME}}; that it is absolute is a lint choice (FKS015).
 *
 * @param path the directory as Docker reads it, variables unexpanded
 */
public record Workdir(String path) implements Step {
  /** Validates the path. */
  public Workdir {
    Checks.text(path, "workdir");
  }

  /** The absolute directory {@code path}. */
  public Workdir(AbsolutePath path) {
    this(Checks.notNull(path, "workdir").value());
  }

  /** Whether the path is absolute, or starts with a variable that may hold an absolute path. */
  public boolean absolute() {
    return path.startsWith("/") || path.startsWith("$");
  }

  @Override
  public List<String> expanded() {
    return List.of(path);
  }

  @Override
  public String describe() {
    return "workdir";
  }
}
