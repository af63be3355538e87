package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Cmd;
import io.github.nuniesmith.fks.images.dsl.ContainerCommand;
import io.github.nuniesmith.fks.images.dsl.Entrypoint;
import io.github.nuniesmith.fks.images.dsl.Healthcheck;
import io.github.nuniesmith.fks.images.dsl.Labels;
import io.github.nuniesmith.fks.images.dsl.Maintainer;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import io.github.nuniesmith.fks.images.dsl.User;
import io.github.nuniesmith.fks.images.dsl.Workdir;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How instructions are written, choices the model leaves open: FKS010 USER is numeric (or a variable)
 * and a stage does not end as root; FKS012 CMD, ENTRYPOINT and HEALTHCHECK in exec form, one of each
 * per stage; FKS015 WORKDIR is absolute; FKS017 label keys in lowercase reverse-DNS style, outside
 * Docker's namespaces; FKS033 no MAINTAINER.
 */
final class InstructionStyle implements Check {
  private static final List<String> DOCKER_NAMESPACES = List.of("com.docker.", "io.docker.", "org.dockerproject.");
  /** A variable, which hadolint DL3066 accepts as a user since it is given as an id at build time. */
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?[A-Za-z_].*");

  @Override
  public void check(LintSubject subject, Findings findings) {
    for (Stage stage : subject.image().stages()) {
      users(stage, findings);
      count(stage, Cmd.class, "CMD", findings);
      count(stage, Entrypoint.class, "ENTRYPOINT", findings);
      count(stage, Healthcheck.class, "HEALTHCHECK", findings);
      for (Step step : stage.steps()) {
        shellForm(stage, step, findings);
        if (step instanceof Workdir w && !w.absolute()) {
          findings.add(Rule.FKS015, stage.name(), line("WORKDIR"), step.describe(), "path '" + w.path()
              + "' is relative, so it depends on the WORKDIR before it, which a base image may change: write an"
              + " absolute path such as /" + w.path());
        } else if (step instanceof Labels l) {
          l.labels().keySet().forEach(key -> labelKey(stage, key, findings));
        } else if (step instanceof Maintainer) {
          findings.add(Rule.FKS033, stage.name(), line("MAINTAINER"), step.describe(), "MAINTAINER is deprecated:"
              + " use the label org.opencontainers.image.authors instead");
        }
      }
    }
  }

  /** Every USER numeric or a variable; the last one not root, so that the container does not run as root. */
  private static void users(Stage stage, Findings findings) {
    for (Step step : stage.steps()) {
      if (step instanceof User u && !u.numericUser() && !VARIABLE.matcher(u.user()).matches() && !u.root()) {
        findings.add(Rule.FKS010, stage.name(), line("USER " + u), step.describe(), "user '" + u.user()
            + "' is a name, which may not resolve on the host or in the image: use a numeric id such as 10001");
      }
    }
    Optional<User> last = stage.finalUser();
    if (last.isPresent() && last.get().root()) {
      findings.add(Rule.FKS010, stage.name(), line("USER " + last.get()), "user", "ends as root ("
          + last.get() + "), so its container and every image built on it run as root: switch back to a non-root"
          + " user such as user(\"10001:10001\") after the steps that need root");
    }
  }

  private static void count(Stage stage, Class<? extends Step> type, String keyword, Findings findings) {
    int n = 0;
    for (Step step : stage.steps()) {
      n += type.isInstance(step) ? 1 : 0;
    }
    if (n > 1) {
      findings.add(Rule.FKS012, stage.name(), line(keyword), keyword.toLowerCase(java.util.Locale.ROOT), "has " + n
          + " " + keyword + "s, but only the last counts (BuildKit MultipleInstructionsDisallowed): keep one");
    }
  }

  private static void shellForm(Stage stage, Step step, Findings findings) {
    Optional<ContainerCommand> command = step instanceof Cmd c ? Optional.of(c.command())
        : step instanceof Entrypoint e ? Optional.of(e.command())
        : step instanceof Healthcheck h ? h.command() : Optional.empty();
    if (command.isPresent() && command.get() instanceof ContainerCommand.Shell shell) {
      String keyword = step instanceof Cmd ? "CMD" : step instanceof Entrypoint ? "ENTRYPOINT" : "HEALTHCHECK";
      findings.add(Rule.FKS012, stage.name(), line(keyword), step.describe(), "runs '" + shell.line()
          + "' in shell form, so the program does not get signals such as SIGTERM (hadolint DL3025): use exec"
          + " form, e.g. " + (step instanceof Healthcheck ? "healthcheck(ContainerCommand.exec(...))"
              : step.describe() + "(\"program\", \"arg\")"));
    }
  }

  private static void labelKey(Stage stage, String key, Findings findings) {
    String problem = !labelKeyForm(key)
        ? "is not lowercase letters, digits and . _ / -, starting and ending with a letter or digit"
        : key.contains("..") || key.contains("--") ? "contains .. or --"
        : DOCKER_NAMESPACES.stream().anyMatch(key::startsWith) ? "is in a namespace reserved by Docker" : "";
    if (!problem.isEmpty()) {
      findings.add(Rule.FKS017, stage.name(), line("LABEL", key), "labels", "label key '" + key + "' " + problem
          + " (hadolint DL3048): use a lowercase reverse-DNS key such as com.example.team");
    }
  }

  /**
   * Whether {@code key} has the form hadolint DL3048 wants: lowercase letters, digits and {@code . _ / -},
   * starting and ending with a letter or digit. A loop, not a pattern: every label key passes here.
   */
  private static boolean labelKeyForm(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean end = i == 0 || i == key.length() - 1;
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || !end && (c == '.' || c == '_' || c == '/' || c == '-'))) {
        return false;
      }
    }
    return !key.isEmpty();
  }

  /** The first line of a stage that starts with {@code keyword}, or holds {@code text} after it. */
  private static Pattern line(String keyword, String... text) {
    return Pattern.compile(text.length == 0 ? "^" + Pattern.quote(keyword) + "(?:\\s|$)"
        : "(?:^" + Pattern.quote(keyword) + "\\s|^\\s+)" + ".*" + Pattern.quote(text[0]) + "=");
  }
}
