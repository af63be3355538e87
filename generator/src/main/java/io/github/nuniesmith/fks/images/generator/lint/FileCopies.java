package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Copy;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import java.util.regex.Pattern;

/**
 * Choices about COPY that Docker accepts and a policy may not: FKS027 no copy of a whole filesystem
 * from a stage or an image (hadolint DL3067), which carries everything the runtime does not need.
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
        }
      }
    }
  }
}
