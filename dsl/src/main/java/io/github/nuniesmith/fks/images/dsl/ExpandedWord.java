package io.github.nuniesmith.fks.images.dsl;

import java.util.regex.Pattern;

/** The forms of a variable Docker expands in a word: {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-x}}, {@code ${NAME:+x}}. */
final class ExpandedWord {
  /** One variable reference; the default or alternative text holds no {@code $}, braces or quotes. */
  static final String VARIABLE = "\\$(?:[A-Za-z_][A-Za-z0-9_]*+|\\{[A-Za-z_][A-Za-z0-9_]*+(?::[-+][^${}\"'\\s]*+)?\\})";
  private static final Pattern ONE = Pattern.compile(VARIABLE);

  private ExpandedWord() {}

  /** Whether {@code value} is exactly one variable reference. */
  static boolean isVariable(String value) {
    return ONE.matcher(value).matches();
  }
}
