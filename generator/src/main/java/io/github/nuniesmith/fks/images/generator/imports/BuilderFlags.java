package io.github.nuniesmith.fks.images.generator.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --name=value} words at the start of an instruction's arguments, as BuildKit's
 * {@code extractBuilderFlags} reads them: quotes removed, a backslash escaping the next character
 * (whatever the file's escape character), a lone {@code --} ending them.
 *
 * @param flags the flags in the order written, unquoted
 * @param rest the arguments after them, without surrounding blanks
 */
record BuilderFlags(List<String> flags, String rest) {
  /** Copies the list. */
  BuilderFlags {
    flags = List.copyOf(flags);
  }

  /** {@code arguments} split into its leading flags and the rest. */
  static BuilderFlags split(String arguments) {
    List<String> flags = new ArrayList<>();
    int pos = 0;
    int n = arguments.length();
    while (true) {
      while (pos < n && Character.isWhitespace(arguments.charAt(pos))) {
        pos++;
      }
      if (!arguments.startsWith("--", pos)) {
        return new BuilderFlags(flags, arguments.substring(pos).strip());
      }
      StringBuilder word = new StringBuilder();
      char quote = 0;
      for (; pos < n && (quote != 0 || !Character.isWhitespace(arguments.charAt(pos))); pos++) {
        char c = arguments.charAt(pos);
        if (quote == 0 && (c == '\'' || c == '"')) {
          quote = c;
        } else if (quote != 0 && c == quote) {
          quote = 0;
        } else if (c == '\\' && pos + 1 == n) {
          quote = 0;
        } else {
          word.append(c == '\\' ? arguments.charAt(++pos) : c);
        }
      }
      if (word.toString().equals("--")) {
        return new BuilderFlags(flags, arguments.substring(pos).strip());
      }
      flags.add(word.toString());
    }
  }
}
