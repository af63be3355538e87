package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Add;
import io.github.nuniesmith.fks.images.dsl.Copy;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Choices about COPY and ADD that Docker accepts and a policy may not: FKS027 no copy of a whole
 * filesystem from a stage or an image (hadolint DL3067), which carries everything the runtime does
 * not need; FKS004 every download and git source of an ADD is checked against a checksum.
 */
final class FileCopies implements Check {
  @Override
  public void check(LintSubject subject, Findings findings) {
    for (Stage stage : subject.image().stages()) {
      for (Step step : stage.steps()) {
        if (step instanceof Copy copy && copy.from().flag().isPresent() && copy.sources().contains("/")) {
          String from = copy.from().flag().get();
          findings.add(Rule.FKS027, stage.name(), Pattern.compile("^COPY .*--from=" + Pattern.quote(from) + " "),
              step.describe(), "copies / from " + from + ", its entire filesystem (hadolint DL3067): copy only the"
                  + " folders you need, such as /opt/app, or suppress FKS027 saying why");
        } else if (step instanceof Add add && add.checksum().isEmpty()) {
          unchecked(findings, stage.name(), add);
        }
      }
    }
  }

  private static void unchecked(Findings findings, String stage, Add add) {
    List<String> remote = add.sources().stream().filter(Add::isRemote).toList();
    for (String source : remote) {
      Pattern at = Pattern.compile("^ADD .*" + Pattern.quote(source));
      String what = Add.isGit(source) ? "the git source '" + source + "'" : "'" + source + "'";
      String why = Add.isGit(source) ? "a moved tag or branch" : "a changed download";
      String fix = remote.size() > 1 || add.sources().size() > 1
          ? "give it an ADD of its own with checksum(...), since Docker checks one source"
          : Add.isGit(source) ? "give checksum(\"<full commit hash>\")" : "give checksum(\"sha256:<64 hex digits>\")";
      findings.add(Rule.FKS004, stage, at, add.describe(), "adds " + what + " without a checksum, so " + why
          + " goes unnoticed: " + fix);
    }
  }
}
