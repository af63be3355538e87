package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.Strategy;
import io.github.nuniesmith.fks.images.generator.BakeRenderer.BakeTarget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class BakeRendererTest {
  private static final ImageGraph GRAPH = ImageGraph.of(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT);
  private static final java.util.function.Function<String, List<String>> AMD64 = name -> List.of("linux/amd64");

  @Test
  void threeTiers(TestInfo test) {
    Golden.assertMatches(test, ".hcl", new HierarchyFiles(Hierarchies.GENERATOR, RepositoryLayout.DEFAULT)
        .generated(Hierarchies.threeTiers()).get(0).content());
  }

  @Test
  void oneTargetPerPublishedStageInBuildOrder() {
    assertThat(BakeRenderer.targets(GRAPH, AMD64)).extracting(BakeTarget::name).containsExactly(
        "cpu-builder", "cpu-runtime", "ml-builder", "ml-runtime", "gpu-builder", "gpu-runtime", "app", "ai", "train");
  }

  @Test
  void parentsAreReplacedByTheTargetsThatBuildThem() {
    assertThat(BakeRenderer.targets(GRAPH, AMD64).get(6).contexts()).containsExactly(
        Map.entry("example/fks:base-v1.0.0", "target:cpu-builder"),
        Map.entry("example/fks:base-runtime-v1.0.0", "target:cpu-runtime"));
    assertThat(BakeRenderer.targets(GRAPH, AMD64).get(0).contexts()).isEmpty();
  }

  @Test
  void fksParentsRegistryPullsTheParentsTagsInsteadOfBuildingThem() {
    String text = new HierarchyFiles(Hierarchies.GENERATOR, RepositoryLayout.DEFAULT)
        .generated(Hierarchies.threeTiers()).get(0).content();

    assertThat(text).contains("""
        variable "FKS_PARENTS" {
          default = "target"
        }
        """, """
          contexts = {
            "example/fks:base-ml-v1.1.0" = FKS_PARENTS == "registry" ? "docker-image://example/fks:base-ml-v1.1.0" : "target:ml-builder"
        """);
  }

  @Test
  void aTargetsLinkedTargetsAreItsParentsAndTheirsParentsFirst() {
    assertThat(BakeRenderer.linkedTargets(GRAPH, GRAPH.node("train")))
        .containsExactly("cpu-builder", "cpu-runtime", "ml-builder", "ml-runtime", "gpu-builder", "gpu-runtime");
    assertThat(BakeRenderer.linkedTargets(GRAPH, GRAPH.node("cpu"))).isEmpty();
  }

  /** Older Dockerfile frontends refuse named contexts: bake fails on a child whose syntax is below 1.4. */
  @Test
  void everyImageBakeLinksToAParentDeclaresASyntaxWithNamedContexts() {
    Map<String, String> dockerfiles = new java.util.LinkedHashMap<>();
    Hierarchies.GENERATOR.render(Hierarchies.threeTiers()).forEach(f -> dockerfiles.put("generated/" + f.path(), f.content()));

    for (ImageGraph.Node node : GRAPH.nodes()) {
      String syntax = dockerfiles.get(node.dockerfile()).lines().findFirst().orElseThrow();
      int minor = Integer.parseInt(syntax.replaceFirst("# syntax=docker/dockerfile:1\\.", ""));
      assertThat(minor).as(node.name() + ": " + syntax).isGreaterThanOrEqualTo(node.from().isEmpty() ? 2 : 4);
    }
  }

  @Test
  void underOptionThreeTheGpuBaseBuildsOnTheCpuBase() {
    ImageGraph option3 = ImageGraph.of(Hierarchies.threeTiers(Strategy.OPTION_3, "example/fks"), RepositoryLayout.DEFAULT);

    assertThat(BakeRenderer.targets(option3, AMD64)).filteredOn(t -> t.name().equals("gpu-builder")).singleElement()
        .satisfies(t -> assertThat(t.contexts()).containsOnlyKeys("example/fks:base-v1.0.0", "example/fks:base-runtime-v1.0.0"));
  }

  @Test
  void aServiceDockerfileIsNamedFromItsContext() {
    BakeTarget app = BakeRenderer.targets(GRAPH, AMD64).get(6);

    assertThat(app.context()).isEqualTo("services/app");
    assertThat(app.dockerfile()).isEqualTo("../../generated/services/app/Dockerfile");
    assertThat(app.tags()).containsExactly("example/fks:app", "example/fks:app-v1.0.0");
  }

  @Test
  void stringsAreQuotedSoThatNothingInterpolates() {
    assertThat(BakeRenderer.quoted("a\"b\\c ${X} %{if}")).isEqualTo("\"a\\\"b\\\\c $${X} %%{if}\"");
  }
}
