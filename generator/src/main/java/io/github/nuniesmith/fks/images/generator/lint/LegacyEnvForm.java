package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Env;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import java.util.regex.Pattern;

/**
 * FKS034: ENV is written {@code key=value}, not in the legacy {@code ENV key value} form, which the
 * Dockerfile reference says may be removed (BuildKit's LegacyKeyValueFormat).
 */
final class LegacyEnvForm implements Check {
  @Override
  public void check(LintSubject subject, Findings findings) {
    for (Stage stage : subject.image().stages()) {
      for (Step step : stage.steps()) {
        if (step instanceof Env env && env.legacy()) {
          String name = env.variables().keySet().iterator().next();
          findings.add(Rule.FKS034, stage.name(), Pattern.compile("^ENV " + Pattern.quote(name) + " "),
              env.describe(), "ENV " + name + " is in the legacy form ENV key value, which Docker may remove"
                  + " (LegacyKeyValueFormat): write env(\"" + name + "\", value), rendered ENV " + name + "=\"value\"");
        }
      }
    }
  }
}
