package io.github.nuniesmith.fks.images.dsl;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A name's form: one ASCII character of {@code first}, then up to {@code max - 1} of {@code rest}, each set
 * written as inside a regular expression's character class. It accepts exactly what {@link #pattern()}
 * matches ({@code [a-z][a-z0-9-]{0,39}}), by a loop: names are checked for every stage, image and
 * variable, and a Matcher per check was a tenth of what building a set costs.
 */
public final class Word implements Predicate<String> {
  private final String first;
  private final String rest;
  private final int max;
  private final Alphabet firstSet;
  private final Alphabet restSet;

  Word(String first, String rest, int max) {
    this.first = first;
    this.rest = rest;
    this.max = max;
    this.firstSet = new Alphabet(first);
    this.restSet = new Alphabet(rest);
  }

  /** Whether {@code value} has this form. */
  @Override
  public boolean test(String value) {
    int length = value.length();
    return length >= 1 && length <= max && firstSet.contains(value.charAt(0)) && restSet.containsAll(value, 1, length);
  }

  /** The regular expression that matches the same names. */
  public Pattern pattern() {
    return Pattern.compile(toString());
  }

  /** The regular expression, such as {@code [a-z][a-z0-9-]{0,39}}. */
  @Override
  public String toString() {
    return "[" + first + "][" + rest + "]{0," + (max - 1) + "}";
  }
}
