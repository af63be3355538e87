package io.github.nuniesmith.fks.images.dsl;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Argument checks whose messages name the offending value. */
final class Checks {
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]");

  private Checks() {}

  static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new DefinitionException(String.format(java.util.Locale.ROOT, format, args));
    }
  }

  static <T> T notNull(T value, String what) {
    if (value == null) {
      throw new DefinitionException(what + " is missing: give a value");
    }
    return value;
  }

  /** Text that reaches a Dockerfile: present, not blank, no newline or other control character. */
  static String text(String value, String what) {
    notNull(value, what);
    check(!value.isBlank(), "%s is empty: give a value", what);
    check(
        !hasControl(value),
        "%s %s contains a control character (newline, tab, ...): remove it",
        what,
        quote(value));
    return value;
  }

  /** A value matching {@code pattern}, else an error naming what is allowed. */
  static String matches(String value, Pattern pattern, String what, String allowed) {
    text(value, what);
    check(pattern.matcher(value).matches(), "%s %s is invalid: %s", what, quote(value), allowed);
    return value;
  }

  /** Whether {@code value} has a newline or other control character, Unicode line breaks included. */
  static boolean hasControl(String value) {
    return CONTROL.matcher(value).find();
  }

  static <T> List<T> nonEmpty(List<T> values, String what) {
    notNull(values, what);
    check(!values.isEmpty(), "%s is empty: give at least one", what);
    values.forEach(v -> check(v != null, "%s contains null: remove it", what));
    return List.copyOf(values);
  }

  /** Runs {@code body}; a {@link DefinitionException} it throws gets {@code segment} prefixed. */
  static <T> T within(String segment, Supplier<T> body) {
    try {
      return body.get();
    } catch (DefinitionException e) {
      throw e.within(segment);
    }
  }

  static void within(String segment, Runnable body) {
    within(
        segment,
        () -> {
          body.run();
          return null;
        });
  }

  /** Quotes a value for a message, making control characters visible. */
  static String quote(String value) {
    StringBuilder out = new StringBuilder("'");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // Unicode line breaks too: printed raw, they would break the message's line.
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('\'').toString();
  }
}
