package io.github.nuniesmith.fks.images.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * One Dockerfile instruction, already decided: comments above it, its keyword, and the parts that
 * go on continuation lines. The template only joins parts with {@code " \"} and newlines.
 */
sealed interface Instruction permits Instruction.Run, Instruction.Other {

  /** Comment lines above the instruction, without {@code #}. */
  List<String> comments();

  /** The keyword, e.g. {@code RUN}. */
  String keyword();

  /** The text after the keyword, one element per line. */
  List<String> parts();

  /**
   * A shell-form RUN: mounts, then commands joined with {@code &&}.
   *
   * @param comments comment lines
   * @param mounts {@code --mount=...} flags
   * @param commands shell commands, each a list of lines (continuations of one command)
   * @param raw whether the commands are raw shell text from a {@code ShellStep}
   */
  record Run(List<String> comments, List<String> mounts, List<List<String>> commands, boolean raw)
      implements Instruction {
    public Run {
      comments = List.copyOf(comments);
      mounts = List.copyOf(mounts);
      commands = commands.stream().map(List::copyOf).toList();
    }

    /** A RUN of commands the generator wrote. */
    Run(List<String> comments, List<String> mounts, List<List<String>> commands) {
      this(comments, mounts, commands, false);
    }

    static Run of(String... commandLines) {
      return new Run(List.of(), List.of(), List.of(List.of(commandLines)));
    }

    /**
     * Whether {@code next} may join this RUN: neither has mounts, and neither is raw shell, where an
     * added {@code &&} changes what runs ({@code a || b}, {@code a; b}, {@code a # note}).
     */
    boolean mergesWith(Run next) {
      return mounts.isEmpty() && next.mounts.isEmpty() && !raw && !next.raw;
    }

    Run merge(Run next) {
      List<String> allComments = new ArrayList<>(comments);
      allComments.addAll(next.comments);
      List<List<String>> all = new ArrayList<>(commands);
      all.addAll(next.commands);
      return new Run(allComments, mounts, all);
    }

    @Override
    public String keyword() {
      return "RUN";
    }

    @Override
    public List<String> parts() {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < mounts.size(); i++) {
        lines.add(i == 0 ? mounts.get(i) : "    " + mounts.get(i));
      }
      for (int c = 0; c < commands.size(); c++) {
        List<String> command = commands.get(c);
        for (int l = 0; l < command.size(); l++) {
          String prefix = l > 0 ? "      " : c == 0 ? (lines.isEmpty() ? "" : "    ") : " && ";
          lines.add(prefix + command.get(l));
        }
      }
      return lines;
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
  }
}
