package io.github.nuniesmith.fks.images.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Policy;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.lint.Finding;
import io.github.nuniesmith.fks.images.generator.lint.LintPolicy;
import io.github.nuniesmith.fks.images.generator.lint.Linter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed document's snippets, imported as written, lint under the strict policy with the defects
 * the document has: unquoted {@code >=} specifiers that the shell reads as redirects (FKS037),
 * {@code --no-cache-dir} next to a pip cache mount (FKS006), and services whose runtime stage copies
 * nothing of the builder that installed their requirements (FKS038).
 */
class SeedSnippetsLintTest {
  private static final Generator GENERATOR = new Generator("src/main/java", "./mvnw -Pimport");

  static Stream<Arguments> snippets() {
    return Stream.of(
        arguments("seed/Dockerfile.ml", new Rule[] {Rule.FKS006, Rule.FKS037}),
        arguments("seed/Dockerfile.gpu", new Rule[] {Rule.FKS006, Rule.FKS037}),
        arguments("seed/cpu-service.Dockerfile", new Rule[] {Rule.FKS006, Rule.FKS038}),
        arguments("seed/ml-service.Dockerfile", new Rule[] {Rule.FKS006, Rule.FKS038}),
        arguments("seed/gpu-service.Dockerfile", new Rule[] {Rule.FKS006, Rule.FKS038}));
  }

  @ParameterizedTest
  @MethodSource("snippets")
  void importedAsWrittenTheStrictPolicyReportsTheirDefects(String path, Rule[] defects) {
    DockerfileInput input = Corpus.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    ImportedImage imported = DockerfileImport.read(input, "seed", "SeedImage");
    ImageSet set = ImageSet.builder().image(imported.image(Importer.class)).policy(Policy.STRICT).build();

    assertThat(new Linter(LintPolicy.DEFAULT).lint(set, GENERATOR.render(set)).findings())
        .extracting(Finding::rule).contains(defects);
  }
}
