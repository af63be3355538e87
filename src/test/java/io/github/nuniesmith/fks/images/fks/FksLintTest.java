package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Strategy;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.lint.LintPolicy;
import io.github.nuniesmith.fks.images.generator.lint.LintReport;
import io.github.nuniesmith.fks.images.generator.lint.Linter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The FKS set lints clean under every strategy: no error, no warning that is not suppressed with a reason. */
class FksLintTest {
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void lintsClean(Strategy strategy) {
    ImageSet set = new FksImages().imageSet(strategy);
    LintReport report = new Linter(LintPolicy.DEFAULT).lint(set, new Generator("src/main/java", "x").render(set));

    assertThat(report.active(Rule.Severity.ERROR)).as(report.text()).isEmpty();
    assertThat(report.active(Rule.Severity.WARNING)).as(report.text()).isEmpty();
  }
}
