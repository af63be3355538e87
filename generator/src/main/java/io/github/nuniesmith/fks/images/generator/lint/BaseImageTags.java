package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.ImageRef;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Stage;

/**
 * FKS001: a base image from outside the set names a version tag, never {@code latest} or none (hadolint
 * DL3006, DL3007), so that a rebuild gets the same parent. The model accepts both: a Dockerfile may use
 * them; this rule is the choice not to.
 */
final class BaseImageTags implements Check {
  @Override
  public void check(LintSubject subject, Findings findings) {
    for (Stage stage : subject.image().stages()) {
      ImageRef ref = subject.image().baseImage(stage).orElse(null);
      if (ref != null && ref.movingTag()) {
        findings.add(Rule.FKS001, stage.name(), "from", "base image '" + ref + "' "
            + (ref.tag().isEmpty() ? "has no tag, so Docker pulls whatever latest is" : "uses the tag 'latest'")
            + ", which moves: name a version tag such as " + ref.repository() + ":<version>, or pin a digest");
      }
    }
  }
}
