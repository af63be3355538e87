package io.github.nuniesmith.fks.images.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read as Docker reads it: instructions with their continuation lines joined, comment and
 * empty lines skipped even inside a continuation, the heredocs of RUN, COPY and ADD read up to their
 * delimiters. The one parser of rendered text; lint and the external checks build their views on it.
 */
public final class DockerfileInstructions {
  /** A heredoc marker such as {@code <<EOF}, {@code <<-"EOF"}, but not the here-string {@code <<<}. */
  private static final Pattern HEREDOC = Pattern.compile("(?<!<)<<(?!<)-?(?:\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_]+))");
  private static final Set<String> HEREDOC_KEYWORDS = Set.of("RUN", "COPY", "ADD");

  private DockerfileInstructions() {}

  /**
   * One instruction.
   *
   * @param keyword the keyword in upper case, e.g. {@code RUN}
   * @param arguments the text after it, continuation lines joined without their backslashes; then each
   *     heredoc's lines and delimiter, after a newline each
   * @param line the 1-based line the instruction starts on
   * @param offsets where each physical line's text starts in {@code arguments}
   * @param lines the 1-based line of each of those
   */
  public record Instruction(String keyword, String arguments, int line, List<Integer> offsets, List<Integer> lines) {
    /** The physical line that holds {@code offset} of {@code arguments}. */
    public int lineAt(int offset) {
      int found = line;
      for (int i = 0; i < offsets.size() && offsets.get(i) <= offset; i++) {
        found = lines.get(i);
      }
      return found;
    }
  }

  /** The instructions of {@code text}, in order; comments and blank lines dropped. */
  public static List<Instruction> read(String text) {
    List<Instruction> out = new ArrayList<>();
    String[] physical = text.split("\n", -1);
    int i = 0;
    while (i < physical.length) {
      String first = physical[i].strip();
      if (first.isEmpty() || first.startsWith("#")) {
        i++;
        continue;
      }
      int start = i + 1;
      int space = first.indexOf(' ');
      String keyword = (space < 0 ? first : first.substring(0, space)).toUpperCase(Locale.ROOT);
      StringBuilder arguments = new StringBuilder();
      List<Integer> offsets = new ArrayList<>();
      List<Integer> lines = new ArrayList<>();
      String rest = space < 0 ? "" : first.substring(space + 1).stripLeading();
      boolean more = append(arguments, offsets, lines, rest, start);
      i++;
      while (more && i < physical.length) {
        String next = physical[i];
        i++;
        // Inside an instruction Docker skips comment lines and empty lines.
        if (next.strip().startsWith("#") || next.isBlank()) {
          continue;
        }
        more = append(arguments, offsets, lines, next, i);
      }
      if (HEREDOC_KEYWORDS.contains(keyword)) {
        i = heredocs(physical, i, arguments, offsets, lines);
      }
      out.add(new Instruction(keyword, arguments.toString(), start, offsets, lines));
    }
    return out;
  }

  /**
   * Appends the documents that the heredoc markers of {@code arguments} start, which follow the
   * instruction from physical line {@code i} (0-based); returns the index of the line after them.
   */
  private static int heredocs(String[] physical, int i, StringBuilder arguments, List<Integer> offsets,
      List<Integer> lines) {
    List<String> delimiters = new ArrayList<>();
    Matcher m = HEREDOC.matcher(arguments);
    while (m.find()) {
      delimiters.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    }
    int next = i;
    for (String delimiter : delimiters) {
      while (next < physical.length) {
        String line = physical[next];
        next++;
        arguments.append('\n');
        offsets.add(arguments.length());
        lines.add(next);
        arguments.append(line);
        if (line.strip().equals(delimiter)) {
          break;
        }
      }
    }
    return next;
  }

  /** Appends one physical line; true when it ends in a continuation backslash. */
  private static boolean append(StringBuilder to, List<Integer> offsets, List<Integer> lines, String text, int line) {
    String trimmed = text.stripTrailing();
    boolean continued = trimmed.endsWith("\\");
    offsets.add(to.length());
    lines.add(line);
    to.append(continued ? trimmed.substring(0, trimmed.length() - 1) : text);
    return continued;
  }
}
