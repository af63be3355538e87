package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/**
 * A comment for the reader of the Dockerfile, written as {@code # } lines above the instruction of
 * the next step. Add one with {@link Stage.Builder#comment(String)}.
 *
 * @param lines the comment's lines, without {@code #}
 */
public record Comment(List<String> lines) implements Step {
  /** Validates that each line is printable text. */
  public Comment {
    lines = Checks.nonEmpty(lines, "comment lines");
    lines.forEach(l -> Checks.printable(l, "comment line"));
  }

  /** A comment of {@code text}, one {@code #} line per line of it. */
  public static Comment of(String text) {
    return new Comment(List.of(ShellText.lines(text, "comment").split("\n", -1)));
  }

  @Override
  public String describe() {
    return "comment";
  }
}
