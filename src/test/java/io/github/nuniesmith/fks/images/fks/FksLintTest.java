package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.lint.Finding;
import io.github.nuniesmith.fks.images.generator.lint.LintPolicy;
import io.github.nuniesmith.fks.images.generator.lint.LintReport;
import io.github.nuniesmith.fks.images.generator.lint.Linter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
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

  /** Every finding is turned off by a suppression its own image's definition declares, with a reason. */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void everyFindingIsSuppressedByItsOwnImagesDefinition(Strategy strategy) {
    ImageSet set = new FksImages().imageSet(strategy);
    Map<String, Image> byFile = new LinkedHashMap<>();
    set.images().forEach(i -> byFile.put(i.dockerfile().value(), i));

    for (Finding finding : lint(strategy).findings()) {
      Image image = byFile.get(finding.file());
      assertThat(image).as(finding.toString()).isNotNull();
      assertThat(finding.suppressed()).as(finding.toString()).isTrue();
      assertThat(Stream.concat(image.suppressions().stream(), image.stages().stream().flatMap(s -> s.suppressions().stream()))
          .map(s -> s.rule().id())).as(finding.toString()).contains(finding.rule().id());
    }
  }

  private static LintReport lint(Strategy strategy) {
    ImageSet set = new FksImages().imageSet(strategy);
    return new Linter(LintPolicy.DEFAULT).lint(set, new Generator("src/main/java", "./mvnw -Pgenerate").render(set));
  }
}
