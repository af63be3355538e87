package io.github.nuniesmith.fks.images.dsl;

import java.util.regex.Pattern;

/**
 * A file that COPY or ADD writes from a here-document: {@code COPY <<EOF /etc/app.conf}, then the
 * content, then a line holding only the delimiter. The delimiter is also the file's name when the
 * destination is a folder, as in {@code COPY <<index.html <<robots.txt /usr/share/nginx/html/}.
 *
 * @param name the delimiter, which names the file in a folder destination; no line of the content equals it
 * @param content the file's text, exactly; each line ends with a newline in the file
 * @param expand whether the delimiter is unquoted, so that Docker expands {@code $NAME} and {@code
 *     ${NAME...}} in the content; false writes {@code <<"EOF"}, which keeps the content as it is
 * @param stripTabs whether it is written {@code <<-}, which strips leading tabs from each line (so no
 *     line of the content starts with one)
 */
public record HeredocFile(String name, String content, boolean expand, boolean stripTabs) {
  /** A delimiter the parser reads as one word and that names a file: no blank, quote, {@code <} or {@code /}. */
  private static final Pattern NAME = Pattern.compile("(?!\\.\\.?$)[A-Za-z0-9_.][A-Za-z0-9_.-]{0,254}");
  private static final String PREFERRED = "EOF";

  /** Validates the name and that no line of the content ends the document early or loses text. */
  public HeredocFile {
    Checks.matches(name, NAME, "heredoc name", "use letters, digits and _ . -, starting with a letter, a digit,"
        + " _ or ., and not . or ..");
    CopyArguments.text(content, "heredoc " + name + " content");
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Checks.check(!lines[i].strip().equals(name), "heredoc %s content line %d %s equals its name, so the"
          + " document would end there and the rest be read as Dockerfile instructions: choose another name",
          name, i + 1, Checks.quote(lines[i]));
      Checks.check(!stripTabs || !lines[i].startsWith("\t"), "heredoc %s content line %d %s starts with a tab,"
          + " which <<- strips: leave out stripTabs(true), or the tab", name, i + 1, Checks.quote(lines[i]));
    }
    if (expand) {
      Checks.check(content.indexOf('\\') < 0, "heredoc %s content has \\, which Docker reads as an escape when it"
          + " expands the content: leave out expand(), or the backslash", name);
      Expansions.names(content, "heredoc " + name + " content");
    }
  }

  /**
   * {@code content}, not expanded, with a delimiter that no line of it equals: {@code EOF}, else {@code
   * EOF1}, {@code EOF2}, ...
   */
  public static HeredocFile of(String content) {
    CopyArguments.text(content, "heredoc content");
    String name = PREFERRED;
    for (int n = 1; clashes(content, name); n++) {
      name = PREFERRED + n;
    }
    return new HeredocFile(name, content, false, false);
  }

  /** The file {@code name} (in a folder destination) with {@code content}, not expanded. */
  public static HeredocFile named(String name, String content) {
    return new HeredocFile(name, content, false, false);
  }

  /** This file with its variable references expanded by Docker: written with an unquoted delimiter. */
  public HeredocFile expanded() {
    return new HeredocFile(name, content, true, stripTabs);
  }

  /** This file written {@code <<-} if {@code stripTabs}, as a Dockerfile that indents its heredocs with tabs writes it. */
  public HeredocFile stripTabs(boolean stripTabs) {
    return new HeredocFile(name, content, expand, stripTabs);
  }

  /** Whether a line of {@code content}, blanks around it ignored, equals {@code name}. */
  private static boolean clashes(String content, String name) {
    return content.lines().anyMatch(line -> line.strip().equals(name));
  }
}
