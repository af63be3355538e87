package io.github.nuniesmith.fks.images.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read as Docker reads it: instructions with their continuation lines joined, comment and
 * empty lines skipped even inside a continuation, heredoc bodies kept with their instruction. The one parser of rendered text; lint and the external
 * checks build their views on it.
 */
public final class DockerfileInstructions {
  /** {@code <<EOF}, {@code <<-EOF}, {@code <<"EOF"}: the body follows on the next lines, up to the word alone. */
  private static final Pattern HEREDOC = Pattern.compile("<<(-?)([\"']?)([A-Za-z0-9_.-]+)\\2");
  private static final Set<String> WITH_HEREDOCS = Set.of("RUN", "COPY", "ADD");
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
      if (WITH_HEREDOCS.contains(keyword)) {
        Matcher heredoc = HEREDOC.matcher(arguments.toString());
        while (heredoc.find() && i < physical.length) {
          String word = heredoc.group(3);
          boolean tabs = !heredoc.group(1).isEmpty();
          // The body's lines join the arguments, each on its own line, so that checks read them where they are.
          while (i < physical.length) {
            String body = physical[i];
            i++;
            if ((tabs ? body.replaceFirst("^\t+", "") : body).equals(word)) {
              break;
            }
            arguments.append('\n');
            offsets.add(arguments.length());
            lines.add(i);
            arguments.append(body);
          }
        }
      }
      out.add(new Instruction(keyword, arguments.toString(), start, offsets, lines));
    }
    return out;
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
