package io.github.nuniesmith.fks.images.generator.imports;

import io.github.nuniesmith.fks.images.generator.DockerfileInstructions;
import io.github.nuniesmith.fks.images.generator.JsonArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One instruction reduced to what BuildKit reads from it, so that two layouts of the same instruction
 * are equal: flags in sorted order (a multiset), arguments in the shape the keyword takes, heredoc
 * bodies, and the instruction HEALTHCHECK or ONBUILD wraps.
 *
 * @param keyword the keyword in upper case
 * @param flags the flags, unquoted, a mount's options in {@link MountOptions#normalized} form, sorted
 * @param form the shape of the arguments
 * @param values the arguments in that shape: one text, the exec-form strings, the words, or the
 *     key-value pairs unquoted ({@code key=value}, or {@code key} for an ARG without a default)
 * @param heredocs the heredocs the instruction opens
 * @param wrapped the CMD of a HEALTHCHECK or the instruction of an ONBUILD
 * @param line the 1-based line it starts on
 */
record ReadInstruction(String keyword, List<String> flags, Form form, List<String> values,
    List<DockerfileInstructions.Heredoc> heredocs, Optional<ReadInstruction> wrapped, int line) {
  /** BuildKit's separator of whitespace-delimited arguments. */
  private static final Pattern BLANKS = Pattern.compile("[\\t\\u000B\\f\\r ]+");
  /** The instructions of the Dockerfile reference. */
  private static final Set<String> KEYWORDS = Set.copyOf(DockerfileInstructions.KEYWORDS);
  /** Long texts are shown around their first difference, this many characters either side. */
  static final int CONTEXT = 40;
  private static final Pattern DURATION_FLAG = Pattern.compile(
      "(--(?:interval|timeout|start-period|start-interval)=)(.+)");

  /** The flags that are switches, off unless given. */
  private static final List<String> SWITCHES = List.of("--link", "--parents", "--keep-git-dir");
  /** A heredoc word whose delimiter is in single quotes. */
  private static final Pattern QUOTED_HEREDOC = Pattern.compile("^(\\d*<<-?)'([^']*)'$");
  /** A COPY/ADD word that opens a heredoc. */
  private static final Pattern HEREDOC_WORD = Pattern.compile("^\\d*<<");

  /** The shapes BuildKit gives arguments. */
  enum Form {
    /** None given. */
    EMPTY("no arguments"),
    /** A shell command, runs of whitespace made one space. */
    SHELL("shell form"),
    /** A JSON array of strings. */
    EXEC("exec form"),
    /** Whitespace-delimited words (FROM, EXPOSE, COPY, ADD, VOLUME). */
    WORDS("words"),
    /** Key-value pairs (ARG, ENV, LABEL). */
    PAIRS("pairs"),
    /** One text, runs of whitespace made one space (USER, WORKDIR, STOPSIGNAL, MAINTAINER, HEALTHCHECK's type). */
    TEXT("text");

    private final String label;

    Form(String label) {
      this.label = label;
    }
  }

  /** Copies the lists. */
  ReadInstruction {
    flags = List.copyOf(flags);
    values = List.copyOf(values);
    heredocs = List.copyOf(heredocs);
  }

  /**
   * {@code instruction} as BuildKit reads it in a file whose escape character is {@code escape}.
   *
   * @throws IllegalArgumentException naming the line, for arguments Docker refuses (an unterminated
   *     quote, an ENV word without {@code =}, a JSON array holding a number)
   */
  static ReadInstruction of(DockerfileInstructions.Instruction instruction, char escape) {
    try {
      return read(instruction.keyword(), instruction.arguments(), instruction.heredocs(), instruction.line(),
          escape);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("line " + instruction.line() + ": " + e.getMessage(), e);
    }
  }

  /** Reads one instruction; an error names its keyword (and the wrapping one's). */
  private static ReadInstruction read(String keyword, String arguments, List<DockerfileInstructions.Heredoc> heredocs,
      int line, char escape) {
    if (!KEYWORDS.contains(keyword)) {
      throw new IllegalArgumentException(keyword + " is not an instruction: Docker refuses it; use one of the"
          + " Dockerfile reference's instructions");
    }
    try {
      return readKnown(keyword, arguments, heredocs, line, escape);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(keyword + " " + e.getMessage(), e);
    }
  }

  private static ReadInstruction readKnown(String keyword, String arguments,
      List<DockerfileInstructions.Heredoc> heredocs, int line, char escape) {
    BuilderFlags split = BuilderFlags.split(arguments);
    List<String> flags = split.flags().stream().map(MountOptions::normalized).map(ReadInstruction::switchFlag)
        .filter(f -> !f.isEmpty()).sorted().toList();
    String rest = split.rest();
    if (keyword.equals("ONBUILD")) {
      String[] inner = rest.split("\\s+", 2);
      String trigger = inner[0].toUpperCase(Locale.ROOT);
      if (trigger.equals("ONBUILD") || trigger.equals("FROM") || trigger.equals("MAINTAINER")) {
        throw new IllegalArgumentException("cannot wrap " + trigger + ": Docker refuses ONBUILD ONBUILD, FROM and"
            + " MAINTAINER");
      }
      ReadInstruction wrapped = read(trigger, inner.length < 2 ? "" : inner[1], heredocs, line, escape);
      return new ReadInstruction(keyword, flags, Form.EMPTY, List.of(), List.of(), Optional.of(wrapped), line);
    }
    if (keyword.equals("HEALTHCHECK")) {
      // Docker reads a duration as a length of time: --interval=1m and --interval=60s are the same check.
      flags = flags.stream().map(ReadInstruction::durationFlag).sorted().toList();
      String[] inner = rest.split("\\s+", 2);
      String type = inner[0].toUpperCase(Locale.ROOT);
      Optional<ReadInstruction> command = inner.length < 2 ? Optional.empty()
          : Optional.of(read("CMD", inner[1], List.of(), line, escape));
      return new ReadInstruction(keyword, flags, Form.TEXT, List.of(type), List.of(), command, line);
    }
    if (rest.isEmpty()) {
      return new ReadInstruction(keyword, flags, Form.EMPTY, List.of(), heredocs, Optional.empty(), line);
    }
    Form form;
    List<String> values;
    switch (keyword) {
      case "RUN", "CMD", "ENTRYPOINT", "SHELL" -> {
        Optional<List<String>> exec = JsonArguments.read(rest);
        form = exec.isPresent() ? Form.EXEC : Form.SHELL;
        values = exec.orElseGet(() -> List.of(collapse(rest)));
      }
      case "COPY", "ADD", "VOLUME" -> {
        Optional<List<String>> exec = JsonArguments.read(rest);
        form = exec.isPresent() ? Form.EXEC : Form.WORDS;
        // <<'EOF' and <<"EOF" open the same document: quoted, so not expanded.
        values = exec.orElseGet(() -> List.of(BLANKS.split(rest))).stream().map(w -> HEREDOC_WORD.matcher(w).find()
            ? QUOTED_HEREDOC.matcher(w).replaceFirst("$1\"$2\"") : DockerLexer.plainWhenQuoted(w, escape)).toList();
      }
      case "FROM", "EXPOSE" -> {
        form = Form.WORDS;
        values = new ArrayList<>(List.of(BLANKS.split(rest)));
        if (keyword.equals("EXPOSE")) {
          values.replaceAll(w -> DockerLexer.plainWhenQuoted(w, escape));
        } else {
          values.set(0, DockerLexer.plainWhenQuoted(values.get(0), escape));
        }
        // BuildKit reads AS in any case.
        if (keyword.equals("FROM") && values.size() == 3 && values.get(1).equalsIgnoreCase("as")) {
          values.set(1, "AS");
        }
      }
      case "ARG" -> {
        form = Form.PAIRS;
        values = DockerLexer.words(rest, escape).stream().map(w -> pair(w, escape)).toList();
      }
      case "ENV", "LABEL" -> {
        form = Form.PAIRS;
        values = nameValues(rest, escape);
      }
      case "USER", "WORKDIR", "STOPSIGNAL", "MAINTAINER" -> {
        form = Form.TEXT;
        // BuildKit expands all but MAINTAINER with its shell lexer, which removes quotes.
        values = List.of(keyword.equals("MAINTAINER") ? collapse(rest)
            : DockerLexer.plainWhenQuoted(collapse(rest), escape));
      }
      default -> throw new IllegalStateException("no argument form for " + keyword);
    }
    return new ReadInstruction(keyword, flags, form, values, heredocs, Optional.empty(), line);
  }

  /** A HEALTHCHECK timing flag with its duration in seconds (in milliseconds when not whole); any other flag as is. */
  private static String durationFlag(String flag) {
    Matcher m = DURATION_FLAG.matcher(flag);
    if (!m.matches()) {
      return flag;
    }
    try {
      long millis = DockerfileImport.duration(m.group(2)).toMillis();
      return m.group(1) + (millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms");
    } catch (IllegalArgumentException e) {
      return flag;
    }
  }

  /** A COPY/ADD switch as BuildKit reads it: {@code --link=true} is {@code --link}, {@code --link=false} none (empty). */
  private static String switchFlag(String flag) {
    for (String name : SWITCHES) {
      if (flag.equals(name + "=true")) {
        return name;
      } else if (flag.equals(name + "=false")) {
        return "";
      }
    }
    return flag;
  }

  /** ENV and LABEL: {@code key=value ...}, or the legacy {@code key value} that sets one key. */
  private static List<String> nameValues(String rest, char escape) {
    List<String> words = DockerLexer.words(rest, escape);
    if (!words.get(0).contains("=")) {
      String[] legacy = BLANKS.split(rest, 2);
      if (legacy.length < 2) {
        throw new IllegalArgumentException("has a name without a value: write name=value");
      }
      return List.of(DockerLexer.unquote(legacy[0], escape) + "=" + DockerLexer.unquote(legacy[1], escape));
    }
    List<String> pairs = new ArrayList<>();
    for (String word : words) {
      if (!word.contains("=")) {
        throw new IllegalArgumentException("word " + word + " has no =: write name=value");
      }
      pairs.add(pair(word, escape));
    }
    return pairs;
  }

  /** {@code name=value} or {@code name}, each side unquoted as Docker's lexer does. */
  private static String pair(String word, char escape) {
    int equals = word.indexOf('=');
    return equals < 0 ? DockerLexer.unquote(word, escape)
        : DockerLexer.unquote(word.substring(0, equals), escape) + "="
            + DockerLexer.unquote(word.substring(equals + 1), escape);
  }

  private static String collapse(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * How {@code rendered} differs from this instruction, the input's, in one line, e.g. {@code RUN
   * differs: input "a", rendered "b"}; empty when BuildKit reads both the same.
   */
  Optional<String> difference(ReadInstruction rendered) {
    if (!keyword.equals(rendered.keyword)) {
      return Optional.of("the input has " + keyword + ", the rendered file " + rendered.keyword);
    }
    if (!flags.equals(rendered.flags)) {
      return Optional.of(keyword + " flags differ: input " + list(flags) + ", rendered " + list(rendered.flags));
    }
    // VOLUME ["/a"] and VOLUME /a declare the same paths, COPY ["a", "/b"] and COPY a /b copy the same: no
    // shell reads either, BuildKit only splits the words on blanks.
    boolean sameForm = form == rendered.form
        || List.of("VOLUME", "COPY", "ADD").contains(keyword) && values.equals(rendered.values);
    if (!sameForm) {
      return Optional.of(keyword + " differs: input " + form.label + " " + shown(form, values) + ", rendered "
          + rendered.form.label + " " + shown(rendered.form, rendered.values));
    }
    if (!values.equals(rendered.values)) {
      boolean text = form == Form.SHELL || form == Form.TEXT;
      String[] texts = text ? excerpts(values.get(0), rendered.values.get(0))
          : excerpts(list(values), list(rendered.values));
      return Optional.of(keyword + " differs: input " + (text ? quote(texts[0]) : texts[0]) + ", rendered "
          + (text ? quote(texts[1]) : texts[1]));
    }
    Optional<String> heredoc = heredocDifference(rendered);
    if (heredoc.isPresent()) {
      return heredoc;
    }
    if (wrapped.isPresent() != rendered.wrapped.isPresent()) {
      return Optional.of(keyword + " differs: input " + shown(form, values) + (wrapped.isPresent() ? " with a command"
          : "") + ", rendered " + shown(form, rendered.values) + (rendered.wrapped.isPresent() ? " with a command" : ""));
    }
    return wrapped.flatMap(w -> w.difference(rendered.wrapped.orElseThrow())).map(d -> keyword + " " + d);
  }

  private Optional<String> heredocDifference(ReadInstruction rendered) {
    if (heredocs.size() != rendered.heredocs.size()) {
      return Optional.of(keyword + " differs: input " + heredocs.size() + " heredocs, rendered "
          + rendered.heredocs.size());
    }
    for (int i = 0; i < heredocs.size(); i++) {
      DockerfileInstructions.Heredoc in = heredocs.get(i);
      DockerfileInstructions.Heredoc out = rendered.heredocs.get(i);
      String which = keyword + " heredoc " + (i + 1) + " (<<" + in.delimiter() + ") differs: ";
      if (in.stripTabs() != out.stripTabs()) {
        return Optional.of(which + "the input opens it with <<" + (in.stripTabs() ? "-" : "")
            + ", the rendered file with <<" + (out.stripTabs() ? "-" : ""));
      }
      if (in.expands() != out.expands()) {
        return Optional.of(which + (in.expands() ? "the rendered file" : "the input")
            + " quotes its delimiter (no variables expanded in the body), the "
            + (in.expands() ? "input" : "rendered file") + " does not");
      }
      // The delimiters are words of the instruction, compared with its values already.
      if (!in.body().equals(out.body())) {
        String[] bodies = excerpts(in.body(), out.body());
        return Optional.of(which + "input body " + quote(bodies[0]) + ", rendered body " + quote(bodies[1]));
      }
    }
    return Optional.empty();
  }

  private static String shown(Form form, List<String> values) {
    return switch (form) {
      case EMPTY -> "nothing";
      case SHELL, TEXT -> quote(values.get(0));
      default -> list(values);
    };
  }

  static String list(List<String> values) {
    return values.stream().map(ReadInstruction::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  /** Two long texts cut to the neighbourhood of their first difference. */
  private static String[] excerpts(String a, String b) {
    if (a.length() <= 3 * CONTEXT && b.length() <= 3 * CONTEXT) {
      return new String[] {a, b};
    }
    int same = 0;
    while (same < a.length() && same < b.length() && a.charAt(same) == b.charAt(same)) {
      same++;
    }
    int from = Math.max(0, same - CONTEXT);
    return new String[] {cut(a, from, same + CONTEXT), cut(b, from, same + CONTEXT)};
  }

  private static String cut(String text, int from, int to) {
    return (from > 0 ? "..." : "") + text.substring(from, Math.min(text.length(), to))
        + (to < text.length() ? "..." : "");
  }

  /** {@code text} in double quotes, its quotes and control characters escaped, so it stays on one line. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.append('"').toString();
  }
}
