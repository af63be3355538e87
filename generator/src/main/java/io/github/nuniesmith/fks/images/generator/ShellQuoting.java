package io.github.nuniesmith.fks.images.generator;

import java.util.List;
import java.util.stream.Collectors;

/** The one place where values are quoted for the shell and for JSON-form instructions. */
final class ShellQuoting {
  private ShellQuoting() {}

  /** One shell word: {@code 'value'}, with any {@code '} written as {@code '\''}. */
  static String single(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /** A JSON string, as exec-form instructions need. */
  static String json(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A JSON array of strings, e.g. {@code ["python", "-m", "app"]}. */
  static String jsonArray(List<String> values) {
    return values.stream().map(ShellQuoting::json).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A double-quoted Dockerfile value (ENV, LABEL); {@code "} and {@code \} escaped. */
  static String dockerfileValue(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
