package io.github.nuniesmith.fks.images.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangedFilesTest {
  private static final ChangedFiles FILES = new ChangedFiles("src/main/pins", "src/main/java/",
      RepositoryLayout.DEFAULT);
  private static final Tier CPU = Tier.root(TierRole.CPU, "cpu", ChangedFilesTest.class)
      .python("3.12", "python:3.12-slim-trixie").publishAs("example/img:base", "1.0.0").build();
  private static final ImageSet SET = Hierarchy.builder(Strategy.OPTION_1).tier(CPU)
      .service(Service.builder("api", CPU, ChangedFilesTest.Api.class).port(8000).command("python", "-m", "api").build())
      .build();

  /** A nested class defining the service: its changes are the outer class's file. */
  static final class Api {}

  private static List<Change> changes(List<String> paths, Map<String, String> before, Map<String, String> after) {
    return FILES.changes(SET, paths, p -> Optional.ofNullable(before.get(p)), p -> Optional.ofNullable(after.get(p)));
  }

  @Test
  void aCatalogFileGivesTheNamesOfTheLinesThatDiffer() {
    String ml = "src/main/pins/ml.txt";
    assertThat(changes(List.of(ml),
        Map.of(ml, "# old\nlangchain>=0.3.0\nchromadb>=0.5.0\nollama>=0.3.0\n"),
        Map.of(ml, "langchain >= 0.3.0  # same pin, new spacing\nchromadb>=0.5.1\nTA_Lib==0.5.1\n")))
        .containsExactly(new Change.PinEdited("chromadb", ml, Optional.of("chromadb>=0.5.1")),
            new Change.PinEdited("ollama", ml, Optional.empty()),
            new Change.PinEdited("ta-lib", ml, Optional.of("TA_Lib==0.5.1")));
  }

  @Test
  void aNewIndexChangesEveryPinOfItsFile() {
    String gpu = "src/main/pins/gpu-torch.txt";
    assertThat(changes(List.of(gpu),
        Map.of(gpu, "--index-url https://download.pytorch.org/whl/cu126\ntorch==2.8.0+cu126\n"),
        Map.of(gpu, "--index-url https://download.pytorch.org/whl/cu128\ntorch==2.8.0+cu126\n")))
        .containsExactly(new Change.PinEdited("torch", gpu, Optional.of("torch==2.8.0+cu126")));
  }

  @Test
  void anAddedFileAndAnUnreadableOldVersionCountAllTheirPins() {
    String added = "src/main/pins/new.txt";
    String broken = "src/main/pins/broken.txt";
    assertThat(changes(List.of(added, broken), Map.of(broken, "numpy>=oops\n"),
        Map.of(added, "scipy==1.14.0\n", broken, "numpy==2.1.0\n")))
        .containsExactly(new Change.PinEdited("numpy", broken, Optional.of("numpy==2.1.0")),
            new Change.PinEdited("scipy", added, Optional.of("scipy==1.14.0")));
  }

  @Test
  void dockerfilesAndDefiningClassesMapToTheirImagesAndOtherFilesToNone() {
    assertThat(changes(List.of(
            "generated/services/api/Dockerfile",
            "generated/services/gone/Dockerfile",
            "src/main/java/io/github/nuniesmith/fks/images/generator/plan/ChangedFilesTest.java",
            "src/main/java/io/example/Shared.java",
            "src/main/pins/README.md",
            "templates/dockerfile.ftl"),
        Map.of(), Map.of()))
        .containsExactly(
            new Change.ImageFile("api", "generated/services/api/Dockerfile"),
            new Change.Unrelated("generated/services/gone/Dockerfile"),
            new Change.SharedDefinition("src/main/java/io/example/Shared.java"),
            new Change.ImageFile("cpu",
                "src/main/java/io/github/nuniesmith/fks/images/generator/plan/ChangedFilesTest.java"),
            new Change.ImageFile("api",
                "src/main/java/io/github/nuniesmith/fks/images/generator/plan/ChangedFilesTest.java"),
            new Change.Unrelated("src/main/pins/README.md"),
            new Change.Unrelated("templates/dockerfile.ftl"));
  }

  @Test
  void aFileInAServicesBuildContextMapsToTheServiceAsTheWorkflowRebuildsIt() {
    assertThat(changes(List.of("services/api/main.py", "services/api/app/__init__.py", "services/apiary/main.py"),
        Map.of(), Map.of()))
        .containsExactly(
            new Change.ImageFile("api", "services/api/app/__init__.py"),
            new Change.ImageFile("api", "services/api/main.py"),
            new Change.Unrelated("services/apiary/main.py"));
  }

  @Test
  void theLayoutSaysWhereTheBuildContextsAndDockerfilesAre() {
    ChangedFiles files = new ChangedFiles("src/main/pins", "src/main/java",
        new RepositoryLayout("out/images", "apps", "main"));

    assertThat(files.changes(SET, List.of("apps/api/main.py", "out/images/services/api/Dockerfile",
            "services/api/main.py", "generated/services/api/Dockerfile"), p -> Optional.empty(), p -> Optional.empty()))
        .containsExactly(
            new Change.ImageFile("api", "apps/api/main.py"),
            new Change.Unrelated("generated/services/api/Dockerfile"),
            new Change.ImageFile("api", "out/images/services/api/Dockerfile"),
            new Change.Unrelated("services/api/main.py"));
  }
}
