package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Keeps a value from changing how Docker reads the file around it: no rendered line may end with the
 * escape character, which would join the next line to it; and with the escape character {@code `},
 * the instructions Docker's own lexer reads (not the shell's) may hold no {@code \} or {@code `}, since
 * values are quoted with backslash escapes. Lines after a heredoc's start are its body, read raw.
 */
final class EscapedLines {
  /** The instructions whose text Docker's lexer reads, quotes and escapes included. */
  private static final Set<String> LEXED = Set.of("ADD", "ARG", "COPY", "ENV", "EXPOSE", "FROM", "LABEL",
      "MAINTAINER", "ONBUILD", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");

  private EscapedLines() {}

  /**
   * Refuses {@code instruction} of the step at {@code path}, outermost first, when it breaks either rule;
   * the path is built only then.
   */
  static void check(Instruction instruction, char escape, Supplier<List<String>> path) {
    for (String part : instruction.parts()) {
      if (part.stripTrailing().endsWith(String.valueOf(escape))) {
        throw refused(path, instruction.keyword() + " line '" + part + "' ends with the escape character " + escape
            + ", which would join the next line to it: remove it");
      }
      if (escape != '\\' && LEXED.contains(instruction.keyword()) && (part.contains("\\") || part.contains("`"))) {
        throw refused(path, instruction.keyword() + " line '" + part + "' holds \\ or `, which the escape directive "
            + escape + " reads differently from what the generator wrote: remove them, or keep the default escape \\");
      }
      // Heredoc bodies follow their instruction line raw: an escape there continues nothing.
      if (part.contains("<<")) {
        return;
      }
    }
  }

  private static DefinitionException refused(Supplier<List<String>> segments, String problem) {
    DefinitionException e = new DefinitionException(problem);
    List<String> path = segments.get();
    for (int i = path.size() - 1; i >= 0; i--) {
      e = e.within(path.get(i));
    }
    return e;
  }
}
