package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Strategy;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import io.github.nuniesmith.fks.images.generator.plan.Change;
import io.github.nuniesmith.fks.images.generator.plan.ChangedFiles;
import io.github.nuniesmith.fks.images.generator.plan.RebuildPlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seed document's "When to Rebuild Base Images", as plans of the FKS set under each strategy.
 * Where the seed is wrong for these images (PyTorch), the test says what is right and why.
 */
class MaintenanceTest {
  private static final List<String> CPU_SERVICES = Stream.of(
      "app", "data", "api", "web", "auth", "execution", "meta", "monitor", "portfolio", "ninja")
      .map(s -> "service " + s).toList();

  private static List<String> plan(Strategy strategy, String... names) {
    return RebuildPlan.of(new FksImages().imageSet(strategy), RepositoryLayout.DEFAULT,
        Stream.of(names).<Change>map(Change.Named::new).toList())
        .rebuilds().stream().map(r -> r.kind() + " " + r.image()).toList();
  }

  private static List<String> everything(String... bases) {
    return Stream.concat(Stream.of(bases).map(b -> "base " + b),
        Stream.concat(CPU_SERVICES.stream(), Stream.of("service ai", "service analyze", "service training"))).toList();
  }

  @Test
  void aPythonVersionChangeRebuildsEverything() {
    assertThat(RebuildPlan.of(new FksImages().imageSet(Strategy.OPTION_1), RepositoryLayout.DEFAULT,
        List.of(new Change.Named("python")))
        .format()).isEqualTo("""
            Rebuild plan (OPTION_1) for python:
               1. base cpu: starts from python:3.12-slim-trixie
               2. base ml: built on cpu
               3. base gpu: built on ml
               4. service app: built on cpu
               5. service data: built on cpu
               6. service api: built on cpu
               7. service web: built on cpu
               8. service auth: built on cpu
               9. service execution: built on cpu
              10. service meta: built on cpu
              11. service monitor: built on cpu
              12. service portfolio: built on cpu
              13. service ninja: built on cpu
              14. service ai: built on ml
              15. service analyze: built on ml
              16. service training: built on gpu
            """);
    assertThat(plan(Strategy.OPTION_2, "python")).isEqualTo(everything("cpu", "gpu"));
    assertThat(plan(Strategy.OPTION_3, "python")).isEqualTo(everything("cpu", "ml", "gpu"));
  }

  @Test
  void taLibRebuildsTheCpuBaseThenMlAndGpuAndEveryService() {
    RebuildPlan plan = RebuildPlan.of(new FksImages().imageSet(Strategy.OPTION_1), RepositoryLayout.DEFAULT,
        List.of(new Change.Named("TA-Lib")));

    assertThat(plan.rebuilds().subList(0, 3)).extracting(RebuildPlan.Rebuild::toString).containsExactly(
        "base cpu: builds ta-lib 0.4.0 from source",
        "base ml: pins TA-Lib==0.5.1; built on cpu",
        "base gpu: built on ml");
    assertThat(plan(Strategy.OPTION_1, "ta-lib")).isEqualTo(everything("cpu", "ml", "gpu"));
    assertThat(plan(Strategy.OPTION_2, "ta_lib")).isEqualTo(everything("cpu", "gpu"));
    assertThat(plan(Strategy.OPTION_3, "ta-lib")).isEqualTo(everything("cpu", "ml", "gpu"));
  }

  /** TA-Lib by name means both packages; a catalog edit of the Python package alone leaves the CPU base be. */
  @Test
  void anEditOfTheTaLibPythonPinAloneRebuildsFromMlUp() {
    ImageSet set = new FksImages().imageSet(Strategy.OPTION_1);
    String ml = "src/main/pins/ml.txt";
    List<Change> changes = new ChangedFiles("src/main/pins", "src/main/java", RepositoryLayout.DEFAULT)
        .changes(set, List.of(ml),
        p -> Optional.of("langchain>=0.3.0\nTA-Lib==0.5.0\n"), p -> Optional.of("langchain>=0.3.0\nTA-Lib==0.5.1\n"));

    assertThat(changes).containsExactly(new Change.PinEdited("ta-lib", ml, Optional.of("TA-Lib==0.5.1")));
    assertThat(RebuildPlan.of(set, RepositoryLayout.DEFAULT, changes).rebuilds()).extracting(r -> r.kind() + " " + r.image())
        .containsExactly("base ml", "base gpu", "service ai", "service analyze", "service training");
  }

