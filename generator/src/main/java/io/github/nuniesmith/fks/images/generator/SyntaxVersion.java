package io.github.nuniesmith.fks.images.generator;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The least {@code docker/dockerfile:1.N} a Dockerfile needs, read from its rendered instructions:
 * every feature of the stable Dockerfile reference that came after 1.0, with the version that made it
 * stable. Reading the text rather than the model finds a flag whichever step wrote it.
 */
public final class SyntaxVersion {
  /**
   * A feature: where it shows in an instruction ({@code KEYWORD arguments}, continuations joined) and
   * the minor version N of the first stable {@code docker/dockerfile:1.N} that has it.
   *
   * @param name what the feature is, for messages
   * @param minor N of 1.N
   * @param pattern found in the instruction text
   */
  public record Feature(String name, int minor, Pattern pattern) {
    Feature(String name, int minor, String regex) {
      this(name, minor, Pattern.compile(regex));
    }
  }

  /** A variable reference of an instruction Docker expands itself (not RUN, CMD, ENTRYPOINT, SHELL, HEALTHCHECK). */
  private static final String EXPANDED = "^(?:ADD|ARG|COPY|ENV|EXPOSE|FROM|LABEL|ONBUILD|STOPSIGNAL|USER|VOLUME|WORKDIR) .*";
  /** A git source word of ADD: {@code git@host:repo}, {@code git://...} or an http(s) URL of a {@code .git} repository. */
  private static final String GIT = "^ADD\\b.*\\s(?:git@\\S|git://|https?://[^\\s#?]+\\.git(?:[#?\\s]|$))";

  /** Sources: the Dockerfile release notes (docs.docker.com/build/dockerfile/release-notes, moby/buildkit tags). */
  private static final List<Feature> FEATURES = List.of(
      // dockerfile/1.2.0: "RUN --mount syntax ... moved to mainline channel".
      new Feature("RUN --mount", 2, "^RUN (?:--\\S+ +)*--mount="),
      // dockerfile/1.2.0: "ARG command now supports defining multiple build args on the same line".
      new Feature("ARG of several names", 2, "^ARG \\S+ +\\S"),
      // COPY/ADD --chmod: dockerfile/1.2.0 (moby/buildkit#1492; /work/shared/reference/dockerfile-facts.md 3.2).
      new Feature("--chmod", 2, "^(?:COPY|ADD) (?:--\\S+ +)*--chmod="),
      // dockerfile/1.3.0: "RUN command allows --network flag ... previously only available on labs".
      new Feature("RUN --network", 3, "^RUN (?:--\\S+ +)*--network="),
      // dockerfile/1.4.0 (2022-03-09): heredocs promoted from labs (dockerfile-facts.md 2.6).
      new Feature("heredoc", 4, "^(?:RUN|COPY|ADD) .*<<-?[\"']?[A-Za-z_][A-Za-z0-9_]*[\"']?"),
      // dockerfile/1.4.0: COPY --link (dockerfile-facts.md 3.2).
      new Feature("--link", 4, "^(?:COPY|ADD) (?:--\\S+ +)*--link(?:=\\S+)?(?: |$)"),
      // dockerfile/1.6.0: "Graduate ADD <Git-URL> and ADD --checksum from labs channel to stable".
      new Feature("ADD --checksum", 6, "^ADD (?:--\\S+ +)*--checksum="),
      new Feature("ADD of a git source", 6, GIT),
      // --keep-git-dir acts on ADD <git ref> only, stable with it in 1.6.0 (the facts file's 1.1 predates it).
      new Feature("ADD --keep-git-dir", 6, "^ADD (?:--\\S+ +)*--keep-git-dir(?:=\\S+)?(?: |$)"),
      // dockerfile/1.6.0: "Add start interval support to HEALTHCHECK" (moby/buildkit#3998).
      new Feature("HEALTHCHECK --start-interval", 6, "^HEALTHCHECK (?:--\\S+ +)*--start-interval="),
      // dockerfile/1.6.0: "Variable substitution now supports additional POSIX compatible variants without :".
      new Feature("${VAR-x} or ${VAR+x}", 6, EXPANDED + "\\$\\{[A-Za-z_][A-Za-z0-9_]*[-+?]"),
      // dockerfile/1.7.0: "Variable expansion now allows string substitutions and trimming".
      new Feature("${VAR#x}, ${VAR%x} or ${VAR/x/y}", 7, EXPANDED + "\\$\\{[A-Za-z_][A-Za-z0-9_]*(?:#|%|/)"),
      // Parser directive check: dockerfile/1.8.0, with the build checks (dockerfile-facts.md 3.3, 3.4).
      new Feature("# check directive", 8, "^# *check *="),
      // RUN --mount=type=secret,env=: dockerfile/1.10.0 (dockerfile-facts.md 2.8).
      new Feature("secret mount env=", 10, "^RUN (?:--\\S+ +)*--mount=\\S*type=secret\\S*,env="),
      // dockerfile/1.10.0: --chmod takes variables (dockerfile-facts.md 3.2).
      new Feature("--chmod with a variable", 10, "^(?:COPY|ADD) (?:--\\S+ +)*--chmod=\\S*\\$"),
      // dockerfile/1.14.0: "COPY --chmod now allows non-octal values".
      new Feature("--chmod with symbolic modes", 14, "^(?:COPY|ADD) (?:--\\S+ +)*--chmod=[^\\s$]*[^0-7\\s$]"),
      // dockerfile/1.17.0: "Add ADD --unpack=bool".
      new Feature("ADD --unpack", 17, "^ADD (?:--\\S+ +)*--unpack(?:=\\S+)?(?: |$)"),
      // dockerfile/1.18.0: git URLs take ?ref=, tag, branch, checksum, subdir, keep-git-dir, submodules.
      new Feature("git source with ?query", 18, "^ADD\\b.*\\s\\S+\\.git\\?[^\\s=]+="),
      // dockerfile/1.19.0: "The --exclude flag for COPY and ADD instructions is now generally available".
      new Feature("--exclude", 19, "^(?:COPY|ADD) (?:--\\S+ +)*--exclude="),
      // dockerfile/1.20.0: "--parents flag for COPY ... generally available", "--security flag for RUN".
      new Feature("COPY --parents", 20, "^COPY (?:--\\S+ +)*--parents(?:=\\S+)?(?: |$)"),
      new Feature("RUN --security", 20, "^RUN (?:--\\S+ +)*--security="));

  private static final Pattern ONBUILD = Pattern.compile("^ONBUILD\\s+");

  private SyntaxVersion() {}

  /** Every feature known, in version order. */
  public static List<Feature> features() {
    return FEATURES;
  }

  /**
   * The minor version N of the least {@code docker/dockerfile:1.N} that has every feature of
   * {@code lines}: instructions as {@code KEYWORD arguments} with continuations joined, and parser
   * directive lines as {@code # key=value}; 0 when none needs more than 1.0.
   */
  public static int minor(List<String> lines) {
    return lines.stream().map(SyntaxVersion::newest).flatMap(Optional::stream)
        .mapToInt(Feature::minor).max().orElse(0);
  }

  /** The newest feature {@code line} uses, if any; for ONBUILD, the feature of the instruction it wraps. */
  public static Optional<Feature> newest(String line) {
    String instruction = ONBUILD.matcher(line).replaceFirst("");
    Feature found = null;
    for (Feature f : FEATURES) {
      if (f.pattern().matcher(instruction).find() && (found == null || f.minor() >= found.minor())) {
        found = f;
      }
    }
    return Optional.ofNullable(found);
  }
}
