package io.github.nuniesmith.fks.images.generator;

/**
 * A file the generator writes: its path relative to the output folder, and its full text.
 *
 * @param path relative path with {@code /} separators, e.g. {@code docker/Dockerfile.ml}
 * @param content the text, with {@code \n} line endings
 */
public record GeneratedFile(String path, String content) {
  /** The file at {@code path} with {@code text}, whose header's pending seal is filled in. */
  public static GeneratedFile withSeal(String path, String text) {
    try {
      return new GeneratedFile(path, ContentSeal.seal(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot seal " + path + ": " + e.getMessage(), e);
    }
  }
}
