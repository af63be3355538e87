package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.generator.ImageGraph.Kind;
import io.github.nuniesmith.fks.images.generator.ImageGraph.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageGraphTest {
  private static final ImageGraph GRAPH = ImageGraph.of(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT);

  @Test
  void nodesComeInBuildOrderWithTheirParentsAndKinds() {
    assertThat(GRAPH.nodes()).extracting(Node::name).containsExactly("cpu", "ml", "gpu", "app", "ai", "train");
    assertThat(GRAPH.nodes()).extracting(Node::parents).containsExactly(
        List.of(), List.of("cpu"), List.of("ml"), List.of("cpu"), List.of("ml"), List.of("gpu"));
    assertThat(GRAPH.bases()).extracting(Node::name).containsExactly("cpu", "ml", "gpu");
    assertThat(GRAPH.services()).extracting(Node::kind).containsOnly(Kind.SERVICE);
  }

  @Test
  void aChildStartsFromEachPublishedTargetOfItsParentByItsVersionedTag() {
    assertThat(GRAPH.node("gpu").from()).extracting(p -> p.image() + " " + p.target().pinned())
        .containsExactly("ml example/fks:base-ml-v1.1.0", "ml example/fks:base-ml-runtime-v1.1.0");
  }

  @Test
  void pathsComeFromTheLayout() {
    ImageGraph graph = ImageGraph.of(Hierarchies.threeTiers(), new RepositoryLayout("out/images", "apps", "trunk"));

    assertThat(graph.node("ml").dockerfile()).isEqualTo("out/images/docker/Dockerfile.ml");
    assertThat(graph.node("ml").context()).isEqualTo("out/images/docker");
    assertThat(graph.node("ai").dockerfile()).isEqualTo("out/images/services/ai/Dockerfile");
    assertThat(graph.node("ai").context()).isEqualTo("apps/ai");
    assertThat(graph.node("ai").ownPaths()).containsExactly("out/images/services/ai/Dockerfile", "apps/ai/**");
  }

  @Test
  void aServiceIsTaggedInItsTiersRepositoryWithItsTiersVersion() {
    assertThat(GRAPH.node("ai").targets()).singleElement()
        .satisfies(t -> assertThat(t.stage() + " " + t.moving() + " " + t.pinned())
            .isEqualTo("runtime example/fks:ai example/fks:ai-v1.1.0"));
  }

  @Test
  void ancestorsRunFromTheRoot() {
    assertThat(GRAPH.ancestors("train")).containsExactly("cpu", "ml", "gpu");
    assertThat(GRAPH.ancestors("cpu")).isEmpty();
  }

  @Test
  void aChangeRebuildsTheImageAndEverythingBuiltOnIt() {
    assertThat(GRAPH.rebuiltWith("cpu")).containsExactly("cpu", "ml", "gpu", "app", "ai", "train");
    assertThat(GRAPH.rebuiltWith("ml")).containsExactly("ml", "gpu", "ai", "train");
    assertThat(GRAPH.rebuiltWith("gpu")).containsExactly("gpu", "train");
    assertThat(GRAPH.rebuiltWith("app")).containsExactly("app");
  }

  @Test
  void optionThreePutsGpuBesideMl() {
    ImageGraph option3 = ImageGraph.of(Hierarchies.threeTiers(Strategy.OPTION_3, "example/fks"), RepositoryLayout.DEFAULT);

    assertThat(option3.node("gpu").parents()).containsExactly("cpu");
    assertThat(option3.rebuiltWith("ml")).containsExactly("ml", "ai");
  }

  @Test
  void triggerPathsAreTheImagesOwnAndThoseBelowIt() {
    assertThat(GRAPH.triggerPaths("ml"))
        .containsExactly("generated/docker/Dockerfile.cpu", "generated/docker/Dockerfile.ml");
    assertThat(GRAPH.triggerPaths("ai")).containsExactly("generated/docker/Dockerfile.cpu",
        "generated/docker/Dockerfile.ml", "generated/services/ai/Dockerfile", "services/ai/**");
    assertThat(GRAPH.servicesOn("ml")).extracting(Node::name).containsExactly("ai");
  }

  @Test
  void aChangedFileRebuildsExactlyTheImagesItAffects() {
    assertThat(GRAPH.rebuiltByPath("generated/docker/Dockerfile.ml")).containsExactly("ml", "gpu", "ai", "train");
    assertThat(GRAPH.rebuiltByPath("generated/docker/Dockerfile.cpu"))
        .containsExactly("cpu", "ml", "gpu", "app", "ai", "train");
    assertThat(GRAPH.rebuiltByPath("services/app/requirements.txt")).containsExactly("app");
    assertThat(GRAPH.rebuiltByPath("services/application/x.py")).isEmpty();
    assertThat(GRAPH.rebuiltByPath("README.md")).isEmpty();
  }

  @Test
  void anUnknownImageIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> GRAPH.rebuiltWith("tpu"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no image tpu in the graph: use one of [cpu, ml, gpu, app, ai, train]");
  }
}
