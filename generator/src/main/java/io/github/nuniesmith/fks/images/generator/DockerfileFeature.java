package io.github.nuniesmith.fks.images.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A feature of the stable Dockerfile reference that came after 1.0: where it shows in an instruction
 * ({@code KEYWORD arguments}, continuations joined, or a {@code # key=value} directive line) and the
 * minor version N of the first stable {@code docker/dockerfile:1.N} that has it. The one list both the
 * {@code # syntax} line ({@link SyntaxVersion}) and the tools' limits ({@code external.ToolLimits}) read.
 * Within one version, a later constant is the one {@link SyntaxVersion#newest} names.
 */
public enum DockerfileFeature {
  // Sources: the Dockerfile release notes (docs.docker.com/build/dockerfile/release-notes, moby/buildkit tags).
  /** RUN --mount=type=tmpfs with size=: an option of RUN --mount (1.2). */
  TMPFS_SIZE("RUN --mount=type=tmpfs with size=", 2, "RUN", "type=tmpfs",
      Patterns.FLAGS + "--mount=\\S*type=tmpfs\\S*,size="),
  /** dockerfile/1.2.0: "RUN --mount syntax ... moved to mainline channel". */
  RUN_MOUNT("RUN --mount", 2, "RUN", "--mount=", Patterns.FLAGS + "--mount="),
  /** dockerfile/1.2.0: "ARG command now supports defining multiple build args on the same line". */
  ARG_OF_SEVERAL_NAMES("ARG of several names", 2, "ARG", "ARG ", " \\S+ +\\S"),
  /** COPY/ADD --chmod: dockerfile/1.2.0 (moby/buildkit#1492; /work/shared/reference/dockerfile-facts.md 3.2). */
  CHMOD("--chmod", 2, "COPY|ADD", "--chmod=", Patterns.FLAGS + "--chmod="),
  /** dockerfile/1.3.0: "RUN command allows --network flag ... previously only available on labs". */
  NETWORK("RUN --network", 3, "RUN", "--network=", Patterns.FLAGS + "--network="),
  /** dockerfile/1.4.0 (2022-03-09): heredocs promoted from labs (dockerfile-facts.md 2.6). */
  HEREDOC("heredoc", 4, "RUN|COPY|ADD", "<<", "(?:(?<=RUN) .*<<-?[\"']?[A-Za-z_][A-Za-z0-9_]*"
      // COPY and ADD name the file they write: a name such as .env or 1.txt (HeredocFile's names).
      + "|(?<=COPY|ADD) .*<<-?[\"']?[A-Za-z0-9_.][A-Za-z0-9_.-]*)"),
  /** {@code --link=true} or {@code --link=false}: COPY --link (1.4) with a value. */
  LINK_VALUE("--link with a value", 4, "COPY|ADD", "--link=", Patterns.FLAGS + "--link=\\S+(?: |$)"),
  /** dockerfile/1.4.0: COPY --link (dockerfile-facts.md 3.2). */
  LINK("--link", 4, "COPY|ADD", "--link", Patterns.FLAGS + "--link(?:=\\S+)?(?: |$)"),
  /** dockerfile/1.6.0: "Graduate ADD <Git-URL> and ADD --checksum from labs channel to stable". */
  CHECKSUM("ADD --checksum", 6, "ADD", "--checksum=", Patterns.FLAGS + "--checksum="),
  /** ADD of {@code git@host:repo}, {@code git://...} or an http(s) URL of a {@code .git} repository (1.6.0). */
  GIT_SOURCE("ADD of a git source", 6, "ADD", "git",
      "\\b.*\\s(?:git@\\S|git://|https?://[^\\s#?]+\\.git(?:[#?\\s]|$))"),
  /** --keep-git-dir acts on ADD of a git source only, stable with it in 1.6.0 (the facts file's 1.1 predates it). */
  KEEP_GIT_DIR("ADD --keep-git-dir", 6, "ADD", "--keep-git-dir", Patterns.FLAGS + "--keep-git-dir(?:=\\S+)?(?: |$)"),
  /** dockerfile/1.6.0: "Add start interval support to HEALTHCHECK" (moby/buildkit#3998). */
  START_INTERVAL("HEALTHCHECK --start-interval", 6, "HEALTHCHECK", "--start-interval=",
      Patterns.FLAGS + "--start-interval="),
  /** dockerfile/1.6.0: "Variable substitution now supports additional POSIX compatible variants without :". */
  EXPANSION_WITHOUT_COLON("${VAR-x} or ${VAR+x}", 6, Patterns.EXPANDED, "${",
      " .*\\$\\{[A-Za-z_][A-Za-z0-9_]*[-+?]"),
  /** dockerfile/1.7.0: "Variable expansion now allows string substitutions and trimming". */
  STRING_SUBSTITUTION("${VAR#x}, ${VAR%x} or ${VAR/x/y}", 7, Patterns.EXPANDED, "${",
      " .*\\$\\{[A-Za-z_][A-Za-z0-9_]*(?:#|%|/)"),
  /** Parser directive check: dockerfile/1.8.0, with the build checks (dockerfile-facts.md 3.3, 3.4). */
  CHECK_DIRECTIVE("# check directive", 8, "#", "check", " *check *="),
  /** RUN --mount=type=secret,env=: dockerfile/1.10.0 (dockerfile-facts.md 2.8). */
  SECRET_ENV("secret mount env=", 10, "RUN", "type=secret", Patterns.FLAGS + "--mount=\\S*type=secret\\S*,env="),
  /** dockerfile/1.10.0: --chmod takes variables (dockerfile-facts.md 3.2). */
  CHMOD_VARIABLE("--chmod with a variable", 10, "COPY|ADD", "--chmod=", Patterns.FLAGS + "--chmod=\\S*\\$"),
  /** dockerfile/1.14.0: "COPY --chmod now allows non-octal values". */
  CHMOD_SYMBOLIC("--chmod with symbolic modes", 14, "COPY|ADD", "--chmod=",
      Patterns.FLAGS + "--chmod=[^\\s$]*[^0-7\\s$]"),
  /** dockerfile/1.17.0: "Add ADD --unpack=bool". */
  UNPACK("ADD --unpack", 17, "ADD", "--unpack", Patterns.FLAGS + "--unpack(?:=\\S+)?(?: |$)"),
  /** dockerfile/1.18.0: git URLs take ?ref=, tag, branch, checksum, subdir, keep-git-dir, submodules. */
  GIT_QUERY("git source with ?query", 18, "ADD", ".git?", "\\b.*\\s\\S+\\.git\\?[^\\s=]+="),
  /** dockerfile/1.19.0: "The --exclude flag for COPY and ADD instructions is now generally available". */
  EXCLUDE("--exclude", 19, "COPY|ADD", "--exclude=", Patterns.FLAGS + "--exclude="),
  /** dockerfile/1.20.0: "--parents flag for COPY ... generally available". */
  PARENTS("COPY --parents", 20, "COPY", "--parents", Patterns.FLAGS + "--parents(?:=\\S+)?(?: |$)"),
  /** dockerfile/1.20.0: "--security flag for RUN". */
  SECURITY("RUN --security", 20, "RUN", "--security=", Patterns.FLAGS + "--security=");

  private static final Pattern ONBUILD = Pattern.compile("^ONBUILD\\s+");
  /** The features by the keywords of their instructions. */
  private static final Map<String, List<DockerfileFeature>> BY_KEYWORD = byKeyword();

  private final String shown;
  private final int minor;
  /** The keywords its instructions start with, e.g. {@code COPY} and {@code ADD}. */
  private final List<String> keywords;
  /** Text every instruction with the feature contains, e.g. {@code --mount=}. */
  private final String needs;
  private final Pattern pattern;

  /**
   * A feature of instructions that start with one of {@code keywords} (e.g. {@code COPY|ADD}), contain
   * {@code needs}, and match {@code rest} after the keyword.
   */
  DockerfileFeature(String shown, int minor, String keywords, String needs, String rest) {
    this.shown = shown;
    this.minor = minor;
    this.keywords = List.of(keywords.split("\\|"));
    this.needs = needs;
    // Anchored at the start, so lookingAt: find would try the pattern again at every later position.
    this.pattern = Pattern.compile("^(?:" + keywords + ")" + rest);
  }

  /** What the feature is, for messages, e.g. {@code COPY --parents}. */
  public String shown() {
    return shown;
  }

  /** N of the first stable {@code docker/dockerfile:1.N} that has it. */
  public int minor() {
    return minor;
  }

  /** Whether {@code line} ({@code KEYWORD arguments}, or a directive line) uses it; ONBUILD is looked through. */
  public boolean usedBy(String line) {
    return usedByInstruction(withoutOnbuild(line));
  }

  /** {@code line} without an {@code ONBUILD} in front: the instruction it wraps. */
  static String withoutOnbuild(String line) {
    return line.startsWith("ONBUILD") ? ONBUILD.matcher(line).replaceFirst("") : line;
  }

  /** Whether {@code instruction}, with no ONBUILD in front, uses it. */
  boolean usedByInstruction(String instruction) {
    return keywords.contains(keyword(instruction)) && matches(instruction);
  }

  /**
   * Whether {@code instruction}, which starts with one of the feature's keywords, uses it. The pattern
   * runs only when the line contains what the feature needs: every line of every file passes here, and
   * running every pattern on every line made them a sixth of building and rendering a set.
   */
  boolean matches(String instruction) {
    return instruction.contains(needs) && pattern.matcher(instruction).lookingAt();
  }

  /**
   * Whether the line of {@code keyword} and {@code parts}, joined by blanks, may use it: it holds what
   * the feature needs. Text without a blank is in the line only when it is in one of its pieces, so
   * the line need not be joined to know.
   */
  boolean mayBeUsedBy(String keyword, List<String> parts) {
    if (needs.indexOf(' ') >= 0 || keyword.contains(needs)) {
      return true;
    }
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).contains(needs)) {
        return true;
      }
    }
    return false;
  }

  /** The features of instructions that start with {@code keyword} ({@link #keyword}), in this enum's order. */
  static List<DockerfileFeature> of(String keyword) {
    return BY_KEYWORD.getOrDefault(keyword, List.of());
  }

  /**
   * The keyword {@code instruction} starts with: its leading letters, digits and underscores, or {@code #}
   * for a directive line. Each pattern has a space or a word boundary after its keyword, so a line whose
   * leading word is none of a feature's keywords does not use it.
   */
  static String keyword(String instruction) {
    int end = 0;
    while (end < instruction.length() && isWordCharacter(instruction.charAt(end))) {
      end++;
    }
    return end == 0 && instruction.startsWith("#") ? "#" : instruction.substring(0, end);
  }

  private static boolean isWordCharacter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** The features {@code dockerfile} uses, each with the first line that uses it, in this enum's order. */
  public static Map<DockerfileFeature, Integer> in(String dockerfile) {
    Map<DockerfileFeature, Integer> found = new EnumMap<>(DockerfileFeature.class);
    DockerfileInstructions.Parsed parsed = DockerfileInstructions.parse(dockerfile);
    parsed.directives().forEach((key, value) -> record("# " + key + "=" + value, 1, found));
    for (DockerfileInstructions.Instruction i : parsed.instructions()) {
      record(i.keyword() + " " + i.arguments(), i.line(), found);
    }
    return found;
  }

  private static void record(String line, int number, Map<DockerfileFeature, Integer> found) {
    for (DockerfileFeature f : values()) {
      if (f.usedBy(line)) {
        found.putIfAbsent(f, number);
      }
    }
  }

  private static Map<String, List<DockerfileFeature>> byKeyword() {
    Map<String, List<DockerfileFeature>> byKeyword = new HashMap<>();
    for (DockerfileFeature f : values()) {
      f.keywords.forEach(k -> byKeyword.computeIfAbsent(k, x -> new ArrayList<>()).add(f));
    }
    return byKeyword;
  }

  /** Patterns the constants share, in a class of their own: an enum's constants come before its fields. */
  private static final class Patterns {
    /**
     * After the keyword, the flags before the one a pattern looks for: the fewest first, since it is
     * usually the first flag (whether a line matches is the same; greedy took microseconds to back off
     * the long mount flags of a RUN line).
     */
    static final String FLAGS = " (?:--\\S+ +)*?";
    /**
     * The instructions whose variables Docker expands itself (not RUN, CMD, ENTRYPOINT, SHELL,
     * HEALTHCHECK); an ONBUILD line is read as its trigger ({@link #withoutOnbuild}).
     */
    static final String EXPANDED = "ADD|ARG|COPY|ENV|EXPOSE|FROM|LABEL|STOPSIGNAL|USER|VOLUME|WORKDIR";
  }
}
