package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Policy;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import io.github.nuniesmith.fks.images.generator.lint.Finding;
import io.github.nuniesmith.fks.images.generator.lint.LintPolicy;
import io.github.nuniesmith.fks.images.generator.lint.Linter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerationTest {
  private static final ImageSet SET = Hierarchies.threeTiers();
  private static final LintPolicy GHCR_ONLY = new LintPolicy(List.of("ghcr.io"), false);

  @Test
  void cleanSetGivesTheDockerfilesAndTheHierarchyFilesOfEachFolder() {
    Generation generation = Generation.of(SET, Hierarchies.GENERATOR, RepositoryLayout.DEFAULT, LintPolicy.DEFAULT);
    List<GeneratedFile> dockerfiles = Hierarchies.GENERATOR.render(SET);
    HierarchyFiles hierarchy = new HierarchyFiles(Hierarchies.GENERATOR, RepositoryLayout.DEFAULT);

    assertThat(generation.report()).isEqualTo(new Linter(LintPolicy.DEFAULT).lint(SET, dockerfiles));
    assertThat(generation.report().hasErrors()).isFalse();
    assertThat(generation.dockerfiles()).isEqualTo(dockerfiles);
    assertThat(generation.generated()).extracting(GeneratedFile::path).containsExactly(
        "docker/Dockerfile.cpu", "docker/Dockerfile.gpu", "docker/Dockerfile.ml", "services/ai/Dockerfile",
        "services/app/Dockerfile", "services/train/Dockerfile", "docker-bake.hcl", "IMAGES.md");
    assertThat(generation.generated().subList(6, 8)).isEqualTo(hierarchy.generated(SET));
    assertThat(generation.workflows()).isEqualTo(hierarchy.workflows(SET));
    assertThat(generation.workflows()).extracting(GeneratedFile::path).containsExactly("build-images.yml");
  }

  @Test
  void lintErrorsLeaveNothingToWrite() {
    Generation generation = Generation.of(SET, Hierarchies.GENERATOR, RepositoryLayout.DEFAULT, GHCR_ONLY);

    assertThat(generation.report().hasErrors()).isTrue();
    assertThat(generation.report()).isEqualTo(new Linter(GHCR_ONLY).lint(SET, Hierarchies.GENERATOR.render(SET)));
    assertThat(generation.dockerfiles()).isEqualTo(Hierarchies.GENERATOR.render(SET));
    assertThat(generation.generated()).isEmpty();
    assertThat(generation.workflows()).isEmpty();
  }

  @Test
  void lintAloneRendersNoOutputFolderFiles() {
    Generation generation = Generation.lint(SET, Hierarchies.GENERATOR, LintPolicy.DEFAULT);

    assertThat(generation.report()).isEqualTo(
        Generation.of(SET, Hierarchies.GENERATOR, RepositoryLayout.DEFAULT, LintPolicy.DEFAULT).report());
    assertThat(generation.dockerfiles()).isEqualTo(Hierarchies.GENERATOR.render(SET));
    assertThat(generation.generated()).isEmpty();
    assertThat(generation.workflows()).isEmpty();
  }

  @Test
  void onOneThreadOrSeveralALargeSetGetsTheSameFilesAndFindingsInTheSameOrder() {
    // Services on two tiers, each with a finding: the lint of each reads what its tier runs as and holds.
    Tier cpu = Tier.root(TierRole.CPU, "cpu", GenerationTest.class).python("3.12", "python:3.12-slim-trixie")
        .publishAs("example/fks:base", "1.0.0").build();
    Tier ml = Tier.on(cpu, TierRole.ML, "ml", GenerationTest.class).publishAs("example/fks:base-ml", "1.1.0")
        .pip("langchain>=0.3.0").build();
    Hierarchy.Builder builder = Hierarchy.builder(Strategy.OPTION_1).tier(cpu).tier(ml);
    for (int i = 0; i < 600; i++) {
      builder.service(Service.builder("svc" + i, i % 2 == 0 ? cpu : ml, GenerationTest.class).pip("requests")
          .runtimePackages("libpq5").port(10_000 + i).command("python", "-m", "app").build());
    }
    ImageSet set = builder.build();

    Generation parallel = Generation.of(set, Hierarchies.GENERATOR.parallel(true), RepositoryLayout.DEFAULT,
        LintPolicy.DEFAULT);
    Generation oneThread = Generation.of(set, Hierarchies.GENERATOR, RepositoryLayout.DEFAULT, LintPolicy.DEFAULT);

    assertThat(parallel.report().findings().stream().map(Finding::file).distinct()).containsAll(set.images().stream()
        .filter(i -> i.name().startsWith("svc")).map(i -> i.dockerfile().value()).toList());
    assertThat(parallel.generated()).hasSize(set.images().size() + 2);
    assertThat(parallel).usingRecursiveComparison().isEqualTo(oneThread);
  }

  @Test
  void underTheBaselinePolicyALintErrorIsReportedAndTheFilesRendered() {
    ImageSet baseline = ImageSet.builder().image(Image.builder("app", "Dockerfile", GenerationTest.class)
        .stage("app", s -> s.from("debian:trixie-slim").arg("GITHUB_TOKEN")).build()).build();
    Generation generation = Generation.of(baseline, Hierarchies.GENERATOR, RepositoryLayout.DEFAULT, LintPolicy.DEFAULT);
    Generation strict = Generation.of(baseline.withPolicy(Policy.STRICT), Hierarchies.GENERATOR,
        RepositoryLayout.DEFAULT, LintPolicy.DEFAULT);

    assertThat(generation.report().active(Rule.Severity.ERROR)).extracting(f -> f.rule()).contains(Rule.FKS009);
    assertThat(generation.generated()).extracting(GeneratedFile::path)
        .containsExactly("Dockerfile", "docker-bake.hcl", "IMAGES.md");
    assertThat(strict.report().active(Rule.Severity.ERROR)).extracting(f -> f.rule()).contains(Rule.FKS009);
    assertThat(strict.generated()).isEmpty();
    assertThat(strict.workflows()).isEmpty();
  }
}
