package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.Target;
import io.github.nuniesmith.fks.images.generator.BakeRenderer.BakeTarget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class BakeRendererTest {
  private static final ImageGraph GRAPH = ImageGraph.of(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT);
  private static final ContentTags TAGS = Hierarchies.GENERATOR.contentTags(Hierarchies.threeTiers(), ContextFiles.NONE);
  private static final java.util.function.Function<String, List<String>> AMD64 = name -> List.of("linux/amd64");

  @Test
  void threeTiers(TestInfo test) {
    Golden.assertMatches(test, ".hcl", new HierarchyFiles(Hierarchies.GENERATOR, RepositoryLayout.DEFAULT)
        .generated(Hierarchies.threeTiers()).get(0).content());
  }

  @Test
  void oneTargetPerPublishedStageInBuildOrder() {
    assertThat(BakeRenderer.targets(GRAPH, TAGS, AMD64)).extracting(BakeTarget::name).containsExactly(
        "cpu-builder", "cpu-runtime", "ml-builder", "ml-runtime", "gpu-builder", "gpu-runtime", "app", "ai", "train");
  }

  @Test
  void parentsAreReplacedByTheTargetsThatBuildThem() {
    assertThat(BakeRenderer.targets(GRAPH, TAGS, AMD64).get(6).contexts()).containsExactly(
        Map.entry(content(GRAPH, TAGS, "cpu", 0), "target:cpu-builder"),
        Map.entry(content(GRAPH, TAGS, "cpu", 1), "target:cpu-runtime"));
    assertThat(BakeRenderer.targets(GRAPH, TAGS, AMD64).get(0).contexts()).isEmpty();
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
            "%1$s" = FKS_PARENTS == "registry" ? "docker-image://%1$s" : "target:ml-builder"
        """.formatted(content(GRAPH, TAGS, "ml", 0)));
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
    ImageSet set = Hierarchies.threeTiers(Strategy.OPTION_3, "example/fks");
    ImageGraph option3 = ImageGraph.of(set, RepositoryLayout.DEFAULT);
    ContentTags tags = Hierarchies.GENERATOR.contentTags(set, ContextFiles.NONE);

    assertThat(BakeRenderer.targets(option3, tags, AMD64)).filteredOn(t -> t.name().equals("gpu-builder")).singleElement()
        .satisfies(t -> assertThat(t.contexts()).containsOnlyKeys(content(option3, tags, "cpu", 0), content(option3, tags, "cpu", 1)));
  }

  @Test
  void aServiceDockerfileIsNamedFromItsContext() {
    BakeTarget app = BakeRenderer.targets(GRAPH, TAGS, AMD64).get(6);

    assertThat(app.context()).isEqualTo("services/app");
    assertThat(app.dockerfile()).isEqualTo("../../generated/services/app/Dockerfile");
    assertThat(app.tags()).containsExactly("example/fks:app", "example/fks:app-v1.0.0");
  }

  /** Bake pushes a parent's content tag beside its human tags, so that children's FROM finds it. */
  @Test
  void aBaseOthersBuildOnIsTaggedWithItsContentTagAfterItsHumanTags() {
    for (BakeTarget target : BakeRenderer.targets(GRAPH, TAGS, AMD64)) {
      ImageGraph.Node node = GRAPH.nodes().stream().filter(n -> BakeRenderer.targetNames(n).contains(target.name()))
          .findFirst().orElseThrow();
      Target published = node.targets().get(BakeRenderer.targetNames(node).indexOf(target.name()));
      List<String> human = List.of(published.moving().toString(), published.pinned().toString());
      assertThat(target.tags()).as(target.name()).isEqualTo(TAGS.of(node.name(), published)
          .map(c -> concat(human, c.toString())).orElse(human));
    }
    assertThat(TAGS.images()).containsExactly("cpu", "ml", "gpu");
  }

  @Test
  void stringsAreQuotedSoThatNothingInterpolates() {
    assertThat(BakeRenderer.quoted("a\"b\\c ${X} %{if}")).isEqualTo("\"a\\\"b\\\\c $${X} %%{if}\"");
  }

  /** The content tag of the {@code index}th target of {@code image}. */
  private static String content(ImageGraph graph, ContentTags tags, String image, int index) {
    return tags.of(image, graph.node(image).targets().get(index)).orElseThrow().toString();
  }

  private static List<String> concat(List<String> list, String last) {
    List<String> out = new java.util.ArrayList<>(list);
    out.add(last);
    return out;
  }
}
