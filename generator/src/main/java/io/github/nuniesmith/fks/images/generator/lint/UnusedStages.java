package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Target;
import java.util.List;
import java.util.Set;

/**
 * FKS038: a stage that is not the last, not a published target and not used by another stage. BuildKit
 * builds a target's stage and what it uses, so such a stage never runs and what it installs is lost:
 * the seed document's services install their requirements in a builder that the runtime stage never
 * copies from.
 */
final class UnusedStages implements Check {
  @Override
  public void check(LintSubject subject, Findings findings) {
    Image image = subject.image();
    List<Stage> stages = image.stages();
    Set<String> used = image.usedStages();
    Set<String> published = new java.util.HashSet<>(image.targets().stream().map(Target::stage).toList());
    for (Stage stage : stages.subList(0, stages.size() - 1)) {
      if (!used.contains(stage.name()) && !published.contains(stage.name())) {
        findings.add(Rule.FKS038, stage.name(), "FROM", "is not the last stage, not published, and"
            + " no later stage starts from, copies from or mounts it, so BuildKit never builds it and what it"
            + " installs is lost: copy what the last stage needs from it, or remove it");
      }
    }
  }
}
