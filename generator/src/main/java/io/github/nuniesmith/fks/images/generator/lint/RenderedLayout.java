package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.DefaultShell;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.generator.DockerfileFeature;
import io.github.nuniesmith.fks.images.generator.SyntaxVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guarantees of the rendered text that the generator makes and this check keeps honest: FKS029
 * the syntax directive covers the features used, FKS008 pipefail after every FROM of a stage with a
 * RUN (or a SHELL the stage sets itself before its first RUN; none for an image imported as written), FKS016 no two consecutive shell-form
 * RUNs with the same flags that could be one.
 */
final class RenderedLayout implements Check {
  static final String PIPEFAIL_SHELL = "[\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]";
  /** The flags at the start of a RUN's text. */
  private static final Pattern FLAGS = Pattern.compile("(?:--[a-z]+=\\S+ )+");
  /** A heredoc marker, but not the here-string {@code <<<}. */
  private static final Pattern HEREDOC = Pattern.compile("(?<!<)<<(?!<)");

  @Override
  public void check(LintSubject subject, Findings findings) {
    syntax(subject.dockerfile(), findings);
    for (Map.Entry<String, List<RenderedDockerfile.Line>> stage : subject.dockerfile().byStage().entrySet()) {
      List<RenderedDockerfile.Line> lines = stage.getValue();
      // An imported image runs its RUNs in the shell its file chose; hadolint's DL4006 checks its pipes.
      if (subject.image().asWritten().isEmpty() && !shellChosen(lines, subject.image(), stage.getKey())) {
        findings.add(Rule.FKS008, lines.get(0), "", "runs a shell but does not set SHELL " + PIPEFAIL_SHELL
            + " right after its FROM, so a failing command in a pipe goes unnoticed: the generator writes it"
            + " for every stage with a RUN that sets no SHELL of its own (defaultShell) before it; report this"
            + " as a bug");
      }
      for (int i = 1; i < lines.size(); i++) {
        RenderedDockerfile.Line previous = lines.get(i - 1);
        RenderedDockerfile.Line line = lines.get(i);
        if (previous.keyword().equals("RUN") && line.keyword().equals("RUN") && joinable(previous)
            && joinable(line) && flags(previous).equals(flags(line))) {
          List<String> flags = flags(line);
          findings.add(Rule.FKS016, line, line.origin(), "could be one RUN with the RUN at line "
              + previous.number() + ": both have " + (flags.isEmpty() ? "no flags" : "the flags "
              + String.join(" ", flags)) + "; put both in one run(r -> r.step(...).then(...)), or suppress FKS016"
              + " saying why they stay apart");
        }
      }
    }
  }

  /**
   * Whether a stage's RUNs, if any, run in a shell chosen for them: bash with pipefail right after
   * FROM, as the generator writes it, or, for a stage that sets its own ({@code defaultShell}), that
   * SHELL before its first RUN (its pipefail is the stage's choice: hadolint's DL4006 checks it). The
   * stage's steps are read only then: the generator writes the SHELL after nearly every FROM.
   */
  private static boolean shellChosen(List<RenderedDockerfile.Line> lines, Image image, String stage) {
    boolean generated = lines.size() > 1 && lines.get(1).keyword().equals("SHELL")
        && lines.get(1).text().equals(PIPEFAIL_SHELL);
    if (generated || lines.stream().noneMatch(l -> l.keyword().equals("RUN"))) {
      return true;
    }
    for (RenderedDockerfile.Line line : lines) {
      if (line.keyword().equals("RUN")) {
        return false;
      }
      if (line.keyword().equals("SHELL")) {
        return image.stage(stage).map(s -> s.steps().stream().anyMatch(DefaultShell.class::isInstance)).orElse(false);
      }
    }
    return false;
  }

  private static void syntax(RenderedDockerfile dockerfile, Findings findings) {
    int declared = dockerfile.syntaxMinor().orElse(0);
    for (RenderedDockerfile.Line line : dockerfile.instructions()) {
      // Only a feature newer than the directive is a finding, so only those are looked for.
      Optional<DockerfileFeature> newer = SyntaxVersion.newest(line.keyword(), List.of(line.text()), declared);
      if (newer.isPresent()) {
        findings.add(Rule.FKS029, line, line.origin(), line.keyword() + " uses a feature of Dockerfile syntax 1."
            + newer.get().minor() + " (" + newer.get().shown() + "), but the file declares "
            + dockerfile.syntaxMinor().map(n -> "1." + n).orElse("no # syntax directive")
            + ": the generator chooses the directive from the features used; report this as a bug");
      }
    }
  }

  /** The flags a RUN starts with, e.g. {@code --mount=...} and {@code --network=none}. */
  private static List<String> flags(RenderedDockerfile.Line line) {
    Matcher m = FLAGS.matcher(line.text());
    return m.lookingAt() ? List.of(m.group().strip().split(" ")) : List.of();
  }

  /** Whether a RUN's command can be joined to another with {@code &&}: shell form, no heredoc. */
  private static boolean joinable(RenderedDockerfile.Line line) {
    Matcher m = FLAGS.matcher(line.text());
    String command = line.text().substring(m.lookingAt() ? m.end() : 0);
    return !command.startsWith("[") && !HEREDOC.matcher(command).find();
  }
}
