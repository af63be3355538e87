package io.github.nuniesmith.fks.images.dsl;

/**
 * A set of ASCII characters, written as the inside of a regular expression's character class: single
 * characters and ranges such as {@code a-z0-9_.-} (a {@code -} first or last is itself). A check by a
 * loop over it accepts what the class does and, unlike a Matcher, allocates nothing.
 */
final class Alphabet {
  private final long low;
  private final long high;

  Alphabet(String ranges) {
    long lo = 0;
    long hi = 0;
    for (int i = 0; i < ranges.length(); i++) {
      char from = ranges.charAt(i);
      char to = from;
      if (i + 2 < ranges.length() && ranges.charAt(i + 1) == '-') {
        to = ranges.charAt(i + 2);
        i += 2;
      }
      if (to >= 128 || from > to) {
        throw new IllegalArgumentException("not a range of ASCII characters: " + from + "-" + to);
      }
      for (char c = from; c <= to; c++) {
        if (c < 64) {
          lo |= 1L << c;
        } else {
          hi |= 1L << (c - 64);
        }
      }
    }
    low = lo;
    high = hi;
  }

  /** Whether {@code c} is in the set. */
  boolean contains(char c) {
    return c < 64 ? (low >>> c & 1) != 0 : c < 128 && (high >>> (c - 64) & 1) != 0;
  }

  /** Whether every character of {@code value} from {@code begin} to before {@code end} is in the set. */
  boolean containsAll(String value, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (!contains(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
