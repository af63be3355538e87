package io.github.nuniesmith.fks.images.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One Dockerfile instruction, already decided: comments above it, its keyword, and the parts that
 * go on continuation lines; {@link #text} lays it out, and the template places it in its stage.
 */
sealed interface Instruction permits Instruction.Run, Instruction.Other {

  /** Comment lines above the instruction, without {@code #}. */
  List<String> comments();

  /** The keyword, e.g. {@code RUN}. */
  String keyword();

  /** The text after the keyword, one element per line. */
  List<String> parts();

  /** This instruction with {@code above} written above its own comments. */
  Instruction commented(List<String> above);

  /**
   * The instruction as the file shows it: a {@code # } line for each comment, then the keyword and
   * its parts, each part but the last ended by a blank and the file's escape character {@code escape}.
   */
  default String text(char escape) {
    List<String> comments = comments();
    List<String> parts = parts();
    // Sized exactly, so that the text is copied once, into the string.
    int length = keyword().length() + 1 + 3 * Math.max(0, parts.size() - 1);
    for (int i = 0; i < comments.size(); i++) {
      length += comments.get(i).length() + 3;
    }
    for (int i = 0; i < parts.size(); i++) {
      length += parts.get(i).length();
    }
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < comments.size(); i++) {
      text.append("# ").append(comments.get(i)).append('\n');
    }
    text.append(keyword()).append(' ');
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        text.append(' ').append(escape).append('\n');
      }
      text.append(parts.get(i));
    }
    return text.toString();
  }

  /**
   * A RUN: flags, then commands joined with {@code &&}. A command's line may hold newlines: a heredoc,
   * whose lines are written as they are after the instruction's line. A class rather than a record:
   * its lines are laid out once, when it is made, as the escape check, the syntax and the text each read them.
   */
  final class Run implements Instruction {
    /** How far the continuation lines of one command are indented. */
    static final String CONTINUATION_INDENT = "      ";

    private final List<String> comments;
    private final List<String> flags;
    private final List<List<String>> commands;
    private final boolean raw;
    private final List<String> parts;

    /**
     * A RUN.
     *
     * @param comments comment lines
     * @param flags {@code --mount=...}, {@code --network=...} and {@code --security=...} flags
     * @param commands shell commands, each a list of lines (continuations of one command)
     * @param raw whether it stays apart: its commands are written by the user (a {@code ShellStep} or a
     *     {@code Run}), or a comment describes it alone
     */
    Run(List<String> comments, List<String> flags, List<List<String>> commands, boolean raw) {
      this.comments = List.copyOf(comments);
      this.flags = List.copyOf(flags);
      List<List<String>> copied = new ArrayList<>(commands.size());
      for (List<String> command : commands) {
        copied.add(List.copyOf(command));
      }
      this.commands = List.copyOf(copied);
      this.raw = raw;
      this.parts = lines(this.flags, this.commands);
    }

    /** A RUN of commands the generator wrote. */
    Run(List<String> comments, List<String> mounts, List<List<String>> commands) {
      this(comments, mounts, commands, false);
    }

    static Run of(String... commandLines) {
      return new Run(List.of(), List.of(), List.of(List.of(commandLines)));
    }

    /**
     * Whether {@code next} may join this RUN: neither has flags, and neither is written by the user,
     * where an added {@code &&} changes what runs ({@code a || b}, {@code a; b}, {@code a # note}) and
     * a RUN is where the user put it.
     */
    boolean mergesWith(Run next) {
      return flags.isEmpty() && next.flags.isEmpty() && !raw && !next.raw;
    }

    Run merge(Run next) {
      List<String> allComments = new ArrayList<>(comments);
      allComments.addAll(next.comments);
      List<List<String>> all = new ArrayList<>(commands);
      all.addAll(next.commands);
      return new Run(allComments, flags, all);
    }

    @Override
    public Run commented(List<String> above) {
      List<String> all = new ArrayList<>(above);
      all.addAll(comments);
      return new Run(all, flags, commands, true);
    }

    @Override
    public List<String> comments() {
      return comments;
    }

    List<String> flags() {
      return flags;
    }

    List<List<String>> commands() {
      return commands;
    }

    @Override
    public String keyword() {
      return "RUN";
    }

    @Override
    public List<String> parts() {
      return parts;
    }

    /** The flags, each on a line of its own, then the commands' lines, each command after {@code &&}. */
    private static List<String> lines(List<String> flags, List<List<String>> commands) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < flags.size(); i++) {
        lines.add(i == 0 ? flags.get(i) : "    " + flags.get(i));
      }
      for (int c = 0; c < commands.size(); c++) {
        List<String> command = commands.get(c);
        for (int l = 0; l < command.size(); l++) {
          String prefix = l > 0 ? CONTINUATION_INDENT : c == 0 ? (lines.isEmpty() ? "" : "    ") : " && ";
          lines.add(prefix + command.get(l));
        }
      }
      return Collections.unmodifiableList(lines);
    }
  }

  /**
   * Any other instruction.
   *
   * @param comments comment lines
   * @param keyword the keyword
   * @param parts the text after it, one element per line
   */
  record Other(List<String> comments, String keyword, List<String> parts) implements Instruction {
    public Other {
      comments = List.copyOf(comments);
      parts = List.copyOf(parts);
    }

    static Other of(String keyword, String... parts) {
      return new Other(List.of(), keyword, List.of(parts));
    }

    @Override
    public Other commented(List<String> above) {
      List<String> all = new ArrayList<>(above);
      all.addAll(comments);
      return new Other(all, keyword, parts);
    }
  }
}
