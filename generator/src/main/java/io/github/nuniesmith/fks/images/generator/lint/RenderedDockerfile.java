package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.generator.DockerfileInstructions;
import io.github.nuniesmith.fks.images.generator.PhysicalLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated Dockerfile read back as instructions with their line numbers, for the few rules that
 * check what was rendered rather than the model: shell steps, and the generator's own guarantees.
 *
 * @param syntaxMinor N of the {@code # syntax=docker/dockerfile:1.N} directive; empty when absent
 * @param instructions every instruction, continuation lines joined, comment lines inside them skipped
 * @param byStage every stage's instructions, its FROM first, by stage name in order
 * @param text the file's physical lines, the first at index 0
 */
record RenderedDockerfile(Optional<Integer> syntaxMinor, List<RenderedDockerfile.Line> instructions,
    Map<String, List<RenderedDockerfile.Line>> byStage, List<String> text) {
  private static final Pattern SYNTAX = Pattern.compile("# syntax=docker/dockerfile:1\\.([0-9]+)");
  private static final Pattern AS = Pattern.compile(".* AS ([^ ]+)$");

  /**
   * One instruction.
   *
   * @param number the line it starts on
   * @param stage the stage it belongs to; empty before the first FROM
   * @param keyword its keyword, e.g. {@code RUN}
   * @param text the text after the keyword, continuations joined, runs of blanks made one space; a
   *     heredoc's lines follow after newlines
   * @param comment the comment line right above it, without {@code # }; empty when none
   * @param commands a RUN's command names ({@link CommandNames}), read once for every rule; empty for
   *     other instructions
   */
  record Line(int number, String stage, String keyword, String text, String comment, List<String> commands) {
    /** The line, its command names read from its text. */
    Line(int number, String stage, String keyword, String text, String comment) {
      this(number, stage, keyword, text, comment, keyword.equals("RUN") ? CommandNames.of(text) : List.of());
    }

    /** Where in the definition it comes from, as far as the text tells: a shell step's reason. */
    String origin() {
      return comment.startsWith(SHELL_STEP) ? "shell step '" + comment.substring(SHELL_STEP.length()) + "'"
          : keyword;
    }
  }

  /** The comment the generator writes above a shell step. */
  static final String SHELL_STEP = "Raw shell step: ";

  /** {@code content} as {@link DockerfileInstructions} reads it, each instruction given its stage and comment. */
  static RenderedDockerfile parse(String content) {
    PhysicalLines lines = new PhysicalLines(content);
    Matcher syntax = SYNTAX.matcher(content).region(0, lines.end(0));
    Optional<Integer> minor = syntax.matches() ? Optional.of(Integer.parseInt(syntax.group(1))) : Optional.empty();
    List<Line> out = new ArrayList<>();
    Map<String, List<Line>> byStage = new LinkedHashMap<>();
    List<Line> stageLines = null;
    String stage = "";
    for (DockerfileInstructions.Instruction i : DockerfileInstructions.read(content)) {
      // A heredoc's lines follow after newlines: each ends a command there.
      String text = blanksJoined(withHeredocs(i)).strip();
      if (i.keyword().equals("FROM")) {
        Matcher as = AS.matcher(text);
        stage = as.matches() ? as.group(1) : "";
        stageLines = byStage.computeIfAbsent(stage, s -> new ArrayList<>());
      }
      Line line = new Line(i.line(), stage, i.keyword(), text, comment(lines, i.line() - 2));
      out.add(line);
      if (stageLines != null) {
        stageLines.add(line);
      }
    }
    return new RenderedDockerfile(minor, out, byStage, lines);
  }

  /** Line {@code index} without {@code # } when it is a comment written so; empty when not, or when there is none. */
  private static String comment(PhysicalLines lines, int index) {
    return index >= 0 && lines.text().startsWith("# ", lines.start(index))
        ? lines.text().substring(lines.start(index) + 2, lines.end(index)) : "";
  }

  /** An instruction's arguments, then each heredoc's body and delimiter after a newline. */
  private static String withHeredocs(DockerfileInstructions.Instruction i) {
    if (i.heredocs().isEmpty()) {
      return i.arguments();
    }
    StringBuilder joined = new StringBuilder(i.arguments());
    i.heredocs().forEach(h -> joined.append('\n').append(h.body()).append(h.delimiter()));
    return joined.toString();
  }

  /**
   * {@code text} with each run of blanks (space, tab, vertical tab, form feed, carriage return) made
   * one space, and dropped next to a newline.
   */
  static String blanksJoined(String text) {
    if (!joinsBlanks(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && blank(text.charAt(end))) {
        end++;
      }
      if (end == i) {
        // Up to the next blank, in one piece.
        while (end < text.length() && !blank(text.charAt(end))) {
          end++;
        }
        out.append(text, i, end);
        i = end;
        continue;
      }
      boolean nearNewline = (i > 0 && text.charAt(i - 1) == '\n') || (end < text.length() && text.charAt(end) == '\n');
      if (!nearNewline) {
        out.append(' ');
      }
      i = end;
    }
    return out.toString();
  }

  /** Whether {@link #blanksJoined} changes {@code text}: most rendered lines it leaves as they are, uncopied. */
  private static boolean joinsBlanks(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (blank(c) && (c != ' ' || (i > 0 && (blank(text.charAt(i - 1)) || text.charAt(i - 1) == '\n'))
          || (i + 1 < text.length() && text.charAt(i + 1) == '\n'))) {
        return true;
      }
    }
    return false;
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The line of the FROM that starts {@code stage}, else 1. */
  int fromLine(String stage) {
    List<Line> lines = byStage.get(stage);
    return lines == null ? 1 : lines.get(0).number();
  }

  /**
   * The first physical line of {@code stage} (from its FROM to the next) where {@code at} is found,
   * e.g. a package's own line inside a RUN; else the stage's FROM line.
   */
  int lineOf(String stage, Pattern at) {
    int from = fromLine(stage);
    int end = instructions.stream().filter(l -> l.keyword().equals("FROM") && l.number() > from)
        .mapToInt(Line::number).findFirst().orElse(text.size() + 1);
    for (int n = from; n < end; n++) {
      if (at.matcher(text.get(n - 1)).find()) {
        return n;
      }
    }
    return from;
  }

  /** The text that declares {@code name} in an instruction: an ARG, ENV or LABEL word {@code NAME} or {@code NAME=...}. */
  static Pattern named(String name) {
    return Pattern.compile("(^|\\s)" + Pattern.quote(name) + "(=|\\s|$)");
  }
}