  @Test
  void langChainRebuildsMlThenGpuUnderOption1AndTheServicesAbove() {
    assertThat(RebuildPlan.of(new FksImages().imageSet(Strategy.OPTION_1), RepositoryLayout.DEFAULT,
        List.of(new Change.Named("langchain")))
        .format()).isEqualTo("""
            Rebuild plan (OPTION_1) for langchain:
               1. base ml: pins langchain>=0.3.0
               2. base gpu: built on ml
               3. service ai: built on ml
               4. service analyze: built on ml
               5. service training: built on gpu
            """);
    // Option 2: one GPU base holds the ML packages; Option 3: the GPU base has no LangChain.
    assertThat(plan(Strategy.OPTION_2, "langchain"))
        .containsExactly("base gpu", "service ai", "service analyze", "service training");
    assertThat(plan(Strategy.OPTION_3, "langchain")).containsExactly("base ml", "service ai", "service analyze");
  }

  /**
   * The seed says "rebuild GPU base only", but the ML base installs a CPU build of torch for
   * sentence-transformers, and pins may differ between tiers only in their local label: a torch
   * release rebuilds ml too. torchvision and torchaudio live in the GPU base alone.
   */
  @Test
  void torchRebuildsMlAndGpuBecauseMlHoldsACpuTorch() {
    assertThat(RebuildPlan.of(new FksImages().imageSet(Strategy.OPTION_1), RepositoryLayout.DEFAULT,
        List.of(new Change.Named("torch")))
        .rebuilds()).extracting(RebuildPlan.Rebuild::toString).containsExactly(
            "base ml: pins torch==2.8.0+cpu",
            "base gpu: pins torch==2.8.0+cu128; built on ml",
            "service ai: built on ml",
            "service analyze: built on ml",
            "service training: built on gpu");
    assertThat(plan(Strategy.OPTION_2, "torch"))
        .containsExactly("base gpu", "service ai", "service analyze", "service training");
    assertThat(plan(Strategy.OPTION_3, "torch"))
        .containsExactly("base ml", "base gpu", "service ai", "service analyze", "service training");
    assertThat(plan(Strategy.OPTION_1, "torchvision", "torchaudio")).containsExactly("base gpu", "service training");
    assertThat(plan(Strategy.OPTION_3, "torchvision")).containsExactly("base gpu", "service training");
  }

  /** An edit of gpu-torch.txt alone (another CUDA build of the same release) is the seed's "GPU base only". */
  @Test
  void anEditOfTheGpuTorchFileAloneRebuildsGpuAndTraining() {
    ImageSet set = new FksImages().imageSet(Strategy.OPTION_1);
    String gpu = "src/main/pins/gpu-torch.txt";
    String index = "--index-url https://download.pytorch.org/whl/cu128\n";
    List<Change> changes = new ChangedFiles("src/main/pins", "src/main/java", RepositoryLayout.DEFAULT)
        .changes(set, List.of(gpu),
        p -> Optional.of(index + "torch==2.8.0+cu126\n"), p -> Optional.of(index + "torch==2.8.0+cu128\n"));

    assertThat(RebuildPlan.of(set, RepositoryLayout.DEFAULT, changes).rebuilds()).extracting(RebuildPlan.Rebuild::toString).containsExactly(
        "base gpu: pins torch==2.8.0+cu128 (src/main/pins/gpu-torch.txt)",
        "service training: built on gpu");
  }

  @Test
  void anImageNameRebuildsItAndWhatIsBuiltOnIt() {
    assertThat(plan(Strategy.OPTION_1, "ml"))
        .containsExactly("base ml", "base gpu", "service ai", "service analyze", "service training");
    assertThat(plan(Strategy.OPTION_1, "web")).containsExactly("service web");
  }

