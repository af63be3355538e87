package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import java.util.regex.Pattern;

/** FKS024: a pip requirement pinned with a range lets a rebuild install another version. */
final class PipPins implements Check {
  @Override
  public void check(LintSubject subject, Findings findings) {
    for (Stage stage : subject.image().stages()) {
      for (Step step : stage.steps()) {
        if (step instanceof PipInstall install) {
          for (PipRequirement r : install.requirements()) {
            if (r.exactPin().isEmpty()) {
              // The requirement's own line of the pip install, where it is written as one quoted word.
              findings.add(Rule.FKS024, stage.name(), Pattern.compile(Pattern.quote(r.toString())),
                  "pip '" + r.name() + "'", "pip requirement '" + r
                  + "' is not pinned exactly, so a rebuild may install another version: pin it as "
                  + r.name() + "==<version>");
            }
          }
        }
      }
    }
  }
}
