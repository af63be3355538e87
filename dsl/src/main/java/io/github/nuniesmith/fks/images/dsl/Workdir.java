package io.github.nuniesmith.fks.images.dsl;

/**
 * Sets the working directory, which must be absolute. Use it instead of {@code cd} in a RUN.
 *
 * @param path the directory
 */
public record Workdir(AbsolutePath path) implements Step {
  /** Validates the path. */
  public Workdir {
    Checks.notNull(path, "workdir");
  }

  @Override
  public String describe() {
    return "workdir";
  }

  @Override
  public java.util.List<String> expanded() {
    return java.util.List.of(path.value());
  }
}
