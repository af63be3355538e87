package io.github.nuniesmith.fks.images.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a rendered Dockerfile reads from its build context, as Docker reads it: the sources of every
 * COPY and ADD without {@code --from} (not URLs, not heredocs), and the source of every RUN bind
 * mount without {@code from} (the whole context when it names none). Read from the text rather than
 * the model, so that every step that renders such an instruction counts.
 */
final class ContextReads {
  /** A source Docker fetches from the network, not from the context. */
  private static final Pattern REMOTE = Pattern.compile("(?i)([a-z][a-z0-9+.-]*://|git@).*");

  private ContextReads() {}

  /** The context paths {@code dockerfile} reads, as written (relative, {@code .} for the whole context), in order. */
  static List<String> of(String dockerfile) {
    List<String> sources = new ArrayList<>();
    for (DockerfileInstructions.Instruction instruction : DockerfileInstructions.read(dockerfile)) {
      String keyword = instruction.keyword();
      List<String> words = words(instruction.arguments());
      List<String> flags = words.stream().takeWhile(w -> w.startsWith("--")).toList();
      List<String> rest = words.subList(flags.size(), words.size());
      if ((keyword.equals("COPY") || keyword.equals("ADD")) && flags.stream().noneMatch(f -> f.startsWith("--from="))) {
        List<String> paths = json(String.join(" ", rest));
        paths.subList(0, Math.max(0, paths.size() - 1)).stream()
            .filter(s -> !s.startsWith("<<") && !REMOTE.matcher(s).matches()).forEach(sources::add);
      } else if (keyword.equals("RUN")) {
        flags.stream().filter(f -> f.startsWith("--mount=")).map(f -> bindSource(f.substring("--mount=".length())))
            .filter(s -> s != null).forEach(sources::add);
      }
    }
    return sources;
  }

  /** The context source of a bind mount without {@code from}; null for any other mount. */
  private static String bindSource(String options) {
    String type = "";
    String source = ".";
    boolean fromElsewhere = false;
    for (String option : options.split(",")) {
      int eq = option.indexOf('=');
      String key = (eq < 0 ? option : option.substring(0, eq)).toLowerCase(Locale.ROOT);
      String value = eq < 0 ? "" : option.substring(eq + 1);
      if (key.equals("type")) {
        type = value;
      } else if (key.equals("source") || key.equals("src")) {
        source = value;
      } else if (key.equals("from")) {
        fromElsewhere = true;
      }
    }
    return type.equals("bind") && !fromElsewhere ? source : null;
  }

  /** The arguments split at white space, as Docker splits an instruction's flags and shell-form paths. */
  private static List<String> words(String arguments) {
    String trimmed = arguments.strip();
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
  }

  /** A JSON array of strings as Docker's exec form writes paths; otherwise the words of {@code text}. */
  private static List<String> json(String text) {
    String t = text.strip();
    if (!t.startsWith("[") || !t.endsWith("]")) {
      return words(t);
    }
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (int i = 1; i < t.length() - 1; i++) {
      char c = t.charAt(i);
      if (current == null) {
        if (c == '"') {
          current = new StringBuilder();
        }
      } else if (c == '\\' && i + 1 < t.length() - 1) {
        current.append(t.charAt(++i));
      } else if (c == '"') {
        out.add(current.toString());
        current = null;
      } else {
        current.append(c);
      }
    }
    return out;
  }
}
