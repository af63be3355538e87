package io.github.nuniesmith.fks.images.generator.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Docker's word rules for ARG, ENV and LABEL, and for the words BuildKit expands (FROM's image, COPY's
 * paths, WORKDIR, USER): the parser's split into words ({@code parseWords}) and the shell lexer's quote
 * removal ({@code shell.Lex}), with the file's escape character. Variables are kept as written, not
 * expanded, so a value reads the same whichever way it was quoted.
 */
final class DockerLexer {
  private DockerLexer() {}

  /**
   * {@code text} split on blanks outside quotes, quotes and escape characters kept: BuildKit's
   * {@code parseWords}.
   */
  static List<String> words(String text, char escape) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    boolean blankOk = false;
    char quote = 0;
    int n = text.length();
    for (int pos = 0; pos < n; pos++) {
      char c = text.charAt(pos);
      if (!inWord && Character.isWhitespace(c)) {
        continue;
      }
      inWord = true;
      if (quote == 0) {
        if (Character.isWhitespace(c)) {
          words.add(word.toString());
          word.setLength(0);
          blankOk = false;
          inWord = false;
          continue;
        }
        if (c == '\'' || c == '"') {
          quote = c;
          blankOk = true;
        } else if (c == escape) {
          if (pos + 1 == n) {
            continue;
          }
          word.append(c);
          c = text.charAt(++pos);
        }
        word.append(c);
        continue;
      }
      if (c == quote) {
        quote = 0;
      } else if (c == escape && quote != '\'') {
        if (pos + 1 == n) {
          quote = 0;
          continue;
        }
        word.append(c);
        c = text.charAt(++pos);
      }
      word.append(c);
    }
    if (inWord && (blankOk || word.length() > 0)) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * {@code word} as Docker's shell lexer reads it, quotes and escape characters removed, with every
   * literal {@code $} and {@code \} written {@code \$} and {@code \\} and every variable reference
   * ({@code $NAME}, {@code ${NAME:-x}}) kept as written: two words that read the same give the same text.
   *
   * @throws IllegalArgumentException for an unterminated quote or {@code ${}, which Docker refuses
   */
  static String unquote(String word, char escape) {
    StringBuilder out = new StringBuilder();
    int n = word.length();
    int pos = 0;
    while (pos < n) {
      char c = word.charAt(pos);
      if (c == '\'') {
        int end = word.indexOf('\'', pos + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated single quote in " + word);
        }
        word.substring(pos + 1, end).chars().forEach(ch -> literal(out, (char) ch));
        pos = end + 1;
      } else if (c == '"') {
        pos = doubleQuoted(word, pos + 1, escape, out);
      } else if (c == '$') {
        pos = dollar(word, pos, escape, out);
      } else if (c == escape) {
        if (pos + 1 < n) {
          literal(out, word.charAt(pos + 1));
        }
        pos += 2;
      } else {
        literal(out, c);
        pos++;
      }
    }
    return out.toString();
  }

  /**
   * A word that BuildKit expands with its shell lexer (a COPY path, WORKDIR, USER), its quotes removed
   * when they are all that sets it apart from plain text: {@code "${HOME}"} is {@code ${HOME}}. A word
   * without quotes, or whose reading holds a literal {@code $} or backslash, stays as written.
   *
   * @throws IllegalArgumentException for an unterminated quote, which Docker refuses
   */
  static String plainWhenQuoted(String word, char escape) {
    if (word.indexOf('"') < 0 && word.indexOf('\'') < 0) {
      return word;
    }
    String plain = unquote(word, escape);
    return plain.indexOf('\\') < 0 ? plain : word;
  }

  /** Reads a double-quoted part from {@code pos} (after the quote); the index after the closing quote. */
  private static int doubleQuoted(String word, int pos, char escape, StringBuilder out) {
    int n = word.length();
    while (pos < n) {
      char c = word.charAt(pos);
      if (c == '"') {
        return pos + 1;
      }
      if (c == '$') {
        pos = dollar(word, pos, escape, out);
        continue;
      }
      pos++;
      // Inside double quotes the escape character escapes only ", $ and itself; elsewhere it is kept.
      if (c == escape && pos < n && (word.charAt(pos) == '"' || word.charAt(pos) == '$'
          || word.charAt(pos) == escape)) {
        c = word.charAt(pos++);
      } else if (c == escape && pos == n) {
        break;
      }
      literal(out, c);
    }
    throw new IllegalArgumentException("unterminated double quote in " + word);
  }

  /** Reads a {@code $} at {@code pos}: a variable reference kept as written, else a literal {@code $}. */
  private static int dollar(String word, int pos, char escape, StringBuilder out) {
    int n = word.length();
    int next = pos + 1;
    if (next < n && word.charAt(next) == '{') {
      int depth = 0;
      char quote = 0;
      for (int i = next; i < n; i++) {
        char c = word.charAt(i);
        // Quotes inside ${...} hide braces, as in the lexer's read of the modifier's word.
        if (quote != 0) {
          quote = c == quote ? 0 : quote;
          i += c == escape && quote == '"' ? 1 : 0;
        } else if (c == '\'' || c == '"') {
          quote = c;
        } else if (c == escape) {
          i++;
        } else if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          out.append(word, pos, i + 1);
          return i + 1;
        }
      }
      throw new IllegalArgumentException("missing } in " + word);
    }
    int end = next;
    if (end < n && Character.isDigit(word.charAt(end))) {
      while (end < n && Character.isDigit(word.charAt(end))) {
        end++;
      }
    } else if (end < n && "@*#?-$!".indexOf(word.charAt(end)) >= 0) {
      end++;
    } else {
      while (end < n && (Character.isLetterOrDigit(word.charAt(end)) || word.charAt(end) == '_')) {
        end++;
      }
    }
    if (end == next) {
      literal(out, '$');
    } else {
      out.append(word, pos, end);
    }
    return end;
  }

  private static void literal(StringBuilder out, char c) {
    out.append(c == '$' || c == '\\' ? "\\" + c : String.valueOf(c));
  }
}
