package io.github.nuniesmith.fks.images.dsl;

/**
 * An absolute path inside an image, e.g. {@code /opt/fks/cpu}. No {@code ..}, no spaces, no shell
 * metacharacters, so that it can be written into any instruction unquoted.
 *
 * @param value the path, starting with {@code /}
 */
public record AbsolutePath(String value) {
  /** Validates the path. */
  public AbsolutePath {
    Checks.text(value, "path");
    Checks.check(value.startsWith("/"),
        "path %s is relative: write an absolute path such as /%s", Checks.quoted(value), value);
    Checks.check(ContextPath.isSafe(value, true),
        "path %s has characters other than letters, digits and . _ + @ - /: rename it",
        Checks.quoted(value));
    Checks.check(!ContextPath.hasSegment(value, "..") && !ContextPath.hasSegment(value, "."),
        "path %s contains . or .. segments: write the path it means", Checks.quoted(value));
  }

  /** The path {@code value}, which must be absolute. */
  public static AbsolutePath of(String value) {
    return new AbsolutePath(value);
  }

  /** This path with {@code child} appended. */
  public AbsolutePath resolve(String child) {
    return new AbsolutePath(value.endsWith("/") ? value + child : value + "/" + child);
  }

  @Override
  public String toString() {
    return value;
  }
}
