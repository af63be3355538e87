package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Rule;
import java.util.regex.Pattern;

/**
 * FKS025: a RUN that changes directory with {@code cd} or user with {@code sudo}, where a WORKDIR or
 * a USER instruction says it to every reader and to the next instructions.
 */
final class CdAndSudo implements Check {
  /** sudo where a command starts: at the start, after an operator, or after a shell keyword. */
  private static final Pattern SUDO = Pattern.compile("(?:^|[;&|(`\\n]|\\$\\(|\\b(?:then|do|else)\\s)\\s*sudo\\s");

  @Override
  public void check(LintSubject subject, Findings findings) {
    for (RenderedDockerfile.Line line : subject.dockerfile().instructions()) {
      if (!line.keyword().equals("RUN")) {
        continue;
      }
      boolean cd = line.commands().contains("cd");
      boolean sudo = line.text().contains("sudo") && SUDO.matcher(commandText(line.text())).find();
      if (cd || sudo) {
        findings.add(Rule.FKS025, line, line.origin(), "uses " + (cd && sudo ? "cd and sudo" : cd ? "cd" : "sudo")
            + ", which hides from the reader and the next instructions where and as whom it runs: use a"
            + " WORKDIR or USER step, or suppress FKS025 saying why");
      }
    }
  }

  /** The text after a RUN's flags. */
  private static String commandText(String text) {
    String body = text;
    while (body.startsWith("--")) {
      int space = body.indexOf(' ');
      body = space < 0 ? "" : body.substring(space + 1);
    }
    return body;
  }
}
