package io.github.nuniesmith.fks.images.dsl;

import java.util.regex.Pattern;

/**
 * A path relative to a build context or an output folder, e.g. {@code requirements.txt} or {@code
 * src/}. It can never leave its folder: no leading {@code /}, no {@code ..}, no shell metacharacters.
 *
 * @param value the relative path
 */
public record ContextPath(String value) {
  /** Device names Windows reserves, with or without an extension, in any case. */
  private static final Pattern WINDOWS_RESERVED =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\\..*)?");
  private static final Alphabet PATH_CHARACTERS = new Alphabet("A-Za-z0-9._+@/-");

  /** Validates the path. */
  public ContextPath {
    Checks.text(value, "relative path");
    Checks.check(!value.startsWith("/"),
        "relative path %s is absolute: write it relative to its folder", Checks.quoted(value));
    Checks.check(!hasSegment(value, "..") && !hasSegment(value, "."),
        "relative path %s contains . or .. segments, which could leave its folder: remove them",
        Checks.quoted(value));
    // A leading - would be read as a flag where the path is an argument (COPY, a bind mount's source).
    Checks.check(!value.startsWith("-"), "relative path %s starts with -, which Docker would read as a flag:"
        + " rename it", Checks.quoted(value));
    Checks.check(isSafe(value, false),
        "relative path %s has characters other than letters, digits and . _ + @ - /: rename it",
        Checks.quoted(value));
    // Each segment by index, without a copy unless it may be a device name.
    for (int start = 0, end; start < value.length(); start = end + 1) {
      end = value.indexOf('/', start);
      end = end < 0 ? value.length() : end;
      if (value.charAt(end - 1) == '.' || windowsReserved(value, start, end)) {
        // The message is built only on failure: quoting the whole path for every segment would be quadratic.
        Checks.check(false, "relative path %s has the segment %s, which Windows cannot check out (a device name"
            + " such as con, aux or nul, or a name ending in a dot): rename it", Checks.quoted(value),
            Checks.quoted(value.substring(start, end)));
      }
    }
  }

  /**
   * Whether {@code value} is names of letters, digits and {@code . _ + @ -} between single slashes, maybe
   * ending in a slash, starting with one if and only if {@code absolute}: what the patterns
   * {@code [A-Za-z0-9._+@-]++(?:/[A-Za-z0-9._+@-]++)*+/?} (relative) and
   * {@code /|(?:/[A-Za-z0-9._+@-]++)++/?} (absolute) match, by a loop.
   */
  static boolean isSafe(String value, boolean absolute) {
    if (value.isEmpty() || (value.charAt(0) == '/') != absolute) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!PATH_CHARACTERS.contains(c) || (c == '/' && i > 0 && value.charAt(i - 1) == '/')) {
        return false;
      }
    }
    return true;
  }

  /** Whether the segment of {@code path} from {@code start} to {@code end} is a device name Windows reserves. */
  private static boolean windowsReserved(String path, int start, int end) {
    int dot = path.indexOf('.', start);
    int stem = dot < 0 || dot > end ? end - start : dot - start;
    // Every device name is 3 or 4 characters long: the pattern only for a stem of that length.
    return (stem == 3 || stem == 4) && WINDOWS_RESERVED.matcher(path.substring(start, end)).matches();
  }

  /** Whether {@code path} has the segment {@code segment} between its slashes or at either end; copies nothing. */
  static boolean hasSegment(String path, String segment) {
    int start = 0;
    while (true) {
      int end = path.indexOf('/', start);
      end = end < 0 ? path.length() : end;
      if (end - start == segment.length() && path.startsWith(segment, start)) {
        return true;
      }
      if (end == path.length()) {
        return false;
      }
      start = end + 1;
    }
  }

  /** The relative path {@code value}. */
  public static ContextPath of(String value) {
    return new ContextPath(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
