package io.github.nuniesmith.fks.images.dsl;

import java.util.regex.Pattern;

/**
 * A here-document of a RUN: text that follows the instruction up to a line holding only its
 * delimiter. {@link #of} picks a delimiter that no line of the text equals.
 *
 * @param delimiter the word that ends it, e.g. {@code EOF}; no line of the body equals it
 * @param body its text, one or more lines; leading and trailing blank lines are dropped
 * @param stripTabs whether it is written {@code <<-}, which strips leading tabs from each line
 * @param expand whether the delimiter is unquoted, so that variables in the body are expanded;
 *     false writes {@code <<"EOF"}, which keeps the body as it is
 */
public record Heredoc(String delimiter, String body, boolean stripTabs, boolean expand) {
  private static final Pattern DELIMITER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
  private static final String PREFERRED = "EOF";

  /** Validates the delimiter and that no line of the body ends the document early. */
  public Heredoc {
    Checks.matches(delimiter, DELIMITER, "heredoc delimiter", "use letters, digits and _, not starting with a digit");
    body = ShellText.lines(body, "heredoc body");
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Checks.check(!ends(lines[i], delimiter), "heredoc body line %d %s equals the delimiter %s, so the"
          + " document would end there and the rest be read as Dockerfile instructions: choose another delimiter,"
          + " or let Heredoc.of pick one", i + 1, Checks.quote(lines[i]), Checks.quote(delimiter));
    }
  }

  /** {@code body} with a delimiter that no line of it equals: {@code EOF}, else {@code EOF_1}, {@code EOF_2}, ... */
  public static Heredoc of(String body) {
    String text = ShellText.lines(body, "heredoc body");
    String delimiter = PREFERRED;
    for (int n = 1; clashes(text, delimiter); n++) {
      delimiter = PREFERRED + "_" + n;
    }
    return new Heredoc(delimiter, text, false, true);
  }

  /** {@code body} ended by {@code delimiter}, which the command of a RUN names, e.g. {@code python3 <<PY}. */
  public static Heredoc named(String delimiter, String body) {
    return new Heredoc(delimiter, body, false, true);
  }

  /** This document run by {@code interpreter}, e.g. {@code /usr/bin/env python3}: its first line becomes {@code #!interpreter}. */
  public Heredoc interpreter(String interpreter) {
    Checks.text(interpreter, "heredoc interpreter");
    Checks.check(interpreter.startsWith("/"), "heredoc interpreter %s is not an absolute path: write the"
        + " program's path, e.g. /usr/bin/env python3", Checks.quote(interpreter));
    return new Heredoc(delimiter, "#!" + interpreter + "\n" + body, stripTabs, expand);
  }

  /** This document written {@code <<-} if {@code stripTabs}, so that leading tabs of its lines are stripped. */
  public Heredoc stripTabs(boolean stripTabs) {
    return new Heredoc(delimiter, body, stripTabs, expand);
  }

  /** This document with a quoted delimiter, so that its body is not expanded. */
  public Heredoc literal() {
    return new Heredoc(delimiter, body, stripTabs, false);
  }

  /** The word that starts it in the command, e.g. {@code <<EOF} or {@code <<-"EOF"}. */
  public String marker() {
    return "<<" + (stripTabs ? "-" : "") + (expand ? delimiter : "\"" + delimiter + "\"");
  }

  private static boolean clashes(String text, String delimiter) {
    return text.lines().anyMatch(line -> ends(line, delimiter));
  }

  /**
   * Whether {@code line} would end a document delimited by {@code delimiter}: blanks around it are
   * ignored, which covers the tabs {@code <<-} strips and is safe whatever the parser trims.
   */
  private static boolean ends(String line, String delimiter) {
    return line.strip().equals(delimiter);
  }
}
