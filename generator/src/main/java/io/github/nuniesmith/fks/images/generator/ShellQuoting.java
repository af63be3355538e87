package io.github.nuniesmith.fks.images.generator;

import java.util.List;

/** The one place where values are quoted for the shell and for JSON-form instructions. */
final class ShellQuoting {
  /** What a word Docker reads the same unquoted holds none of: a blank ({@code \\s}), a quote or a backslash. */
  private static final String NOT_PLAIN = " \t\n\u000B\f\r\"'`\\";

  private ShellQuoting() {}

  /**
   * Whether Docker reads {@code word} the same unquoted: it is not empty and holds no blank, quote or
   * backslash; a loop, not a pattern, as every ENV and LABEL key and every WORKDIR passes here.
   */
  static boolean plain(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (NOT_PLAIN.indexOf(word.charAt(i)) >= 0) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /** One shell word: {@code 'value'}, with any {@code '} written as {@code '\''}. */
  static String single(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /** A JSON string, as exec-form instructions need. */
  static String json(String value) {
    return appendJson(new StringBuilder(value.length() + 2), value).toString();
  }

  /** A JSON array of strings, e.g. {@code ["python", "-m", "app"]}, written into one builder. */
  static String jsonArray(List<String> values) {
    int length = 2;
    for (int i = 0; i < values.size(); i++) {
      length += values.get(i).length() + 4;
    }
    StringBuilder out = new StringBuilder(length).append('[');
    for (String value : values) {
      appendJson(out.length() == 1 ? out : out.append(", "), value);
    }
    return out.append(']').toString();
  }

  private static StringBuilder appendJson(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
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
    return out.append('"');
  }

  /**
   * A double-quoted Dockerfile value (ENV, LABEL, ARG, WORKDIR) in a file whose escape character is {@code
   * escape}: {@code "} and the escape character escaped, as Docker's lexer reads double quotes; with {@code
   * literal} each {@code $} too, so that Docker expands nothing in it.
   */
  static String dockerfileValue(String value, char escape, boolean literal) {
    return appendDockerfileValue(new StringBuilder(value.length() + 8), value, escape, literal).toString();
  }

  /** Appends {@link #dockerfileValue} to {@code out}. */
  static StringBuilder appendDockerfileValue(StringBuilder out, String value, char escape, boolean literal) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == escape || literal && c == '$') {
        out.append(escape);
      }
      out.append(c);
    }
    return out.append('"');
  }
}
