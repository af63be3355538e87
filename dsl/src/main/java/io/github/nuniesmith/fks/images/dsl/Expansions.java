package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The variable references Docker expands in ADD, COPY, ENV, EXPOSE, FROM, LABEL, USER, VOLUME, WORKDIR
 * and mount options: {@code $NAME}, {@code ${NAME}}, and {@code ${NAME<op>word}} with the operators
 * {@code :-}, {@code -}, {@code :+}, {@code +}, {@code :?} and {@code ?}, whose word may hold references.
 * The one reader of that grammar: it finds the names a value refers to, and resolves a value.
 */
final class Expansions {
  static final String FORMS = "write $NAME, ${NAME}, ${NAME:-default} or ${NAME:+alternative}";
  private static final List<String> OPERATORS = List.of(":-", ":+", ":?", "-", "+", "?");

  private Expansions() {}

  /** The names {@code value} refers to, in order, with repeats; refuses a {@code $} that starts no reference. */
  static List<String> names(String value, String what) {
    if (value.indexOf('$') < 0) { // most values refer to nothing: no reader, no copy
      return List.of();
    }
    Reader reader = new Reader(value, what, null);
    reader.word(false);
    return reader.names;
  }

  /**
   * Refuses a {@code }} in {@code word} outside a reference: inside {@code ${NAME:-word}} it would end
   * the reference early.
   */
  static void checkWord(String word, String what) {
    Reader reader = new Reader(word, what, null);
    reader.word(true);
    Checks.check(reader.pos == word.length(), "%s %s has a } that would end the reference early: remove it",
        what, Checks.quote(word));
  }

  /** {@code value} with every reference replaced as Docker would with {@code values}; a name absent from it is unset. */
  static String resolve(String value, Map<String, String> values) {
    if (value.indexOf('$') < 0) {
      return value;
    }
    return new Reader(value, "value", values).word(false);
  }

  /**
   * One pass over a value: {@code pos} moves left to right; names are collected and, given {@code values},
   * values substituted: without them, no text is built, as a check needs only the names.
   */
  private static final class Reader {
    private final String text;
    private final String what;
    private final Map<String, String> values;
    private final List<String> names = new ArrayList<>();
    private int pos;

    Reader(String text, String what, Map<String, String> values) {
      this.text = text;
      this.what = what;
      this.values = values;
    }

    /**
     * Reads up to the end or, when {@code inBraces}, up to the first {@code }} outside a reference; the
     * text read with references resolved, or null without values to resolve them with.
     */
    String word(boolean inBraces) {
      StringBuilder out = values == null ? null : new StringBuilder();
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (inBraces && c == '}') {
          break;
        } else if (c == '$') {
          String resolved = reference();
          if (out != null) {
            out.append(resolved);
          }
        } else {
          if (out != null) {
            out.append(c);
          }
          pos++;
        }
      }
      return out == null ? null : out.toString();
    }

    private String reference() {
      pos++;
      boolean braced = pos < text.length() && text.charAt(pos) == '{';
      if (braced) {
        pos++;
      }
      int nameStart = pos;
      while (pos < text.length() && isNameChar(text.charAt(pos), pos == nameStart)) {
        pos++;
      }
      String name = text.substring(nameStart, pos);
      // Each message only on failure: quoting the whole value per reference would be quadratic.
      if (name.isEmpty()) {
        fail("has a $ that starts no variable reference");
      }
      names.add(name);
      String value = values == null ? null : values.get(name);
      if (!braced) {
        return value == null ? "" : value;
      }
      String operator = "";
      for (String o : OPERATORS) {
        if (text.startsWith(o, pos)) {
          operator = o;
          break;
        }
      }
      pos += operator.length();
      String word = operator.isEmpty() ? "" : word(true);
      if (pos == text.length()) {
        fail("has a ${ without its closing }");
      } else if (text.charAt(pos) != '}') {
        fail("has ${" + name + " followed by " + Checks.quote(String.valueOf(text.charAt(pos))));
      }
      pos++;
      if (values == null) {
        return null;
      }
      boolean set = value != null;
      boolean nonEmpty = set && !value.isEmpty();
      return switch (operator) {
        case ":-" -> nonEmpty ? value : word;
        case "-" -> set ? value : word;
        case ":+" -> nonEmpty ? word : "";
        case "+" -> set ? word : "";
        default -> set ? value : "";
      };
    }

    private void fail(String problem) {
      Checks.check(false, "%s %s %s: %s", what, Checks.quote(text), problem, FORMS);
    }

    private static boolean isNameChar(char c, boolean first) {
      return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || !first && c >= '0' && c <= '9';
    }
  }
}
