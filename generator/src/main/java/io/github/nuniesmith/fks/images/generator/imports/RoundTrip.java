package io.github.nuniesmith.fks.images.generator.imports;

import io.github.nuniesmith.fks.images.generator.DockerfileInstructions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a rendered Dockerfile says what its input said, instruction by instruction as BuildKit reads
 * them: the same instructions in the same order with the same words, and the same {@code escape} and
 * {@code check} directives. Ignored, as BuildKit reads them the same: comments, line continuations,
 * keyword case, {@code AS} case, the case of stage names, a stage named by its index in {@code COPY
 * --from}, the order of flags, a switch given {@code =true} or bare ({@code =false} or absent), the order
 * and aliases of a mount's options and a bare boolean option, {@code required=false}, a cache's {@code sharing=shared}, {@code <<'EOF'} or
 * {@code <<"EOF"}, VOLUME's, COPY's and ADD's JSON or words form (when the words are the same), a bind
 * mount's source under {@code ./}, the {@code # syntax} directive, and the quoting of ARG/ENV/LABEL values
 * and of the words BuildKit's lexer expands: FROM's image, COPY/ADD paths, WORKDIR, USER, STOPSIGNAL and
 * EXPOSE (when it unquotes the same).
 *
 * @param difference the first difference, in one line naming the instruction and the line in each
 *     file; empty when the files read the same
 */
public record RoundTrip(Optional<String> difference) {
  /** The directives compared: each changes how the file reads or is checked. {@code syntax} is not. */
  private static final List<String> DIRECTIVES = List.of("escape", "check");

  /** Whether the two files read the same. */
  public boolean exact() {
    return difference.isEmpty();
  }

  /** {@code exact}, or the first difference: the line the importer prints for the file. */
  public String summary() {
    return difference.orElse("exact");
  }

  /**
   * Compares {@code rendered} with {@code input}.
   *
   * @throws IllegalArgumentException naming the file and line, when either is not a Dockerfile
   *     BuildKit reads (an unclosed heredoc, an unterminated quote in ENV, a JSON array of numbers)
   */
  public static RoundTrip compare(String input, String rendered) {
    DockerfileInstructions.Parsed in = parse("input", input);
    DockerfileInstructions.Parsed out = parse("rendered file", rendered);
    for (String directive : DIRECTIVES) {
      String a = in.directives().getOrDefault(directive, directive.equals("escape") ? "\\" : "");
      String b = out.directives().getOrDefault(directive, directive.equals("escape") ? "\\" : "");
      if (!a.equals(b)) {
        return new RoundTrip(Optional.of("the parser directive " + directive + " differs: input "
            + shown(a) + ", rendered " + shown(b)));
      }
    }
    List<ReadInstruction> a = stageReferences(read("input", in));
    List<ReadInstruction> b = stageReferences(read("rendered file", out));
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      ReadInstruction x = a.get(i);
      ReadInstruction y = b.get(i);
      Optional<String> differs = x.difference(y);
      if (differs.isPresent()) {
        return new RoundTrip(Optional.of("instruction " + (i + 1) + " (input line " + x.line() + ", rendered line "
            + y.line() + "): " + differs.get()));
      }
    }
    if (a.size() != b.size()) {
      boolean missing = a.size() > b.size();
      DockerfileInstructions.Instruction first = (missing ? in : out).instructions().get(Math.min(a.size(), b.size()));
      return new RoundTrip(Optional.of("the input has " + a.size() + (a.size() == 1 ? " instruction" : " instructions")
          + ", the rendered file " + b.size()
          + ": " + (missing ? "input" : "rendered") + " line " + first.line() + " " + summary(first) + " is "
          + (missing ? "missing" : "extra")));
    }
    return new RoundTrip(Optional.empty());
  }

  /**
   * {@code read} with stage names in lower case and {@code COPY --from} naming a named stage by its
   * index given as the name: BuildKit reads stage names in any case, and {@code --from=0} as the first stage.
   */
  private static List<ReadInstruction> stageReferences(List<ReadInstruction> read) {
    List<String> stages = new ArrayList<>();
    List<ReadInstruction> out = new ArrayList<>();
    for (ReadInstruction r : read) {
      if (r.keyword().equals("FROM")) {
        List<String> values = new ArrayList<>(r.values());
        if (!values.isEmpty() && stages.contains(values.get(0).toLowerCase(Locale.ROOT))) {
          values.set(0, values.get(0).toLowerCase(Locale.ROOT));
        }
        if (values.size() == 3) {
          values.set(2, values.get(2).toLowerCase(Locale.ROOT));
        }
        stages.add(values.size() == 3 ? values.get(2) : Integer.toString(stages.size()));
        r = new ReadInstruction(r.keyword(), r.flags(), r.form(), values, r.heredocs(), r.wrapped(), r.line());
      } else if (r.keyword().equals("COPY")) {
        List<String> flags = r.flags().stream().map(f -> {
          if (!f.startsWith("--from=")) {
            return f;
          }
          String from = f.substring("--from=".length());
          if (from.matches("\\d{1,9}") && Integer.parseInt(from) < stages.size()) {
            return "--from=" + stages.get(Integer.parseInt(from));
          }
          return stages.contains(from.toLowerCase(Locale.ROOT)) ? "--from=" + from.toLowerCase(Locale.ROOT) : f;
        }).sorted().toList();
        r = new ReadInstruction(r.keyword(), flags, r.form(), r.values(), r.heredocs(), r.wrapped(), r.line());
      }
      out.add(r);
    }
    return out;
  }

  private static DockerfileInstructions.Parsed parse(String which, String text) {
    try {
      return DockerfileInstructions.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the " + which + ", " + e.getMessage(), e);
    }
  }

  private static List<ReadInstruction> read(String which, DockerfileInstructions.Parsed parsed) {
    try {
      return parsed.instructions().stream().map(i -> ReadInstruction.of(i, parsed.escape())).toList();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the " + which + ", " + e.getMessage(), e);
    }
  }

  private static String shown(String directive) {
    return directive.isEmpty() ? "none" : ReadInstruction.quote(directive);
  }

  /** The instruction as one short quoted line. */
  private static String summary(DockerfileInstructions.Instruction instruction) {
    String text = (instruction.keyword() + " " + instruction.arguments()).strip().replaceAll("\\s+", " ");
    int limit = 2 * ReadInstruction.CONTEXT;
    return ReadInstruction.quote(text.length() > limit ? text.substring(0, limit) + "..." : text);
  }
}
