package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The checks of mount option values, which may hold variables and may not break the comma-separated flag. */
final class MountValues {
  private static final String PATH_CHAR = "(?:[A-Za-z0-9._+@/-]|" + Mount.VARIABLE + ")";
  private static final Pattern TARGET = Pattern.compile("(?:/|" + Mount.VARIABLE + ")" + PATH_CHAR + "*+");
  private static final Pattern RELATIVE = Pattern.compile("(?![/-])" + PATH_CHAR + "++");
  private static final Pattern ANY_PATH = Pattern.compile("(?!-)" + PATH_CHAR + "++");
  private static final Pattern ID_VALUE = Pattern.compile("(?:[A-Za-z0-9]|" + Mount.VARIABLE + ")"
      + "(?:[A-Za-z0-9._/-]|" + Mount.VARIABLE + "){0,127}+");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,10}|" + Mount.VARIABLE);
  private static final Pattern MODE = Pattern.compile("[0-7]{3,4}|" + Mount.VARIABLE);
  private static final Pattern SIZE = Pattern.compile("[0-9]{1,19}(?:[kKmMgG][bB]?|[bB])?|" + Mount.VARIABLE);
  private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.\\.?(/|$)");
  private static final String PATH_RULE = "use letters, digits, . _ + @ - / and variables such as ${HOME}";

  private MountValues() {}

  static void target(String value, String what) {
    Checks.matches(value, TARGET, what, "write an absolute path or one starting with a variable; " + PATH_RULE);
    noDotSegments(value, what);
  }

  /**
   * A bind target: as {@link #target}, or relative to the WORKDIR, which BuildKit resolves it against:
   * {@code .} for the WORKDIR itself, or a path such as {@code go.sum}.
   */
  static void bindTarget(String value, String what) {
    if (".".equals(value)) {
      return;
    }
    Checks.matches(value, ANY_PATH, what, "write an absolute path, one starting with a variable, one relative to the"
        + " WORKDIR, or . for the WORKDIR itself; " + PATH_RULE + ", not starting with -");
    noDotSegments(value, what);
  }

  /** A source: relative in the build context, absolute or relative in a stage or image. */
  static void source(String value, boolean inStageOrImage, String what) {
    if (inStageOrImage) {
      Checks.matches(value, ANY_PATH, what, PATH_RULE);
    } else {
      Checks.text(value, what);
      Checks.check(!value.startsWith("/"), "%s %s is absolute, but the build context takes relative paths:"
          + " write it relative to the context, or name the stage or image it is a path in with from(...)",
          what, Checks.quoted(value));
      Checks.matches(value, RELATIVE, what, PATH_RULE + ", not starting with -");
    }
    noDotSegments(value, what);
  }

  static void id(String value, String what) {
    Checks.matches(value, ID_VALUE, what, "use letters, digits, . _ - / and variables, starting with a letter,"
        + " a digit or a variable");
  }

  static void number(String value, String what) {
    Checks.matches(value, NUMBER, what, "use a number such as 1000 or a variable such as ${NB_UID}");
  }

  static void mode(String value, String what) {
    Checks.matches(value, MODE, what, "use an octal mode such as 0755 or a variable");
  }

  static void size(String value, String what) {
    Checks.matches(value, SIZE, what, "use bytes with an optional k, m or g such as 64m, or a variable");
  }

  private static void noDotSegments(String value, String what) {
    Checks.check(!DOT_SEGMENT.matcher(value).find(), "%s %s contains . or .. segments: write the path it means",
        what, Checks.quoted(value));
  }

  @SafeVarargs
  static List<String> present(Optional<String>... values) {
    List<String> out = new ArrayList<>();
    for (Optional<String> value : values) {
      value.ifPresent((Consumer<String>) out::add);
    }
    return List.copyOf(out);
  }
}
