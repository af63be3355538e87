package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Keeps a value from changing how Docker reads the file around it: no rendered line may end with the
 * escape character, which would join the next line to it (an escaped one, {@code \\}, joins nothing); and with the escape character {@code `},
 * the instructions Docker's own lexer reads (not the shell's) and the generator writes unquoted may hold
 * no {@code `}, which would escape the character after it (ENV, LABEL, ARG and WORKDIR values are quoted
 * with the file's escape character). Lines after a heredoc's start are its body, read raw.
 */
final class EscapedLines {
  /** The instructions whose text Docker's lexer reads, escapes included, and that the generator writes unquoted. */
  private static final Set<String> UNQUOTED = Set.of("ADD", "COPY", "EXPOSE", "FROM", "MAINTAINER", "ONBUILD",
      "STOPSIGNAL", "USER", "VOLUME");

  private EscapedLines() {}

  /**
   * Refuses {@code instruction} of the step at {@code path}, outermost first, when it breaks either rule;
   * the path is built only then.
   */
  static void check(Instruction instruction, char escape, Supplier<List<String>> path) {
    for (String part : instruction.parts()) {
      // Heredoc bodies follow their instruction line raw: an escape there continues nothing.
      boolean heredoc = part.contains("<<");
      String line = heredoc ? part.split("\n", 2)[0] : part;
      if (DockerfileInstructions.continues(line, escape)) {
        throw refused(path, instruction.keyword() + " line '" + line + "' ends with the escape character " + escape
            + ", which would join the next line to it: remove it");
      }
      if (escape != '\\' && UNQUOTED.contains(instruction.keyword()) && line.contains("`")) {
        throw refused(path, instruction.keyword() + " line '" + line + "' holds `, which the escape directive "
            + escape + " reads as an escape: remove it, or keep the default escape \\");
      }
      if (heredoc) {
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
