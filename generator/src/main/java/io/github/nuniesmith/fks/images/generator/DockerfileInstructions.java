package io.github.nuniesmith.fks.images.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read as BuildKit reads it: parser directives at the top, instructions with their
 * continuation lines joined (with the file's escape character), comment and empty lines skipped even
 * inside a continuation, and heredoc bodies kept with the instruction that opens them. The one parser
 * of Dockerfile text; lint and the external checks build their views on it.
 */
public final class DockerfileInstructions {
  /** {@code # key=value} at the top of the file (moby/buildkit frontend/dockerfile/parser/directives.go). */
  private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*");
  private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");
  /** A word that opens a heredoc: an optional fd, {@code <<} or {@code <<-}, the delimiter, never {@code <<<}. */
  private static final Pattern HEREDOC = Pattern.compile("\\d*<<(-?)([^<\\s]+)");
  /** The instructions of the Dockerfile reference. */
  public static final List<String> KEYWORDS = List.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE",
      "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME",
      "WORKDIR");
  /** The instructions whose heredocs BuildKit reads. */
  private static final Set<String> HEREDOC_KEYWORDS = Set.of("RUN", "COPY", "ADD");

  private DockerfileInstructions() {}

  /**
   * A heredoc: {@code <<EOF} and the lines up to the one that equals its delimiter.
   *
   * @param delimiter the delimiter, without quotes
   * @param stripTabs whether it was {@code <<-}, which strips leading tabs from the body and the end line
   * @param expands whether variables in the body are expanded: false when the delimiter was quoted
   * @param body the lines between, each ending in a newline, as the instruction sees them (a CRLF file's
   *     lines end in LF here, where BuildKit would keep the CR in the body)
   * @param line the 1-based line the body starts on
   */
  public record Heredoc(String delimiter, boolean stripTabs, boolean expands, String body, int line) {}

  /**
   * One instruction.
   *
   * @param keyword the keyword in upper case, e.g. {@code RUN}
   * @param arguments the text after it, continuation lines joined without their escape characters
   * @param line the 1-based line the instruction starts on
   * @param offsets where each physical line's text starts in {@code arguments}
   * @param lines the 1-based line of each of those
   * @param heredocs the heredocs it opens, in order
   */
  public record Instruction(String keyword, String arguments, int line, List<Integer> offsets, List<Integer> lines,
      List<Heredoc> heredocs) {
    /** Copies the lists. */
    public Instruction {
      offsets = List.copyOf(offsets);
      lines = List.copyOf(lines);
      heredocs = List.copyOf(heredocs);
    }

    /** The physical line that holds {@code offset} of {@code arguments}. */
    public int lineAt(int offset) {
      int found = line;
      for (int i = 0; i < offsets.size() && offsets.get(i) <= offset; i++) {
        found = lines.get(i);
      }
      return found;
    }
  }

  /**
   * A whole Dockerfile.
   *
   * @param directives the parser directives by lowercase name ({@code syntax}, {@code escape}, {@code check})
   * @param escape the escape character: {@code \} or a backtick
   * @param instructions the instructions in order
   */
  public record Parsed(Map<String, String> directives, char escape, List<Instruction> instructions) {
    /** Copies the collections. */
    public Parsed {
      directives = Map.copyOf(directives);
      instructions = List.copyOf(instructions);
    }
  }

  /** The instructions of {@code text}, in order; comments and blank lines dropped. */
  public static List<Instruction> read(String text) {
    return parse(text).instructions();
  }

  /**
   * {@code text} parsed.
   *
   * @throws IllegalArgumentException naming the line, for a directive given twice, an escape other than
   *     {@code \} or a backtick, or a heredoc that is never closed
   */
  public static Parsed parse(String text) {
    // BuildKit drops a byte-order mark at the start and reads CRLF line ends as LF.
    PhysicalLines physical = new PhysicalLines(text.startsWith("\uFEFF") ? text.substring(1) : text);
    String content = physical.text();
    Map<String, String> directives = new LinkedHashMap<>();
    int i = directives(physical, directives);
    char escape = directives.getOrDefault("escape", "\\").charAt(0);
    List<Instruction> out = new ArrayList<>();
    // One buffer joins the continued lines of every instruction: it grows once per file, not once per instruction.
    StringBuilder more = new StringBuilder();
    while (i < physical.size()) {
      int lineEnd = physical.end(i);
      int lead = leadingBlanks(content, physical.start(i), lineEnd);
      if (lead == lineEnd || content.charAt(lead) == '#') {
        i++;
        continue;
      }
      int start = i + 1;
      int end = continuedEnd(content, lead, lineEnd, escape);
      i++;
      // Most instructions are one line: their text is read in place, in the file's text, without joining.
      CharSequence joined = content;
      int from = lead;
      int to = lineEnd;
      List<Integer> offsets = List.of(0);
      List<Integer> lines = List.of(start);
      if (end >= 0) {
        more.setLength(0);
        more.append(content, lead, end);
        offsets = new ArrayList<>(offsets);
        lines = new ArrayList<>(lines);
        while (end >= 0 && i < physical.size()) {
          int nextStart = physical.start(i);
          int nextEnd = physical.end(i);
          i++;
          // Inside an instruction BuildKit skips comment lines and empty lines.
          int blanks = leadingBlanks(content, nextStart, nextEnd);
          if (blanks == nextEnd || content.charAt(blanks) == '#') {
            continue;
          }
          end = continuedEnd(content, nextStart, nextEnd, escape);
          offsets.add(more.length());
          lines.add(i);
          more.append(content, nextStart, end < 0 ? nextEnd : end);
        }
        joined = more;
        from = 0;
        to = more.length();
      }
      // Like BuildKit, the keyword is split off the joined text, so "RUN\" on its own line is RUN.
      int word = spaces(joined, from, to);
      int cut = word;
      while (cut < to && !space(joined.charAt(cut))) {
        cut++;
      }
      if (cut == word) {
        throw new IllegalArgumentException("line " + start + ": a line continuation with no instruction after it:"
            + " remove the escape character or write the instruction");
      }
      String keyword = keyword(joined, word, cut);
      cut = spaces(joined, cut, to);
      while (to > cut && Character.isWhitespace(joined.charAt(to - 1))) {
        to--;
      }
      String arguments = joined.subSequence(cut, to).toString();
      int shift = cut - from;
      if (offsets.size() > 1) {
        offsets.replaceAll(o -> Math.max(0, o - shift));
      }
      List<Heredoc> heredocs = List.of();
      if (readsHeredocs(keyword, arguments)) {
        heredocs = new ArrayList<>();
        for (String[] opened : heredocWords(arguments)) {
          i = heredoc(physical, i, opened, start, heredocs);
        }
      }
      out.add(new Instruction(keyword, arguments, start, offsets, lines, heredocs));
    }
    return new Parsed(directives, escape, out);
  }

  /**
   * The keyword at {@code from} to {@code to} of {@code text}, in upper case: one of {@link #KEYWORDS}
   * written so is that constant rather than a copy.
   */
  private static String keyword(CharSequence text, int from, int to) {
    for (String known : KEYWORDS) {
      if (known.length() == to - from && startsWith(text, from, known)) {
        return known;
      }
    }
    return text.subSequence(from, to).toString().toUpperCase(Locale.ROOT);
  }

  private static boolean startsWith(CharSequence text, int at, String prefix) {
    for (int k = 0; k < prefix.length(); k++) {
      if (text.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** RUN, COPY and ADD read heredocs, also when ONBUILD wraps them. */
  private static boolean readsHeredocs(String keyword, String arguments) {
    if (!arguments.contains("<<")) {
      return false;
    }
    String wrapped = keyword.equals("ONBUILD") ? arguments.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT)
        : keyword;
    return HEREDOC_KEYWORDS.contains(wrapped);
  }

  /** Reads the directives at the top into {@code into}; the index of the first line after them. */
  private static int directives(PhysicalLines physical, Map<String, String> into) {
    int i = 0;
    for (; i < physical.size(); i++) {
      Matcher m = DIRECTIVE.matcher(physical.get(i).stripLeading());
      String name = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : "";
      // The first line that is not a known directive (a comment, a blank line, an instruction) ends them.
      if (!DIRECTIVES.contains(name)) {
        break;
      }
      if (into.putIfAbsent(name, m.group(2)) != null) {
        throw new IllegalArgumentException("line " + (i + 1) + ": the parser directive " + name
            + " is given twice: keep one");
      }
    }
    String escape = into.getOrDefault("escape", "\\");
    if (!escape.equals("\\") && !escape.equals("`")) {
      throw new IllegalArgumentException("the parser directive escape is '" + escape
          + "': use \\ or a backtick");
    }
    return i;
  }

  /**
   * Whether {@code line} continues on the next: it ends in the escape character, blanks aside, that does
   * not follow another one, as BuildKit's line continuation reads it ({@code COPY a C:\\dir\\} ends).
   */
  static boolean continues(String line, char escape) {
    return continuedEnd(line, 0, line.length(), escape) >= 0;
  }

  /**
   * Where the text of {@code line} from {@code from} to {@code to} ends when it {@link #continues}: before
   * its escape character; -1 when it does not continue.
   */
  private static int continuedEnd(String line, int from, int to, char escape) {
    int last = to - 1;
    while (last >= from && Character.isWhitespace(line.charAt(last))) {
      last--;
    }
    return last >= from && line.charAt(last) == escape && (last == from || line.charAt(last - 1) != escape) ? last : -1;
  }

  /** Where the blanks {@code line} has from {@code from} end, as {@link String#stripLeading} counts them, at most {@code to}. */
  private static int leadingBlanks(String line, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The index of the first character from {@code i} on, before {@code to}, that is not a regular expression's {@code \s}. */
  private static int spaces(CharSequence text, int i, int to) {
    while (i < to && space(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A regular expression's {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
  private static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The heredocs {@code arguments} opens, each as {@code [delimiter as written, "-" or ""]}, in order. */
  private static List<String[]> heredocWords(String arguments) {
    List<String[]> found = new ArrayList<>();
    for (String word : words(arguments)) {
      Matcher m = HEREDOC.matcher(word);
      if (m.matches()) {
        found.add(new String[] {m.group(2), m.group(1)});
      }
    }
    return found;
  }

  /**
   * Splits on whitespace outside quotes; a quoted word is one word with its quotes, so it opens no
   * heredoc. A backslash escapes the next character outside single quotes, as in BuildKit's heredoc
   * scan, so {@code "a \" <<b"} is one word.
   */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == 0 && Character.isWhitespace(c)) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
        continue;
      }
      if (c == '\\' && quote != '\'' && i + 1 < text.length()) {
        word.append(c).append(text.charAt(++i));
        continue;
      }
      if (quote == 0 && (c == '\'' || c == '"')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
      word.append(c);
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** Reads one heredoc body from line index {@code i}; the index after its end line. */
  private static int heredoc(PhysicalLines physical, int i, String[] opened, int instructionLine, List<Heredoc> into) {
    String written = opened[0];
    boolean stripTabs = opened[1].equals("-");
    boolean quoted = written.length() >= 2 && (written.charAt(0) == '\'' || written.charAt(0) == '"')
        && written.charAt(written.length() - 1) == written.charAt(0);
    String delimiter = quoted ? written.substring(1, written.length() - 1) : written;
    StringBuilder body = new StringBuilder();
    int start = i + 1;
    for (; i < physical.size(); i++) {
      String line = stripTabs ? physical.get(i).replaceFirst("^\t+", "") : physical.get(i);
      if (line.equals(delimiter)) {
        into.add(new Heredoc(delimiter, stripTabs, !quoted, body.toString(), start));
        return i + 1;
      }
      body.append(line).append('\n');
    }
    throw new IllegalArgumentException("line " + instructionLine + ": the heredoc <<" + opened[1] + written
        + " is never closed: end it with a line that is exactly " + delimiter);
  }
}
