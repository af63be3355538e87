package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.ImageRef;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Stage;

/** FKS002 trusted registries and FKS003 digest pins, for base images this set does not build. */
final class BaseImages implements Check {
  @Override
  public void check(LintSubject subject, Findings findings) {
    for (Stage stage : subject.image().stages()) {
      ImageRef ref = subject.image().baseImage(stage).orElse(null);
      if (ref == null) {
        continue;
      }
      String registry = ref.registryHost();
      if (!subject.policy().trusts(registry)) {
        findings.add(Rule.FKS002, stage.name(), "from", "base image '" + ref + "' comes from " + registry
            + ", which is not a trusted registry " + subject.policy().trustedRegistries()
            + ": use an image from a trusted registry, or add " + registry + " to the trusted registries");
      }
      if (subject.policy().requireDigest() && ref.digest().isEmpty()) {
        findings.add(Rule.FKS003, stage.name(), "from", "base image '" + ref
            + "' is not pinned by digest, which the lint policy requires: write it as " + ref
            + "@sha256:<64 hex digits of the image's digest>");
      }
    }
  }
}