  @Test
  void anUnknownNameIsRefusedWithCloseMatches() {
    assertThatThrownBy(() -> plan(Strategy.OPTION_1, "langchian"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'langchian' is no package, pin, source build, base image or image of this set (OPTION_1):"
            + " did you mean langchain? Names are compared as PEP 503 names, e.g. ta-lib for TA-Lib.");
    assertThatThrownBy(() -> plan(Strategy.OPTION_1, "pytorch"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'pytorch' is no package, pin, source build, base image or image of this set (OPTION_1):"
            + " did you mean torch? Names are compared as PEP 503 names, e.g. ta-lib for TA-Lib.");
  }

  @Test
  void aRangeMapsCatalogLinesDefinitionsAndDockerfilesToImages() {
    ImageSet set = new FksImages().imageSet(Strategy.OPTION_1);
    ChangedFiles files = new ChangedFiles("src/main/pins", "src/main/java", RepositoryLayout.DEFAULT);
    String ml = "src/main/pins/ml.txt";
    // The catalog as the definitions now read it, and an older langchain floor.
    Map<String, String> before = Map.of(ml, "langchain>=0.2.0\nTA-Lib==0.5.1\n");
    Map<String, String> after = Map.of(ml, "langchain>=0.3.0\nTA-Lib==0.5.1\n");

    List<Change> changes = files.changes(set, List.of(ml, "README.md",
            "src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java", "generated/docker/Dockerfile.gpu"),
        p -> Optional.ofNullable(before.get(p)), p -> Optional.ofNullable(after.get(p)));

    assertThat(RebuildPlan.of(set, RepositoryLayout.DEFAULT, changes).format()).isEqualTo("""
        Rebuild plan (OPTION_1) for generated/docker/Dockerfile.gpu, \
        src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java, langchain in src/main/pins/ml.txt:
           1. base ml: pins langchain>=0.3.0 (src/main/pins/ml.txt)
           2. base gpu: generated/docker/Dockerfile.gpu changed; built on ml
           3. service app: src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java changed
           4. service data: src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java changed
           5. service api: src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java changed
           6. service web: src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java changed
           7. service auth: src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java changed
           8. service execution: src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java changed
           9. service meta: src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java changed
          10. service monitor: src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java changed
          11. service portfolio: src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java changed
          12. service ninja: src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java changed
          13. service ai: src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java changed; built on ml
          14. service analyze: src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java changed; built on ml
          15. service training: src/main/java/io/github/nuniesmith/fks/images/fks/FksServices.java changed; built on gpu
        Changed, but no image is built from it: README.md
        """);
  }

  @Test
  void sharedDefinitionCodeRebuildsEverything() {
    ImageSet set = new FksImages().imageSet(Strategy.OPTION_1);
    List<Change> changes = new ChangedFiles("src/main/pins", "src/main/java", RepositoryLayout.DEFAULT)
        .changes(set, List.of("src/main/java/io/github/nuniesmith/fks/images/fks/Fks.java"), p -> Optional.empty(), p -> Optional.empty());

    assertThat(changes).containsExactly(
        new Change.SharedDefinition("src/main/java/io/github/nuniesmith/fks/images/fks/Fks.java"));
    assertThat(RebuildPlan.of(set, RepositoryLayout.DEFAULT, changes).rebuilds()).extracting(r -> r.kind() + " " + r.image())
        .isEqualTo(everything("cpu", "ml", "gpu"));
  }

  @Test
  void aServiceSourceFileRebuildsThatServiceAsTheWorkflowDoes() {
    ImageSet set = new FksImages().imageSet(Strategy.OPTION_1);
    List<Change> changes = new ChangedFiles("src/main/pins", "src/main/java", RepositoryLayout.DEFAULT)
        .changes(set, List.of("services/app/main.py", "services/training/train.py"), p -> Optional.empty(), p -> Optional.empty());

    assertThat(RebuildPlan.of(set, RepositoryLayout.DEFAULT, changes).format()).isEqualTo("""
        Rebuild plan (OPTION_1) for services/app/main.py, services/training/train.py:
           1. service app: services/app/main.py changed
           2. service training: services/training/train.py changed
        """);
  }
}
