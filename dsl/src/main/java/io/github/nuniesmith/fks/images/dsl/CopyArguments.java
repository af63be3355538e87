package io.github.nuniesmith.fks.images.dsl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks COPY and ADD share for their paths and flag values: what Docker accepts, less what
 * would break the rendered instruction or leave the build context.
 */
final class CopyArguments {
  /** A variable reference Docker expands: {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-x}}, {@code ${NAME:+x}}. */
  static final String VARIABLE = "\\$(?:[A-Za-z_][A-Za-z0-9_]*+|\\{[A-Za-z_][A-Za-z0-9_]*+(?::[-+][^{}$\\s:]*+)?\\})";
  /** A user or group of {@code --chown}: a name, an id or variables. */
  static final Pattern OWNER = Pattern.compile("(?:[A-Za-z0-9_.-]|" + VARIABLE + ")++");
  /** {@code --chmod}: octal, symbolic as chmod(1) writes it (Dockerfile 1.14), or a variable. */
  static final Pattern MODE = Pattern.compile(
      "[0-7]{3,4}|[ugoa]*+(?:[-+=][rwxXst]*+)++(?:,[ugoa]*+(?:[-+=][rwxXst]*+)++)*+|" + VARIABLE);
  private static final Pattern WHITESPACE = Pattern.compile("\\s");

  private CopyArguments() {}

  /**
   * A source or destination path: printable text that Docker reads as one argument. Spaces are
   * fine (the instruction then takes the JSON form); a backslash is text in a Windows path (the image
   * refuses a lone one under the escape {@code \}, where it is written {@code \\}); a backtick, a
   * leading {@code -} or {@code <<} would change what Docker reads.
   */
  static String path(String value, String what) {
    Checks.text(value, what);
    Checks.check(value.indexOf('`') < 0,
        "%s %s contains `, which a Dockerfile reads as an escape character: rename it", what, Checks.quoted(value));
    Checks.check(!value.startsWith("-"),
        "%s %s starts with -, which Docker would read as a flag: rename it, or write ./%s", what,
        Checks.quoted(value), value);
    Checks.check(!value.startsWith("<<"),
        "%s %s starts with <<, which Docker would read as a heredoc: to copy text, use text(...)", what,
        Checks.quoted(value));
    return value;
  }

  /**
   * Whether {@code destination} names a directory, as Docker requires of several sources: it ends in
   * {@code /}, or in {@code \}, the separator Docker reads on Windows ({@code C:\Windows\System32\}).
   */
  static boolean directory(String destination) {
    return destination.endsWith("/") || destination.endsWith("\\");
  }

  /** A path in the build context, which may not leave it through {@code ..}. */
  static String contextPath(String value, String what) {
    path(value, what);
    Checks.check(!ContextPath.hasSegment(value, ".."),
        "%s %s has a .. segment, which would leave the build context: name a path inside it", what,
        Checks.quoted(value));
    return value;
  }

  /** A flag's value, e.g. of {@code --exclude}: one word, since flags end at a blank. */
  static String flagValue(String value, String what) {
    Checks.text(value, what);
    Checks.check(!WHITESPACE.matcher(value).find() && value.indexOf('\\') < 0 && value.indexOf('`') < 0,
        "%s %s contains a blank, \\ or `, which would end or escape the flag: leave them out", what,
        Checks.quoted(value));
    return value;
  }

  /** A {@code --chmod} value. */
  static String mode(String value) {
    return Checks.matches(value, MODE, "chmod",
        "write octal such as 0755, symbolic such as u=rwX,go=rX, or a variable such as ${MODE}");
  }

  /** The files of a COPY or ADD written from heredocs: not null, each name once. */
  static List<HeredocFile> heredocs(List<HeredocFile> files, String what) {
    Checks.notNull(files, what + " heredocs");
    Set<String> names = new HashSet<>();
    for (HeredocFile file : files) {
      Checks.check(file != null, "%s heredocs contains null: remove it", what);
      Checks.check(names.add(file.name()), "%s has two heredocs named %s: a name ends its document and names its"
          + " file, so give each its own", what, file.name());
    }
    return List.copyOf(files);
  }

  /** A destination that heredocs are written to, which the parser reads as one unquoted word. */
  static void heredocDestination(List<HeredocFile> files, String destination) {
    Checks.check(files.isEmpty() || !destination.chars().anyMatch(Character::isWhitespace),
        "writes text to %s, which has a blank: a heredoc's destination cannot be quoted, so rename it",
        Checks.quoted(destination));
  }

  /**
   * The content of a file written from a heredoc: any printable text, tabs and newlines included,
   * up to {@link Checks#MAX_TEXT} characters. A carriage return or other control character would be
   * invisible in review.
   */
  static String text(String value, String what) {
    Checks.notTooLong(value, what);
    String[] lines = value.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Checks.printableWithTabs(lines[i], what + " line " + (i + 1));
    }
    return value;
  }
}
