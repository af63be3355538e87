package io.github.nuniesmith.fks.images.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read as Docker reads it: instructions with their continuation lines joined, comment and
 * empty lines skipped even inside a continuation. The one parser of rendered text; lint and the external
 * checks build their views on it.
 */
public final class DockerfileInstructions {
  private DockerfileInstructions() {}

  /**
   * One instruction.
   *
   * @param keyword the keyword in upper case, e.g. {@code RUN}
   * @param arguments the text after it, continuation lines joined without their backslashes
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

  /** A parser directive line at the top of a file: {@code # key=value}. */
  private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([A-Za-z]+)\\s*=\\s*(\\S*)\\s*");

  /**
   * The instructions of {@code text}, in order; comments and blank lines dropped. Continuation lines
   * end with the escape character its {@code # escape=} directive names, else with a backslash.
   */
  public static List<Instruction> read(String text) {
    List<Instruction> out = new ArrayList<>();
    String[] physical = text.split("\n", -1);
    char escape = escape(physical);
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
      boolean more = append(arguments, offsets, lines, rest, start, escape);
      i++;
      while (more && i < physical.length) {
        String next = physical[i];
        i++;
        // Inside an instruction Docker skips comment lines and empty lines.
        if (next.strip().startsWith("#") || next.isBlank()) {
          continue;
        }
        more = append(arguments, offsets, lines, next, i, escape);
      }
      out.add(new Instruction(keyword, arguments.toString(), start, offsets, lines));
    }
    return out;
  }

  /** The escape character the directives at the top of {@code physical} name; a backslash by default. */
  private static char escape(String[] physical) {
    for (String line : physical) {
      Matcher directive = DIRECTIVE.matcher(line);
      if (!directive.matches()) {
        break;
      }
      if (directive.group(1).equalsIgnoreCase("escape") && directive.group(2).length() == 1) {
        return directive.group(2).charAt(0);
      }
    }
    return '\\';
  }

  /** Appends one physical line; true when it ends in the escape character, a continuation. */
  private static boolean append(StringBuilder to, List<Integer> offsets, List<Integer> lines, String text, int line,
      char escape) {
    String trimmed = text.stripTrailing();
    boolean continued = !trimmed.isEmpty() && trimmed.charAt(trimmed.length() - 1) == escape;
    offsets.add(to.length());
    lines.add(line);
    to.append(continued ? trimmed.substring(0, trimmed.length() - 1) : text);
    return continued;
  }
}
