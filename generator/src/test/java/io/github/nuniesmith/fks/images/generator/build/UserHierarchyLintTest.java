package io.github.nuniesmith.fks.images.generator.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Policy;
import io.github.nuniesmith.fks.images.generator.lint.Finding;
import io.github.nuniesmith.fks.images.generator.lint.LintPolicy;
import io.github.nuniesmith.fks.images.generator.lint.LintReport;
import io.github.nuniesmith.fks.images.generator.lint.Linter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint of {@link UserHierarchy}: what any Dockerfile must get right, and what FKS forbids there. */
class UserHierarchyLintTest {
  @TempDir
  Path work;

  @Test
  void baselineReportsNothing() throws IOException {
    UserHierarchy hierarchy = UserHierarchy.write(work);

    // Defined without a strategy, the set is held to the baseline: root steps run after USER root
    // (FKS035 follows the parent's USER ${NB_UID} across images), apt is the canonical block, pip
    // installs without a cache, from one wheelhouse.
    assertThat(hierarchy.set.policy()).isEqualTo(Policy.BASELINE);
    assertThat(lint(hierarchy, Policy.BASELINE).findings()).isEmpty();
  }

  @Test
  void strictReportsOnlyTheStacksTagScheme() throws IOException {
    UserHierarchy hierarchy = UserHierarchy.write(work);

    // What the strict policy adds, rule by rule, for this hierarchy:
    // FKS001/FKS002 no: BASE_IMAGE's default names a version tag on Docker Hub, and the children
    //   build on targets of the set, not on registry images.
    // FKS010 no: USER ${NB_UID} is a variable, and USER root in notebook is not where the stage ends.
    // FKS011 no: scientific's CMD runs as the ${NB_UID} it inherits from notebook.
    // FKS013 no: nothing is exposed. FKS016 no: every RUN is apart from the next by a USER.
    // FKS022/FKS024 no: one wheelhouse per install, requirements pinned with ==.
    // FKS036 yes, twice per target: the stack publishes latest and a date, not a moving tag and its
    //   -v<semver> tag, and latest is a tag every push moves.
    List<String> expected = new ArrayList<>();
    for (Image image : hierarchy.set.images()) {
      String path = "image " + image.name() + " / stage " + image.name() + " / target " + image.name();
      expected.add("FKS036 " + path);
      expected.add("FKS036 " + path);
    }
    assertThat(lint(hierarchy, Policy.STRICT).findings().stream().map(f -> f.rule().id() + " " + f.path()))
        .containsExactlyElementsOf(expected);
    assertThat(lint(hierarchy, Policy.STRICT).findings()).map(Finding::message)
        .allMatch(m -> m.contains("-v<semver>") || m.contains("-v<version>"));
  }

  private static LintReport lint(UserHierarchy hierarchy, Policy policy) {
    return new Linter(LintPolicy.DEFAULT).lint(hierarchy.set.withPolicy(policy), hierarchy.files);
  }
}
