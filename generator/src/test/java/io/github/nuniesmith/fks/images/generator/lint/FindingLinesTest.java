package io.github.nuniesmith.fks.images.generator.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Policy;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.Generator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each finding points at the generated line it is about, not at its stage's FROM. */
class FindingLinesTest {
  private static final Generator GENERATOR = new Generator("src/test/java", "regenerate");

  @Test
  void everyFindingPointsAtTheLineOfWhatItNames() {
    Image image = Image.builder("app", "Dockerfile", FindingLinesTest.class)
        .stage("run", s -> s.from("python:3.12-slim-trixie").env("PYTHONUNBUFFERED", "1").env("HF_TOKEN", "none")
            .pip("requests>=2.32", "numpy", "langchain-core==0.3.0", "langchain>=0.3.0")
            .labels(Map.of("org.opencontainers.image.version", "v1", "org.opencontainers.image.team", "ml"))
            .expose(8000).cmd("python", "-m", "app"))
        .build();
    ImageSet set = ImageSet.builder().policy(Policy.STRICT).image(image).build();
    List<GeneratedFile> files = GENERATOR.render(set);
    List<String> lines = files.get(0).content().lines().toList();

    List<Finding> findings = new Linter(LintPolicy.DEFAULT).lint(set, files).findings();

    assertThat(findings).extracting(f -> f.rule().id()).containsExactlyInAnyOrder(
        "FKS009", "FKS024", "FKS024", "FKS024", "FKS018", "FKS018", "FKS011", "FKS013");
    for (Finding f : findings) {
      String where = f.path().substring(f.path().lastIndexOf(" / ") + 3);
      String line = lines.get(f.line() - 1);
      String expected = where.startsWith("pip '") ? "'" + where.substring(5, where.length() - 1)
          : where.startsWith("label ") ? where.substring(6) + "="
          : where.startsWith("env ") ? where.substring(4) + "="
          : "CMD ";
      assertThat(line).as(f.toString()).contains(expected);
    }
    // The unpinned langchain, not langchain-core on the line before it.
    assertThat(findings).filteredOn(f -> f.path().endsWith("pip 'langchain'")).singleElement()
        .satisfies(f -> assertThat(lines.get(f.line() - 1)).contains("'langchain>=0.3.0'"));
  }
}
