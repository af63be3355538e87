package io.github.nuniesmith.fks.images.dsl;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Argument checks whose messages name the offending value, each throwing a {@link DefinitionException}.
 * The model's records use them, and so do the layers built on it (the {@code blocks} package, or a
 * team's own blocks), so that every error reads the same way: where, what, and how to fix it.
 */
public final class Checks {

  private Checks() {}

  /** Throws a {@link DefinitionException} with {@code format} and {@code args} unless {@code condition} holds. */
  public static void check(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new DefinitionException(String.format(java.util.Locale.ROOT, format, args));
    }
  }

  /** Like {@link #check}, for a check that enforces {@code rule}. */
  public static void check(Rule rule, boolean condition, String format, Object... args) {
    if (!condition) {
      throw new DefinitionException(rule, String.format(java.util.Locale.ROOT, format, args));
    }
  }

  /** Runs {@code body}; a {@link DefinitionException} it throws names {@code rule}, unless it names one. */
  public static <T> T enforcing(Rule rule, Supplier<T> body) {
    try {
      return body.get();
    } catch (DefinitionException e) {
      throw e.breaking(rule);
    }
  }

  /** {@code value}; a null is an error naming {@code what}. */
  public static <T> T notNull(T value, String what) {
    if (value == null) {
      throw new DefinitionException(what + " is missing: give a value");
    }
    return value;
  }

  /**
   * The longest text a field takes, checked before any pattern: 64 KiB, far beyond any real ENV
   * value, label or command, and small enough that no check's time or memory depends on the input.
   */
  public static final int MAX_TEXT = 65_536;

  /** Text that reaches a Dockerfile: present, not blank, at most {@link #MAX_TEXT} long, {@link #printable}. */
  public static String text(String value, String what) {
    return text(value, what, false);
  }

  /** As {@link #text}, but a tab is text: in a shell command line. */
  public static String textWithTabs(String value, String what) {
    return text(value, what, true);
  }

  /** {@code value}, present and at most {@link #MAX_TEXT} long; empty and blank are allowed. */
  public static String notTooLong(String value, String what) {
    notNull(value, what);
    check(value.length() <= MAX_TEXT, "%s is %d characters long: the limit is %d", what, value.length(), MAX_TEXT);
    return value;
  }

  private static String text(String value, String what, boolean tabs) {
    notTooLong(value, what);
    check(!value.isBlank(), "%s is empty: give a value", what);
    return printable(value, what, tabs);
  }

  /**
   * Refuses a newline or other control character, and an invisible format character (Unicode
   * category Cf: zero-width spaces and joiners, bidirectional overrides and isolates, the BOM), which
   * would make what a reviewer reads differ from what runs.
   */
  public static String printable(String value, String what) {
    return printable(value, what, false);
  }

  /** As {@link #printable}, but a tab is text: in a script, a heredoc file, a quoted value. */
  public static String printableWithTabs(String value, String what) {
    return printable(value, what, true);
  }

  private static String printable(String value, String what, boolean tabs) {
    // Messages only on failure: quoting every checked value eagerly made the checks the model's main cost.
    if (hasControl(value, tabs)) {
      check(false, "%s %s contains a control character (newline, tab, ...): remove it", what, quote(value));
    }
    int format = formatCharacter(value);
    if (format >= 0) {
      check(false, "%s %s contains the invisible format character U+%04X, so what a reviewer reads is not"
          + " what runs: remove it", what, quote(value), format);
    }
    return value;
  }

  /** Whether {@link #text} passes {@code value}: for a caller that builds the field's name only when it fails. */
  static boolean isText(String value) {
    return value.length() <= MAX_TEXT && !value.isBlank() && isPrintable(value, false);
  }

  /** Whether {@link #printable} passes {@code value}, or {@link #printableWithTabs} when {@code tabs}. */
  static boolean isPrintable(String value, boolean tabs) {
    return !hasControl(value, tabs) && formatCharacter(value) < 0;
  }

  /** The first invisible format character (Unicode category Cf) of {@code value}, or -1. */
  private static int formatCharacter(String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (c >= 0x80 && Character.getType(c) == Character.FORMAT) {
        return c;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  /**
   * An https URL already matched by a pattern, whose host is a valid DNS name (labels of letters,
   * digits and inner hyphens) and whose port, if any, is 1 to 65535.
   */
  public static String httpsUrl(String url, Pattern pattern, String what, String allowed) {
    matches(url, pattern, what, allowed);
    java.net.URI uri;
    try {
      uri = new java.net.URI(url);
    } catch (java.net.URISyntaxException e) {
      throw new DefinitionException(String.format(java.util.Locale.ROOT, "%s %s cannot be read as a URL: %s", what,
          quote(url), e.getReason()));
    }
    check(uri.getHost() != null && uri.getHost().length() <= 253
            && uri.getHost().matches("(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}+(?<=[A-Za-z0-9]))?\\.)*+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}+(?<=[A-Za-z0-9]))?"),
        "%s %s has no valid host name: use labels of letters, digits and inner hyphens, such as pypi.org",
        what, quote(url));
    check(uri.getPort() == -1 || (uri.getPort() >= 1 && uri.getPort() <= 65535),
        "%s %s has the port %d: use 1 to 65535, or none", what, quote(url), uri.getPort());
    return url;
  }

  /** A value matching {@code pattern}, else an error naming what is allowed. */
  public static String matches(String value, Pattern pattern, String what, String allowed) {
    text(value, what);
    if (!pattern.matcher(value).matches()) {
      invalid(value, what, allowed);
    }
    return value;
  }

  /**
   * A value that {@code form} accepts, else an error naming what is allowed, as {@link #matches} words it:
   * for a {@link Word} or a loop that accepts what a pattern would, without a Matcher per call.
   */
  public static String matches(String value, Predicate<String> form, String what, String allowed) {
    text(value, what);
    if (!form.test(value)) {
      invalid(value, what, allowed);
    }
    return value;
  }

  /**
   * A value without any of the characters {@code refused}, else an error naming what is allowed, as
   * {@link #matches} words it: for a pattern of one negated character class, which a loop checks cheaper.
   */
  public static String without(String value, String refused, String what, String allowed) {
    text(value, what);
    for (int i = 0; i < value.length(); i++) {
      if (refused.indexOf(value.charAt(i)) >= 0) {
        invalid(value, what, allowed);
      }
    }
    return value;
  }

  private static void invalid(String value, String what, String allowed) {
    check(false, "%s %s is invalid: %s", what, quote(value), allowed);
  }

  /**
   * Whether {@code value} has a newline or other control character, Unicode line breaks included; a tab
   * counts only unless {@code tabs}.
   */
  private static boolean hasControl(String value, boolean tabs) {
    // A loop, not a regular expression: every value of every record passes here.
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && !(tabs && c == '\t')) || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029) {
        return true;
      }
    }
    return false;
  }

  /** {@code namesAndValues} as a map in their order; a name given twice or an odd count is an error naming {@code what}. */
  public static Map<String, String> pairs(String[] namesAndValues, String what) {
    List<String> all = asList(namesAndValues, what);
    check(all.size() % 2 == 0 && !all.isEmpty(), "%s takes names and values in pairs, not %d strings", what,
        all.size());
    Map<String, String> pairs = new java.util.LinkedHashMap<>();
    for (int i = 0; i < all.size(); i += 2) {
      check(!pairs.containsKey(all.get(i)), "%s gives %s twice: give each once", what, quote(String.valueOf(all.get(i))));
      // A map that takes a null name or value, so that the step's checks name what is missing.
      pairs.put(all.get(i), all.get(i + 1));
    }
    return pairs;
  }

  /** The varargs {@code values} as a list that may hold nulls, for a check that names them; refuses a null array. */
  public static <T> List<T> asList(T[] values, String what) {
    return java.util.Arrays.asList(notNull(values, what));
  }

  /** An unmodifiable copy of {@code values}; a null, empty list or a null element is an error naming {@code what}. */
  public static <T> List<T> nonEmpty(List<T> values, String what) {
    notNull(values, what);
    check(!values.isEmpty(), "%s is empty: give at least one", what);
    for (T v : values) { // a loop, not forEach with a check per element: every list of every record passes here
      if (v == null) {
        check(false, "%s contains null: remove it", what);
      }
    }
    return List.copyOf(values);
  }

  /** Runs {@code body}; a {@link DefinitionException} it throws gets {@code segment} prefixed. */
  public static <T> T within(String segment, Supplier<T> body) {
    try {
      return body.get();
    } catch (DefinitionException e) {
      throw e.within(segment);
    }
  }

  /** Runs {@code body}; a {@link DefinitionException} it throws gets the segment, built only then, prefixed. */
  public static void within(Supplier<String> segment, Runnable body) {
    try {
      body.run();
    } catch (DefinitionException e) {
      throw e.within(segment.get());
    }
  }

  /** Runs {@code body}; a {@link DefinitionException} it throws gets {@code segment} prefixed. */
  public static void within(String segment, Runnable body) {
    within(
        segment,
        () -> {
          body.run();
          return null;
        });
  }

  /**
   * {@code value}, {@link #quote quoted} only when a message is formatted: for the arguments of a
   * check, which are built on every call while its message is needed only when it fails.
   */
  public static Object quoted(String value) {
    return new Object() {
      @Override
      public String toString() {
        return quote(value);
      }
    };
  }

  /** Quotes a value for a message, making control characters visible. */
  public static String quote(String value) {
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
