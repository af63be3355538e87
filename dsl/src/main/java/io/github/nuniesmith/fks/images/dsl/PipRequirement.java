package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One PEP 508 requirement such as {@code uvicorn[standard]==0.30.6} or {@code torch==2.8.0+cu128}.
 *
 * <p>Parsed and validated when built, so that a requirement always renders as one quoted shell word:
 * an unquoted {@code langchain>=0.3.0} is a shell redirect. URL requirements ({@code name @ url}) are
 * refused: pick the package index with {@link PackageIndex} instead.
 *
 * @param name the distribution name as written, e.g. {@code TA-Lib}
 * @param extras the extras, e.g. {@code [standard]}
 * @param specifiers the version specifiers, e.g. {@code >=0.3.0} and {@code <0.4}
 * @param marker the environment marker after {@code ;}, or empty
 */
public record PipRequirement(
    String name, List<String> extras, List<Specifier> specifiers, String marker) {

  /**
   * A version specifier: an operator and a PEP 440 version.
   *
   * @param operator one of {@code ~= == != <= >= < > ===}
   * @param version the version, possibly with a {@code .*} suffix (only after {@code ==} or {@code !=})
   *     or a {@code +local} label; after {@code ~=} it needs at least two release numbers
   */
  public record Specifier(String operator, String version) {
    /** Validates the operator and the version. */
    public Specifier {
      Checks.check(
          Set.of("~=", "==", "!=", "<=", ">=", "<", ">", "===").contains(operator),
          "operator %s is not a PEP 440 comparison: use one of ~= == != <= >= < > ===",
          Checks.quote(String.valueOf(operator)));
      Checks.matches(version, VERSION, "version", "write a PEP 440 version such as 2.8.0 or 2.8.0+cu128");
      Checks.check(
          !version.contains("+") || operator.equals("==") || operator.equals("!=") || operator.equals("==="),
          "version %s has a local label (+...), which only == and != can compare: write ==%s",
          Checks.quote(version),
          version);
      Checks.check(
          !version.endsWith(".*") || operator.equals("==") || operator.equals("!="),
          "version %s ends in .*, which only == and != can compare: write ==%s, or remove the .*",
          Checks.quote(version),
          version);
      List<Integer> release = Versions.release(version);
      // PEP 440: ~=V.N means >=V.N,==V.*, so it needs a number to drop and one to keep.
      Checks.check(
          !operator.equals("~=") || release.size() >= 2,
          "version %s has one release number, but ~= needs at least two (PEP 440): write ~=%s.0 to allow"
              + " %s.x",
          Checks.quote(version),
          release.get(0),
          release.get(0));
    }

    /** The version without its local label: {@code 2.8.0} for {@code 2.8.0+cu128}. */
    public String publicVersion() {
      int plus = version.indexOf('+');
      return plus < 0 ? version : version.substring(0, plus);
    }

    @Override
    public String toString() {
      return operator + version;
    }
  }

  private static final String NAME_RE = "[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?";
  private static final Pattern NAME = Pattern.compile(NAME_RE);
  private static final Pattern VERSION =
      Pattern.compile(
          // A .* ends the version: PEP 440 allows nothing after the prefix it matches.
          "(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|(?:(?:a|b|rc)[0-9]+)?(?:\\.post[0-9]+)?"
              + "(?:\\.dev[0-9]+)?(?:\\+[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*)?)");
  private static final Pattern REQUIREMENT =
      Pattern.compile(
          "\\s*(?<name>" + NAME_RE + ")\\s*(?:\\[(?<extras>[^\\]]*)\\])?\\s*"
              + "(?<specs>[~=!<>][^;]*)?(?:;(?<marker>.*))?");
  private static final Pattern SPECIFIER =
      Pattern.compile("\\s*(?<op>~=|===|==|!=|<=|>=|<|>)\\s*(?<version>[^,\\s]+)\\s*");
  private static final String SHELL_METACHARACTERS = "$`'\"\\&|{}#?^()";
  private static final Pattern MARKER_TOKEN =
      Pattern.compile(
          "\\s*(?:(?<string>\"[A-Za-z0-9 ._+*<>=!~-]*\")|(?<op>===|==|!=|<=|>=|~=|<|>)"
              + "|(?<word>[a-z_]+)|(?<paren>[()]))");
  private static final Set<String> MARKER_WORDS =
      Set.of(
          "python_version", "python_full_version", "os_name", "sys_platform", "platform_release",
          "platform_system", "platform_version", "platform_machine",
          "platform_python_implementation", "implementation_name", "implementation_version",
          "extra", "and", "or", "in", "not");
  private static final String EXAMPLE = "write one PEP 508 requirement such as 'langchain>=0.3.0'";

  /** Validates every part; use {@link #parse} to read a requirement from text. */
  public PipRequirement {
    Checks.matches(name, NAME, "package name", "use letters, digits and . _ - (PEP 508)");
    extras = List.copyOf(Checks.notNull(extras, "extras"));
    extras.forEach(e -> Checks.matches(e, NAME, "extra", "use letters, digits and . _ -"));
    specifiers = List.copyOf(Checks.notNull(specifiers, "specifiers"));
    Checks.notNull(marker, "marker");
    if (!marker.isEmpty()) {
      Checks.within("pip requirement " + Checks.quote(name), () -> {
        Checks.text(marker, "marker");
        checkMarker(marker);
      });
    }
  }

  /** Reads one requirement, e.g. {@code "langchain>=0.3.0"} or {@code "torch==2.8.0+cu128"}. */
  public static PipRequirement parse(String requirement) {
    Checks.enforcing(Rule.FKS005, () -> Checks.text(requirement, "pip requirement"));
    try {
      int markerStart = requirement.indexOf(';');
      for (int i = 0; i < requirement.length(); i++) {
        char c = requirement.charAt(i);
        boolean markerQuoting = markerStart >= 0 && i > markerStart && "\"()".indexOf(c) >= 0;
        if (c == '\'') {
          throw new DefinitionException(
              "contains a single quote, a shell metacharacter: write marker values in double quotes,"
                  + " e.g. python_version < \"3.13\"");
        }
        if (SHELL_METACHARACTERS.indexOf(c) >= 0 && !markerQuoting) {
          throw new DefinitionException("contains the shell metacharacter '" + c + "': " + EXAMPLE);
        }
      }
      Checks.check(!requirement.contains(" @ ") && !requirement.contains("://"),
          "is a URL requirement: name the package and choose its index with PackageIndex");
      Matcher m = REQUIREMENT.matcher(requirement);
      Checks.check(m.matches(), "is not a PEP 508 requirement: %s", EXAMPLE);
      List<String> extras = new ArrayList<>();
      if (m.group("extras") != null) {
        for (String extra : m.group("extras").split(",", -1)) {
          Checks.check(NAME.matcher(extra.strip()).matches(),
              "has an invalid extra %s: use letters, digits and . _ -", Checks.quote(extra.strip()));
          extras.add(extra.strip());
        }
      }
      List<Specifier> specifiers = new ArrayList<>();
      if (m.group("specs") != null) {
        for (String spec : m.group("specs").split(",", -1)) {
          Matcher s = SPECIFIER.matcher(spec);
          Checks.check(s.matches(), "has an invalid version specifier %s: %s",
              Checks.quote(spec.strip()), EXAMPLE);
          try {
            specifiers.add(new Specifier(s.group("op"), s.group("version")));
          } catch (DefinitionException e) {
            throw new DefinitionException(
                "has an invalid version specifier " + Checks.quote(spec.strip()) + ": " + e.problem());
          }
        }
      }
      String marker = m.group("marker") == null ? "" : m.group("marker").strip();
      Checks.check(m.group("marker") == null || !marker.isEmpty(),
          "has an empty marker after ';': write a marker or remove the ';'");
      return new PipRequirement(m.group("name"), extras, specifiers, marker);
    } catch (DefinitionException e) {
      throw new DefinitionException(Rule.FKS005, "pip requirement " + Checks.quote(requirement) + " " + e.problem());
    }
  }

  /** The normalized name (PEP 503) used to compare packages: {@code ta-lib} for {@code TA_Lib}. */
  public String canonicalName() {
    return canonical(name);
  }

  /** The PEP 503 normal form of a distribution name. */
  public static String canonical(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
  }

  /** The version of an exact {@code ==} pin, if this requirement is one. */
  public Optional<Specifier> exactPin() {
    return specifiers.size() == 1 && specifiers.get(0).operator().equals("==")
            && !specifiers.get(0).version().contains("*")
        ? Optional.of(specifiers.get(0))
        : Optional.empty();
  }

  /** The requirement in canonical text form, e.g. {@code uvicorn[standard]==0.30.6}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(name);
    if (!extras.isEmpty()) {
      out.append('[').append(String.join(",", extras)).append(']');
    }
    out.append(String.join(",", specifiers.stream().map(Specifier::toString).toList()));
    if (!marker.isEmpty()) {
      out.append("; ").append(marker);
    }
    return out.toString();
  }

  /** How deep parentheses may nest in a marker: far beyond real ones, and no deep recursion. */
  private static final int MAX_MARKER_DEPTH = 16;

  /** A marker token: its kind ({@code string}, {@code op}, {@code word} or {@code paren}), text and offset. */
  private record MarkerToken(String kind, String text, int start) {}

  /** Reads {@code marker} as PEP 508's grammar: comparisons of variables and strings, and, or, parentheses. */
  private static void checkMarker(String marker) {
    List<MarkerToken> tokens = new ArrayList<>();
    Matcher m = MARKER_TOKEN.matcher(marker);
    int position = 0;
    int depth = 0;
    while (position < marker.length()) {
      if (marker.substring(position).isBlank()) {
        break;
      }
      m.region(position, marker.length());
      Checks.check(m.lookingAt(),
          "has an invalid environment marker %s at %s: use PEP 508 markers with double-quoted values,"
              + " e.g. python_version < \"3.13\"",
          Checks.quote(marker), Checks.quote(marker.substring(position).strip()));
      if (m.group("word") != null) {
        Checks.check(MARKER_WORDS.contains(m.group("word")),
            "has an unknown marker variable %s: use one of PEP 508's, e.g. python_version",
            Checks.quote(m.group("word")));
      }
      if (m.group("paren") != null) {
        depth += m.group("paren").equals("(") ? 1 : -1;
        Checks.check(depth >= 0, "has unbalanced parentheses in its marker %s: close each ( with a )",
            Checks.quote(marker));
        Checks.check(depth <= MAX_MARKER_DEPTH, "nests parentheses more than %d deep in its marker: simplify it",
            MAX_MARKER_DEPTH);
      }
      String kind = m.group("string") != null ? "string" : m.group("op") != null ? "op"
          : m.group("word") != null ? "word" : "paren";
      tokens.add(new MarkerToken(kind, m.group(kind), m.start(kind)));
      position = m.end();
    }
    Checks.check(depth == 0, "has unbalanced parentheses in its marker %s: close each ( with a )",
        Checks.quote(marker));
    int end = new MarkerParser(marker, tokens).or(0);
    if (end < tokens.size()) {
      MarkerParser.invalid(marker, tokens, end);
    }
  }

  /** A recursive-descent reader of marker tokens; each method returns the index after what it read. */
  private record MarkerParser(String marker, List<MarkerToken> tokens) {
    private static final Set<String> KEYWORDS = Set.of("and", "or", "in", "not");

    /** {@code and_expr ('or' and_expr)*} */
    int or(int i) {
      i = and(i);
      while (is(i, "or")) {
        i = and(i + 1);
      }
      return i;
    }

    /** {@code atom ('and' atom)*} */
    int and(int i) {
      i = atom(i);
      while (is(i, "and")) {
        i = atom(i + 1);
      }
      return i;
    }

    /** {@code '(' marker ')'} or {@code value op value} */
    int atom(int i) {
      if (is(i, "(")) {
        int close = or(i + 1);
        if (!is(close, ")")) {
          invalid(marker, tokens, close);
        }
        return close + 1;
      }
      int op = value(i);
      int right = is(op, "not") && is(op + 1, "in") ? op + 2
          : is(op, "in") || (op < tokens.size() && tokens.get(op).kind().equals("op")) ? op + 1
          : invalid(marker, tokens, op);
      return value(right);
    }

    /** A marker variable or a quoted string. */
    int value(int i) {
      boolean value = i < tokens.size() && (tokens.get(i).kind().equals("string")
          || (tokens.get(i).kind().equals("word") && !KEYWORDS.contains(tokens.get(i).text())));
      return value ? i + 1 : invalid(marker, tokens, i);
    }

    private boolean is(int i, String text) {
      return i < tokens.size() && tokens.get(i).text().equals(text);
    }

    static int invalid(String marker, List<MarkerToken> tokens, int i) {
      String rest = i < tokens.size() ? marker.substring(tokens.get(i).start()).strip() : "its end";
      throw new DefinitionException(String.format(java.util.Locale.ROOT, "has an invalid environment marker %s at %s:"
          + " use PEP 508 markers, comparisons of a variable and a double-quoted value joined by and/or,"
          + " e.g. python_version < \"3.13\"", Checks.quote(marker), i < tokens.size() ? Checks.quote(rest) : rest));
    }
  }
}
