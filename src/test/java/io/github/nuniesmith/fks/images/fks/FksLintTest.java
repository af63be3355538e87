package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Strategy;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.lint.Finding;
import io.github.nuniesmith.fks.images.generator.lint.LintPolicy;
import io.github.nuniesmith.fks.images.generator.lint.LintReport;
import io.github.nuniesmith.fks.images.generator.lint.Linter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The FKS set lints clean: no error and no warning that its definition does not suppress with a reason. */
class FksLintTest {
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void lintsCleanUnderEveryStrategy(Strategy strategy) {
    LintReport report = lint(strategy);

    assertThat(report.active(Rule.Severity.ERROR)).as(report.text()).isEmpty();
    assertThat(report.active(Rule.Severity.WARNING)).as(report.text()).isEmpty();
    assertThat(report.active(Rule.Severity.INFO)).as(report.text()).isEmpty();
  }

  @Test
  void theCommittedSetSuppressesOnlyRangePinsAndTheSeparateTorchRunInTheMlAndGpuBases() {
    LintReport report = lint(Strategy.OPTION_1);

    assertThat(report.summary()).isEqualTo("fks-images lint: 0 errors, 0 warnings, 0 infos, 13 suppressed");
    assertThat(report.findings().stream().map(f -> f.rule().id() + " " + f.file()).distinct())
        .containsExactly("FKS016 docker/Dockerfile.gpu", "FKS024 docker/Dockerfile.gpu",
            "FKS016 docker/Dockerfile.ml", "FKS024 docker/Dockerfile.ml");
    assertThat(report.findings()).allMatch(Finding::suppressed);
  }

  private static LintReport lint(Strategy strategy) {
    ImageSet set = new FksImages().imageSet(strategy);
    return new Linter(LintPolicy.DEFAULT).lint(set, new Generator("src/main/java", "./mvnw -Pgenerate").render(set));
  }
}
