package io.github.nuniesmith.fks.images.generator.imports;

import io.github.nuniesmith.fks.images.generator.DockerfileInstructions;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The test corpus of Dockerfiles (src/test/resources/corpus), and a small formatter that lays a file out
 * again the way a renderer might: comments dropped, continuations joined, keywords in lower case, flags
 * and mount options in reverse order, {@code dst} for {@code target}, {@code AS} in lower case, another
 * {@code # syntax}.
 */
final class Corpus {
  private Corpus() {}

  /** Every corpus file, as the import finds them. */
  static List<DockerfileInput> files() {
    return DockerfileInputs.find(folder());
  }

  static Path folder() {
    try {
      return Path.of(Corpus.class.getResource("/corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of the corpus file at {@code path}, relative to the corpus folder. */
  static String text(String path) {
    return files().stream().filter(f -> f.path().equals(path)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no corpus file " + path)).text();
  }

  /** The instructions of the corpus file at {@code path}, as the round trip reads them. */
  static List<ReadInstruction> read(String path) {
    DockerfileInstructions.Parsed parsed = DockerfileInstructions.parse(text(path));
    return parsed.instructions().stream().map(i -> ReadInstruction.of(i, parsed.escape())).toList();
  }

  /**
   * The instructions of the corpus file at {@code path}, each in one line: keyword, flags, form and
   * values, then {@code -> } and the wrapped instruction if any.
   */
  static List<String> shown(String path) {
    return read(path).stream().map(Corpus::shown).toList();
  }

  static String shown(ReadInstruction r) {
    return r.keyword() + (r.flags().isEmpty() ? "" : " " + r.flags()) + " " + r.form() + " " + r.values()
        + r.wrapped().map(w -> " -> " + shown(w)).orElse("");
  }

  /** {@code text} laid out again: what BuildKit reads is unchanged, every ignored detail is changed. */
  static String relayout(String text) {
    DockerfileInstructions.Parsed parsed = DockerfileInstructions.parse(text);
    StringBuilder out = new StringBuilder();
    for (String directive : List.of("escape", "check")) {
      if (parsed.directives().containsKey(directive)) {
        out.append("# ").append(directive).append('=').append(parsed.directives().get(directive)).append('\n');
      }
    }
    out.append("# syntax=docker/dockerfile:1.99\n");
    for (DockerfileInstructions.Instruction i : parsed.instructions()) {
      BuilderFlags split = BuilderFlags.split(i.arguments());
      List<String> flags = new ArrayList<>(split.flags().stream().map(Corpus::reversedOptions).toList());
      Collections.reverse(flags);
      String rest = split.rest();
      if (i.keyword().equals("FROM")) {
        rest = rest.replaceAll("\\s(?i:as)\\s", " as ");
      } else if (i.keyword().equals("HEALTHCHECK") || i.keyword().equals("ONBUILD")) {
        String[] inner = rest.split("\\s+", 2);
        rest = inner[0].toLowerCase(Locale.ROOT) + (inner.length < 2 ? "" : " " + inner[1]);
      }
      out.append(i.keyword().toLowerCase(Locale.ROOT));
      flags.forEach(f -> out.append(' ').append(quoted(f)));
      out.append(rest.isEmpty() ? "" : " " + rest).append('\n');
      for (DockerfileInstructions.Heredoc h : i.heredocs()) {
        out.append(h.body()).append(h.delimiter()).append('\n');
      }
    }
    return out.toString();
  }

  /** A mount flag with its options in reverse order and {@code target} written {@code dst}. */
  private static String reversedOptions(String flag) {
    if (!flag.startsWith("--mount=")) {
      return flag;
    }
    List<String> options = new ArrayList<>(List.of(flag.substring("--mount=".length()).split(",")));
    Collections.reverse(options);
    return "--mount=" + String.join(",", options).replace("target=", "dst=");
  }

  /** A flag as BuildKit's flag reader gets it back: its value in double quotes when it holds a blank or a quote. */
  private static String quoted(String flag) {
    int equals = flag.indexOf('=');
    String value = equals < 0 ? "" : flag.substring(equals + 1);
    if (!value.matches(".*[\\s\"'\\\\].*")) {
      return flag;
    }
    return flag.substring(0, equals + 1) + value.chars().mapToObj(c -> c == '"' || c == '\\' ? "\\" + (char) c
        : String.valueOf((char) c)).collect(Collectors.joining("", "\"", "\""));
  }
}
