package io.github.nuniesmith.fks.images.dsl;

import java.util.List;
import java.util.regex.Pattern;

/** Checks of shell text written into a RUN, which protect the Dockerfile's structure around it. */
final class ShellText {
  /** {@code <<} and {@code <<-}, but not the here-string {@code <<<}. */
  static final Pattern HEREDOC = Pattern.compile("(?<!<)<<(?!<)");
  /** A shell comment: {@code #} at the start of a word. */
  private static final Pattern COMMENT = Pattern.compile("(^|\\s)#");

  private ShellText() {}

  /**
   * {@code text} without its leading and trailing blank lines, each line printable (tabs allowed),
   * at most {@link Checks#MAX_TEXT} long.
   */
  static String lines(String text, String what) {
    Checks.notTooLong(text, what);
    Checks.check(!text.isBlank(), "%s is empty: give a value", what);
    String trimmed = text.replaceFirst("^(?:[ \\t]*\\n)+", "").stripTrailing();
    for (String line : trimmed.split("\n", -1)) {
      // A tab is text in a shell script (and what <<- strips); every other control character is refused.
      Checks.printableWithTabs(line, what + " line");
    }
    return trimmed;
  }

  /**
   * A command on one line that other text follows in the same instruction: no final backslash, no
   * heredoc operator.
   */
  static String oneLine(String command, String what) {
    // A tab is a blank to the shell, and text inside its quotes (makeOpts='<tab>TARGET=...').
    Checks.textWithTabs(command, what);
    // The Dockerfile parser reads a final backslash, even before spaces, as a line continuation.
    Checks.check(!command.stripTrailing().endsWith("\\"),
        "%s %s ends in a backslash, which would join the next Dockerfile instruction to it:"
            + " remove the backslash", what, Checks.quote(command));
    // BuildKit (syntax 1.4+) reads a word such as <<EOF as a heredoc that takes the next lines of the
    // Dockerfile, the next instructions included, as its text until a line equals the delimiter.
    Checks.check(!HEREDOC.matcher(command).find(), "%s %s contains the heredoc operator <<, which"
        + " BuildKit reads as a heredoc taking the following Dockerfile lines as its text: use run(r ->"
        + " r.heredoc(...)) or r.heredocs(command, documents)", what, Checks.quote(command));
    return command;
  }

  /** Whether {@code line} has a shell comment, which swallows whatever Docker joins after it. */
  static boolean hasComment(String line) {
    return COMMENT.matcher(line).find();
  }

  /** Whether {@code line} is a comment line, which Docker drops inside continuation lines. */
  static boolean isCommentLine(String line) {
    return line.strip().startsWith("#");
  }

  /**
   * Lines rendered as continuation lines: each a {@link #oneLine} line without a comment at its end
   * (Docker joins the lines, so the comment would take the lines after it), no blank line (an empty
   * continuation line), and neither the first nor the last a comment line (Docker drops it, so the
   * command would start in the comment, or take in the next instruction).
   */
  static void continuation(List<String> lines, String what) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = what + " line " + (i + 1);
      Checks.check(!line.isBlank(), "%s is blank, which Docker reads as an empty continuation line: remove it,"
          + " or render the command as a heredoc", where);
      if (isCommentLine(line)) {
        Checks.check(i > 0 && i < lines.size() - 1, "%s %s is a comment, which Docker drops from continuation"
            + " lines, so the %s: put it between two command lines, or above the RUN with comment(...)", where,
            Checks.quote(line), i == 0 ? "command would start in it" : "RUN would take in the next instruction");
        continue;
      }
      oneLine(line, where);
      Checks.check(i == lines.size() - 1 || !hasComment(line), "%s %s ends in a comment, which would comment out"
          + " the lines after it once Docker joins them: put the comment on a line of its own, or render the"
          + " command as a heredoc", where, Checks.quote(line));
    }
  }
}
