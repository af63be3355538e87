package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class ImagesDocRendererTest {
  @Test
  void threeTiers(TestInfo test) {
    Golden.assertMatches(test, ".md", new HierarchyFiles(Hierarchies.GENERATOR, RepositoryLayout.DEFAULT)
        .generated(Hierarchies.threeTiers()).get(1).content());
  }

  @Test
  void theDiagramHasANodePerImageAndAnArrowPerParent() {
    ImageGraph option2 = ImageGraph.of(Hierarchies.threeTiers(Strategy.OPTION_2, "example/fks"), RepositoryLayout.DEFAULT);

    assertThat(ImagesDocRenderer.mermaid(option2)).containsExactly(
        "flowchart TD",
        "  cpu[\"cpu<br/>example/fks:base\"]",
        "  gpu[\"gpu<br/>example/fks:base-gpu\"]",
        "  app([\"app\"])",
        "  ai([\"ai\"])",
        "  train([\"train\"])",
        "  cpu --> gpu",
        "  cpu --> app",
        "  gpu --> ai",
        "  gpu --> train");
  }

  @Test
  void packagesFromTheBuildContextNameTheirFolderAndFile() {
    Tier tier = Tier.root(TierRole.CPU, "cpu", ImagesDocRendererTest.class)
        .python("3.12", "python:3.12-slim-trixie").publishAs("example/fks:base", "1.0.0")
        .sourceBuild(SourceBuild.tarball("fixta", "1.0.0").contextFile("vendor/fixta-1.0.0.tar.gz")
            .sha256("9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651").build())
        .pip(PipInstall.builder("wheel==0.45.1").index(PackageIndex.wheelhouse("wheels")).build())
        .build();

    assertThat(ImagesDocRenderer.packages(tier)).containsExactly(
        List.of("`fixta` (C library, built from source)", "`1.0.0`", "vendor/fixta-1.0.0.tar.gz"),
        List.of("`wheel`", "`==0.45.1`", "wheelhouse `wheels`"));
  }

  @Test
  void packagesShowTheirPinIndexAndMarker() {
    assertThat(ImagesDocRenderer.packages(Hierarchy.of(Hierarchies.threeTiers()).tiers().get(1))).containsExactly(
        List.of("`langchain`", "`>=0.3.0`", "PyPI"),
        List.of("`TA-Lib`", "`==0.5.1` if `python_version >= \"3.12\"`", "PyPI"));
  }
}
