package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Strategy;
import io.github.nuniesmith.fks.images.generator.WorkflowRenderer.BaseJob;
import io.github.nuniesmith.fks.images.generator.WorkflowRenderer.Filter;
import io.github.nuniesmith.fks.images.generator.WorkflowRenderer.Login;
import io.github.nuniesmith.fks.images.generator.WorkflowRenderer.MatrixEntry;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class WorkflowRendererTest {
  private static final ImageGraph GRAPH = ImageGraph.of(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT);

  @Test
  void threeTiers(TestInfo test) {
    Golden.assertMatches(test, ".yml", workflow(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT));
  }

  @Test
  void baseJobsAreChainedByNeedsAsTheGraphSays() {
    assertThat(WorkflowRenderer.baseJobs(GRAPH)).extracting(BaseJob::id, BaseJob::needs).containsExactly(
        tuple("build-cpu", List.of("verify", "changes")),
        tuple("build-ml", List.of("verify", "changes", "build-cpu")),
        tuple("build-gpu", List.of("verify", "changes", "build-ml")));
  }

  @Test
  void eachBaseBuildsEachPublishedTargetWithBothTags() {
    assertThat(WorkflowRenderer.baseJobs(GRAPH).get(1).builds()).extracting(b -> b.target() + " " + b.tags())
        .containsExactly("builder example/fks:base-ml,example/fks:base-ml-v1.1.0",
            "runtime example/fks:base-ml-runtime,example/fks:base-ml-runtime-v1.1.0");
  }

  @Test
  void servicesOfEachBaseAreOneMatrixJobAfterIt() {
    assertThat(WorkflowRenderer.serviceJobs(GRAPH)).extracting(j -> j.id() + " " + j.needs() + " "
            + j.services().stream().map(MatrixEntry::service).toList())
        .containsExactly("services-on-cpu [verify, changes, build-cpu] [app]",
            "services-on-ml [verify, changes, build-ml] [ai]",
            "services-on-gpu [verify, changes, build-gpu] [train]");
  }

  @Test
  void underOptionTwoTheMlServicesAreInTheGpuMatrix() {
    ImageGraph option2 = ImageGraph.of(Hierarchies.threeTiers(Strategy.OPTION_2, "example/fks"), RepositoryLayout.DEFAULT);

    assertThat(WorkflowRenderer.baseJobs(option2)).extracting(BaseJob::id, BaseJob::needs).containsExactly(
        tuple("build-cpu", List.of("verify", "changes")),
        tuple("build-gpu", List.of("verify", "changes", "build-cpu")));
    assertThat(WorkflowRenderer.serviceJobs(option2)).extracting(j -> j.id() + " "
            + j.services().stream().map(MatrixEntry::service).toList())
        .containsExactly("services-on-cpu [app]", "services-on-gpu [ai, train]");
  }

  @Test
  void eachBaseTargetCachesUnderItsOwnScopeAndEachServiceUnderItsMatrixEntry() {
    assertThat(WorkflowRenderer.baseJobs(GRAPH).get(1).builds()).extracting(WorkflowRenderer.Build::cacheScope)
        .containsExactly("ml-builder", "ml-runtime");
    assertThat(workflow(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT).lines()
            .filter(l -> l.trim().startsWith("cache-to:")).map(l -> l.substring(l.indexOf("scope="))).distinct())
        .containsExactly("scope=cpu-builder", "scope=cpu-runtime", "scope=ml-builder", "scope=ml-runtime",
            "scope=gpu-builder", "scope=gpu-runtime", "scope=${{ matrix.service }}");
  }

  @Test
  void filtersCarryTheImagesOwnPathsAndThoseBelowIt() {
    assertThat(WorkflowRenderer.filters(GRAPH)).extracting(Filter::name).containsExactly(
        "cpu", "ml", "gpu", "app", "ai", "train", "services-on-cpu", "services-on-ml", "services-on-gpu");
    assertThat(WorkflowRenderer.filters(GRAPH).get(2).paths()).containsExactly("generated/docker/Dockerfile.cpu",
        "generated/docker/Dockerfile.ml", "generated/docker/Dockerfile.gpu");
    assertThat(WorkflowRenderer.filters(GRAPH).get(7).paths()).containsExactly("generated/docker/Dockerfile.cpu",
        "generated/docker/Dockerfile.ml", "generated/services/ai/Dockerfile", "services/ai/**");
  }

  @Test
  void aJobRunsWhenItsFilterMatchedEvenIfAnUnchangedParentWasSkipped() {
    assertThat(WorkflowRenderer.baseJobs(GRAPH).get(2).condition())
        .isEqualTo("${{ !cancelled() && !failure() && needs.changes.outputs.gpu == 'true' }}");
  }

  @Test
  void dockerHubTakesRepositorySecretsAndGhcrTheWorkflowsToken() {
    assertThat(WorkflowRenderer.logins(GRAPH)).containsExactly(
        new Login("", "${{ secrets.DOCKERHUB_USERNAME }}", "${{ secrets.DOCKERHUB_TOKEN }}"));
    ImageGraph ghcr = ImageGraph.of(Hierarchies.threeTiers(Strategy.OPTION_1, "ghcr.io/example/fks"),
        RepositoryLayout.DEFAULT);
    assertThat(WorkflowRenderer.logins(ghcr)).containsExactly(
        new Login("ghcr.io", "${{ github.actor }}", "${{ secrets.GITHUB_TOKEN }}"));

    String text = workflow(Hierarchies.threeTiers(Strategy.OPTION_1, "ghcr.io/example/fks"), RepositoryLayout.DEFAULT);
    assertThat(text).contains("          registry: ghcr.io\n", "      packages: write\n");
    assertThat(workflow(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT)).doesNotContain("packages: write");
  }

  @Test
  void imagesArePushedOnlyFromTheDefaultBranch() {
    String text = workflow(Hierarchies.threeTiers(), new RepositoryLayout("generated", "services", "trunk"));

    assertThat(text).contains("    branches: [trunk]\n",
        "  PUSH: ${{ github.event_name != 'pull_request' && github.ref == 'refs/heads/trunk' }}\n");
    assertThat(text.lines().filter(l -> l.trim().startsWith("push:")))
        .containsOnly("          push: ${{ env.PUSH == 'true' }}", "  push:");
  }

  @Test
  void everyActionIsPinnedToAFullCommitShaNamingItsRelease() {
    Pattern pinned = Pattern.compile(" *(- )?uses: [a-z-]+/[a-z-]+@[0-9a-f]{40} # v[0-9]+(\\.[0-9]+)*");
    List<String> uses = workflow(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT).lines()
        .filter(l -> l.contains("uses:")).toList();

    assertThat(uses).hasSizeGreaterThan(10).allSatisfy(l -> assertThat(l).matches(pinned));
  }

  @Test
  void permissionsAreReadOnlyUnlessPushingToGhcr() {
    String text = workflow(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT);

    assertThat(text).contains("\npermissions: {}\n");
    assertThat(text.lines().filter(l -> l.matches(" +[a-z-]+: (read|write)")).distinct())
        .containsExactlyInAnyOrder("      contents: read", "      pull-requests: read");
  }

  private static String workflow(ImageSet set, RepositoryLayout layout) {
    return new HierarchyFiles(Hierarchies.GENERATOR, layout).workflows(set).get(0).content();
  }
}
