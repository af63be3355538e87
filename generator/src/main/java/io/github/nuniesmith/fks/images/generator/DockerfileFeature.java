package io.github.nuniesmith.fks.images.generator;

import java.util.EnumMap;
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
  TMPFS_SIZE("RUN --mount=type=tmpfs with size=", 2, "^RUN (?:--\\S+ +)*--mount=\\S*type=tmpfs\\S*,size=", "type=tmpfs"),
  /** dockerfile/1.2.0: "RUN --mount syntax ... moved to mainline channel". */
  RUN_MOUNT("RUN --mount", 2, "^RUN (?:--\\S+ +)*--mount=", "--mount="),
  /** dockerfile/1.2.0: "ARG command now supports defining multiple build args on the same line". */
  ARG_OF_SEVERAL_NAMES("ARG of several names", 2, "^ARG \\S+ +\\S", "ARG "),
  /** COPY/ADD --chmod: dockerfile/1.2.0 (moby/buildkit#1492; /work/shared/reference/dockerfile-facts.md 3.2). */
  CHMOD("--chmod", 2, "^(?:COPY|ADD) (?:--\\S+ +)*--chmod=", "--chmod="),
  /** dockerfile/1.3.0: "RUN command allows --network flag ... previously only available on labs". */
  NETWORK("RUN --network", 3, "^RUN (?:--\\S+ +)*--network=", "--network="),
  /** dockerfile/1.4.0 (2022-03-09): heredocs promoted from labs (dockerfile-facts.md 2.6). */
  HEREDOC("heredoc", 4, "^(?:RUN|COPY|ADD) .*<<-?[\"']?[A-Za-z_][A-Za-z0-9_]*[\"']?", "<<"),
  /** {@code --link=true} or {@code --link=false}: COPY --link (1.4) with a value. */
  LINK_VALUE("--link with a value", 4, "^(?:COPY|ADD) (?:--\\S+ +)*--link=\\S+(?: |$)", "--link="),
  /** dockerfile/1.4.0: COPY --link (dockerfile-facts.md 3.2). */
  LINK("--link", 4, "^(?:COPY|ADD) (?:--\\S+ +)*--link(?:=\\S+)?(?: |$)", "--link"),
  /** dockerfile/1.6.0: "Graduate ADD <Git-URL> and ADD --checksum from labs channel to stable". */
  CHECKSUM("ADD --checksum", 6, "^ADD (?:--\\S+ +)*--checksum=", "--checksum="),
  /** ADD of {@code git@host:repo}, {@code git://...} or an http(s) URL of a {@code .git} repository (1.6.0). */
  GIT_SOURCE("ADD of a git source", 6, "^ADD\\b.*\\s(?:git@\\S|git://|https?://[^\\s#?]+\\.git(?:[#?\\s]|$))", "git"),
  /** --keep-git-dir acts on ADD of a git source only, stable with it in 1.6.0 (the facts file's 1.1 predates it). */
  KEEP_GIT_DIR("ADD --keep-git-dir", 6, "^ADD (?:--\\S+ +)*--keep-git-dir(?:=\\S+)?(?: |$)", "--keep-git-dir"),
  /** dockerfile/1.6.0: "Add start interval support to HEALTHCHECK" (moby/buildkit#3998). */
  START_INTERVAL("HEALTHCHECK --start-interval", 6, "^HEALTHCHECK (?:--\\S+ +)*--start-interval=", "--start-interval="),
  /** dockerfile/1.6.0: "Variable substitution now supports additional POSIX compatible variants without :". */
  EXPANSION_WITHOUT_COLON("${VAR-x} or ${VAR+x}", 6, Patterns.EXPANDED + "\\$\\{[A-Za-z_][A-Za-z0-9_]*[-+?]", "${"),
  /** dockerfile/1.7.0: "Variable expansion now allows string substitutions and trimming". */
  STRING_SUBSTITUTION("${VAR#x}, ${VAR%x} or ${VAR/x/y}", 7,
      Patterns.EXPANDED + "\\$\\{[A-Za-z_][A-Za-z0-9_]*(?:#|%|/)", "${"),
  /** Parser directive check: dockerfile/1.8.0, with the build checks (dockerfile-facts.md 3.3, 3.4). */
  CHECK_DIRECTIVE("# check directive", 8, "^# *check *=", "check"),
  /** RUN --mount=type=secret,env=: dockerfile/1.10.0 (dockerfile-facts.md 2.8). */
  SECRET_ENV("secret mount env=", 10, "^RUN (?:--\\S+ +)*--mount=\\S*type=secret\\S*,env=", ",env="),
  /** dockerfile/1.10.0: --chmod takes variables (dockerfile-facts.md 3.2). */
  CHMOD_VARIABLE("--chmod with a variable", 10, "^(?:COPY|ADD) (?:--\\S+ +)*--chmod=\\S*\\$", "--chmod="),
  /** dockerfile/1.14.0: "COPY --chmod now allows non-octal values". */
  CHMOD_SYMBOLIC("--chmod with symbolic modes", 14, "^(?:COPY|ADD) (?:--\\S+ +)*--chmod=[^\\s$]*[^0-7\\s$]", "--chmod="),
  /** dockerfile/1.17.0: "Add ADD --unpack=bool". */
  UNPACK("ADD --unpack", 17, "^ADD (?:--\\S+ +)*--unpack(?:=\\S+)?(?: |$)", "--unpack"),
  /** dockerfile/1.18.0: git URLs take ?ref=, tag, branch, checksum, subdir, keep-git-dir, submodules. */
  GIT_QUERY("git source with ?query", 18, "^ADD\\b.*\\s\\S+\\.git\\?[^\\s=]+=", ".git?"),
  /** dockerfile/1.19.0: "The --exclude flag for COPY and ADD instructions is now generally available". */
  EXCLUDE("--exclude", 19, "^(?:COPY|ADD) (?:--\\S+ +)*--exclude=", "--exclude="),
  /** dockerfile/1.20.0: "--parents flag for COPY ... generally available". */
  PARENTS("COPY --parents", 20, "^COPY (?:--\\S+ +)*--parents(?:=\\S+)?(?: |$)", "--parents"),
  /** dockerfile/1.20.0: "--security flag for RUN". */
  SECURITY("RUN --security", 20, "^RUN (?:--\\S+ +)*--security=", "--security=");

  private static final Pattern ONBUILD = Pattern.compile("^ONBUILD\\s+");

  private final String shown;
  private final int minor;
  private final Pattern pattern;
  private final String mark;

  /** {@code mark}: literal text every line that uses the feature holds, tested before the pattern. */
  DockerfileFeature(String shown, int minor, String regex, String mark) {
    // Every pattern starts at the line's start, so matching there (lookingAt) finds what find would.
    if (!regex.startsWith("^")) {
      throw new IllegalStateException("the pattern of " + shown + " must start with ^: " + regex);
    }
    this.shown = shown;
    this.minor = minor;
    this.pattern = Pattern.compile(regex);
    this.mark = mark;
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
    return mayBeUsedBy(instruction) && matches(instruction);
  }

  /**
   * Whether {@code instruction} may use any feature: a line without a flag, a {@code $}, a {@code <<},
   * {@code git}, a {@code #} or more than one word after ARG uses none of them, which keeps the
   * regular expressions off most lines.
   */
  static boolean mayBeUsedBy(String instruction) {
    return instruction.contains("--") || instruction.contains("$") || instruction.contains("<<")
        || instruction.contains("git") || instruction.startsWith("#") || instruction.startsWith("ARG ");
  }

  /**
   * Whether {@code instruction}, which {@link #mayBeUsedBy may use a feature}, uses this one: only a
   * line with the feature's mark is matched against its pattern, which keeps most patterns off a line.
   */
  boolean matches(String instruction) {
    return instruction.contains(mark) && pattern.matcher(instruction).lookingAt();
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

  /** Patterns the constants share, in a class of their own: an enum's constants come before its fields. */
  private static final class Patterns {
    /** A variable reference of an instruction Docker expands itself (not RUN, CMD, ENTRYPOINT, SHELL, HEALTHCHECK). */
    static final String EXPANDED =
        "^(?:ADD|ARG|COPY|ENV|EXPOSE|FROM|LABEL|ONBUILD|STOPSIGNAL|USER|VOLUME|WORKDIR) .*";
  }
}
