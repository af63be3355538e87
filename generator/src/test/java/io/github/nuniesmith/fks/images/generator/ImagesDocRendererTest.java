package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.Strategy;
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
  void packagesShowTheirPinIndexAndMarker() {
    assertThat(ImagesDocRenderer.packages(Hierarchies.threeTiers().tiers().get(1))).containsExactly(
        List.of("`langchain`", "`>=0.3.0`", "PyPI"),
        List.of("`TA-Lib`", "`==0.5.1` if `python_version >= \"3.12\"`", "PyPI"));
  }
}
