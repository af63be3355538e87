package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Cmd;
import io.github.nuniesmith.fks.images.dsl.Entrypoint;
import io.github.nuniesmith.fks.images.dsl.Expose;
import io.github.nuniesmith.fks.images.dsl.Healthcheck;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stages that run a command: FKS011 they run it as a non-root user (the last rendered USER, through
 * the stages it starts from), FKS013 a stage that also exposes a port has a healthcheck. Both look
 * through the stages it starts from, whose USER, EXPOSE and HEALTHCHECK it inherits.
 */
final class CommandStages implements Check {
  /** The stage's command line, where these findings point. */
  private static final Pattern COMMAND = Pattern.compile("^(CMD|ENTRYPOINT) ");

  @Override
  public void check(LintSubject subject, Findings findings) {
    for (Stage stage : subject.image().stages()) {
      Step command = null;
      for (Step step : stage.steps()) {
        if (step instanceof Cmd || step instanceof Entrypoint) {
          command = step;
          break;
        }
      }
      if (command == null) {
        continue;
      }
      List<Lineage.Located> lineage = Lineage.of(subject.image(), stage).stages();
      Optional<StageUsers.Switch> user = subject.users().atEnd(subject.image(), stage);
      if (user.isEmpty()) {
        findings.add(Rule.FKS011, stage.name(), COMMAND, command.describe(), "runs its command as root: add a user step"
            + " such as user(\"10001:10001\") after the steps that need root");
      } else if (user.get().root()) {
        findings.add(Rule.FKS011, stage.name(), COMMAND, command.describe(), "runs its command as root (USER "
            + user.get().user() + " " + user.get().where(subject.image().name(), stage.name()) + "): switch to a"
            + " non-root user such as user(\"10001:10001\") after the steps that need root");
      }
      // The first EXPOSE and any HEALTHCHECK of the lineage, farthest stage first, read in place: every
      // service's stage passes here, and copying its lineage's steps into one list was most of this check.
      Expose port = null;
      boolean healthcheck = false;
      for (int i = lineage.size() - 1; i >= 0; i--) {
        for (Step step : lineage.get(i).stage().steps()) {
          if (port == null && step instanceof Expose e) {
            port = e;
          }
          healthcheck |= step instanceof Healthcheck;
        }
      }
      if (port != null && !healthcheck) {
        findings.add(Rule.FKS013, stage.name(), COMMAND, command.describe(), "exposes port " + port.ports().get(0)
            + " and runs a command, but has no healthcheck, so a hung service looks healthy: add one,"
            + " e.g. Healthcheck.http(Port.tcp(" + port.firstNumber().orElse(8080) + "), \"/health\")");
      }
    }
  }
}
