package io.github.nuniesmith.fks.images.generator.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The commands a shell-form RUN runs: the first word of each simple command, so that rules about
 * {@code curl} look at a command named curl and not at an apt package or a file named so. Quotes,
 * escapes, operators ({@code ; & | ( )}, newlines), command substitution ({@code $(...)}, backticks),
 * leading assignments, wrappers such as {@code sudo} and compound-command keywords are understood;
 * functions, aliases and {@code sh -c} strings are not followed.
 */
final class CommandNames {
  /** Words in command position that are not the command: wrappers and shell keywords. */
  private static final Set<String> NOT_COMMANDS = Set.of("sudo", "env", "exec", "command", "time", "nohup", "!",
      "{", "}", "if", "then", "else", "elif", "fi", "do", "done", "while", "until");

  private CommandNames() {}

  /** The command names of {@code runArguments}, a RUN's text after its keyword, flags included, in order. */
  static List<String> of(String runArguments) {
    List<String> names = new ArrayList<>();
    Parser parser = new Parser(names);
    String body = runArguments.stripLeading();
    while (body.startsWith("--")) {
      int space = body.indexOf(' ');
      body = space < 0 ? "" : body.substring(space + 1).stripLeading();
    }
    for (int i = 0; i < body.length(); i++) {
      i = parser.accept(body, i);
    }
    parser.endWord();
    return List.copyOf(names);
  }

  /** Whether {@code word} is a variable assignment, {@code NAME=value}: a loop, as every command word passes here. */
  private static boolean assignment(String word) {
    int i = 0;
    for (; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean nameChar = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (i > 0 && c >= '0' && c <= '9');
      if (!nameChar) {
        break;
      }
    }
    return i > 0 && i < word.length() && word.charAt(i) == '=';
  }

  /** An open {@code $(...)} or backtick substitution and the quote and command position it interrupted. */
  private record Substitution(boolean backtick, char quote, boolean commandPosition) {}

  /** Word and command boundaries, one character at a time; returns the index of the last character used. */
  private static final class Parser {
    private final List<String> names;
    private final StringBuilder word = new StringBuilder();
    /** Each open command substitution: how it closes, and the state it interrupted. */
    private final Deque<Substitution> substitutions = new ArrayDeque<>();
    private char quote;
    private boolean inWord;
    private boolean commandPosition = true;

    Parser(List<String> names) {
      this.names = names;
    }

    int accept(String text, int i) {
      char c = text.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
        } else {
          word.append(c);
        }
        return i;
      }
      if (c == '\\' && i + 1 < text.length()) {
        inWord = true;
        word.append(text.charAt(i + 1));
        return i + 1;
      }
      if ((c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '(') || c == '`') {
        if (c == '`' && !substitutions.isEmpty() && substitutions.peek().backtick()) {
          closeSubstitution();
          return i;
        }
        endWord();
        substitutions.push(new Substitution(c == '`', quote, commandPosition));
        quote = 0;
        commandPosition = true;
        return c == '`' ? i : i + 1;
      }
      if (quote == '"') {
        if (c == '"') {
          quote = 0;
        } else {
          word.append(c);
        }
        return i;
      }
      if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
        return i;
      }
      if (c == ')' && !substitutions.isEmpty() && !substitutions.peek().backtick()) {
        closeSubstitution();
        return i;
      }
      if (c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '\n') {
        endWord();
        commandPosition = true;
        return i;
      }
      if (Character.isWhitespace(c)) {
        endWord();
        return i;
      }
      inWord = true;
      word.append(c);
      return i;
    }

    private void closeSubstitution() {
      endWord();
      Substitution closed = substitutions.pop();
      quote = closed.quote();
      commandPosition = closed.commandPosition();
      inWord = closed.quote() != 0;
    }

    void endWord() {
      if (!inWord) {
        return;
      }
      inWord = false;
      // Only a word in command position becomes a string: most words are arguments.
      if (!commandPosition || quote == '"') {
        word.setLength(0);
        return;
      }
      String text = word.toString();
      word.setLength(0);
      if (text.isEmpty() || NOT_COMMANDS.contains(text) || assignment(text) || text.startsWith("-")) {
        return;
      }
      names.add(text.substring(text.lastIndexOf('/') + 1));
      commandPosition = false;
    }
  }
}
