package io.github.nuniesmith.fks.images.dsl;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Argument checks whose messages name the offending value. */
final class Checks {
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]");
  /** Invisible format characters (zero-width, bidirectional overrides, BOM, tags): Trojan Source. */
  private static final Pattern FORMAT = Pattern.compile("\\p{Cf}");

  private Checks() {}

  static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new DefinitionException(String.format(java.util.Locale.ROOT, format, args));
    }
  }

  /** Like {@link #check}, for a check that enforces {@code rule}. */
  static void check(Rule rule, boolean condition, String format, Object... args) {
    if (!condition) {
      throw new DefinitionException(rule, String.format(java.util.Locale.ROOT, format, args));
    }
  }

  /** Runs {@code body}; a {@link DefinitionException} it throws names {@code rule}, unless it names one. */
  static <T> T enforcing(Rule rule, Supplier<T> body) {
    try {
      return body.get();
    } catch (DefinitionException e) {
      throw e.breaking(rule);
    }
  }

  static <T> T notNull(T value, String what) {
    if (value == null) {
      throw new DefinitionException(what + " is missing: give a value");
    }
    return value;
  }

  /** Text that reaches a Dockerfile: present, not blank, {@link #printable}. */
  static String text(String value, String what) {
    notNull(value, what);
    check(!value.isBlank(), "%s is empty: give a value", what);
    return printable(value, what);
  }

  /**
   * Refuses a newline or other control character, and an invisible format character (Unicode
   * category Cf: zero-width spaces and joiners, bidirectional overrides and isolates, the BOM), which
   * would make what a reviewer reads differ from what runs.
   */
  static String printable(String value, String what) {
    check(!hasControl(value), "%s %s contains a control character (newline, tab, ...): remove it", what,
        quote(value));
    Matcher format = FORMAT.matcher(value);
    if (format.find()) {
      check(false, "%s %s contains the invisible format character U+%04X, so what a reviewer reads is not"
          + " what runs: remove it", what, quote(value), value.codePointAt(format.start()));
    }
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
    value.codePoints().forEach(c -> {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // Unicode line breaks and invisible format characters too: printed raw, they would break
          // the message's line or hide in it.
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT) {
            out.append(String.format(java.util.Locale.ROOT, c > 0xFFFF ? "\\U%08x" : "\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.append('\'').toString();
  }
}
