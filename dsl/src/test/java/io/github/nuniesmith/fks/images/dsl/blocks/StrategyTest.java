package io.github.nuniesmith.fks.images.dsl.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.Target;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StrategyTest {
  private static final Tier CPU = Tier.root(TierRole.CPU, "cpu", StrategyTest.class)
      .python("3.12", "python:3.12-slim-trixie")
      .publishAs("nuniesmith/fks:docker", "1.0.0")
      .buildPackages("build-essential")
      .runtimePackages("libopenblas0")
      .pip("pip==25.2")
      .build();
  private static final Tier ML = Tier.on(CPU, TierRole.ML, "ml", StrategyTest.class)
      .publishAs("nuniesmith/fks:docker-ml", "1.0.0")
      .pip(PipInstall.builder("torch==2.8.0+cpu").index(PackageIndex.PYTORCH_CPU).build())
      .pip("langchain>=0.3.0", "TA-Lib==0.5.1")
      .label("org.opencontainers.image.description", "ml")
      .build();
  private static final Tier GPU = Tier.on(ML, TierRole.GPU, "gpu", StrategyTest.class)
      .publishAs("nuniesmith/fks:docker-gpu", "1.0.0")
      .pip(PipInstall.builder("torch==2.8.0+cu128", "torchvision==0.23.0+cu128").index(PackageIndex.PYTORCH_CU128)
          .build())
      .pip("transformers==4.56.0")
      .build();

  private static ImageSet set(Strategy strategy) {
    return Hierarchy.builder(strategy)
        .tier(CPU).tier(ML).tier(GPU)
        .service(service("api", CPU, 8000))
        .service(service("ai", ML, 8001))
        .service(service("training", GPU, 8002))
        .build();
  }

  private static Service service(String name, Tier tier, int port) {
    return Service.builder(name, tier, StrategyTest.class).port(port).command("python", "-m", "app").build();
  }

  private static Map<String, String> parents(ImageSet set) {
    return Hierarchy.of(set).tiers().stream().collect(Collectors.toMap(
        Tier::name, t -> t.parent().map(Tier::name).orElse("-"), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static Map<String, String> serviceTiers(ImageSet set) {
    return Hierarchy.of(set).services().stream().collect(Collectors.toMap(
        Service::name, s -> s.tier().name(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static List<String> requirements(Tier tier) {
    return tier.pipInstalls().stream().flatMap(i -> i.requirements().stream()).map(PipRequirement::toString)
        .toList();
  }

  /** Each stage as {@code name <- parent}, where the parent is an image's target or a build argument. */
  private static List<String> stages(Image image) {
    return image.stages().stream().map(s -> s.name() + " <- " + describe(s.from())).toList();
  }

  private static String describe(From from) {
    if (from instanceof From.Published p) {
      return p.image().name() + ":" + p.target();
    }
    if (from instanceof From.BuildArg b) {
      return "$" + b.name() + " (" + b.defaultImage() + ")";
    }
    return from.toString();
  }

  private static Map<String, Image> images(ImageSet set) {
    return set.images().stream().collect(Collectors.toMap(Image::name, Function.identity()));
  }

  @Test
  void option1PublishesThreeTiersInAChain() {
    ImageSet set = set(Strategy.OPTION_1);

    assertThat(parents(set)).containsExactly(Map.entry("cpu", "-"), Map.entry("ml", "cpu"), Map.entry("gpu", "ml"));
    assertThat(serviceTiers(set))
        .containsExactly(Map.entry("api", "cpu"), Map.entry("ai", "ml"), Map.entry("training", "gpu"));
    assertThat(requirements(Hierarchy.of(set).tiers().get(2)))
        .containsExactly("torch==2.8.0+cu128", "torchvision==0.23.0+cu128", "transformers==4.56.0");
  }

  @Test
  void option1LaysOutTierAndServiceStages() {
    Map<String, Image> images = images(set(Strategy.OPTION_1));

    assertThat(images.keySet()).containsExactlyInAnyOrder("cpu", "ml", "gpu", "api", "ai", "training");
    assertThat(stages(images.get("cpu"))).containsExactly(
        "builder <- $PYTHON_IMAGE (python:3.12-slim-trixie)", "runtime <- $PYTHON_IMAGE (python:3.12-slim-trixie)");
    assertThat(stages(images.get("ml"))).containsExactly("builder <- cpu:builder", "runtime <- cpu:runtime");
    assertThat(stages(images.get("gpu"))).containsExactly("builder <- ml:builder", "runtime <- ml:runtime");
    assertThat(stages(images.get("ai"))).containsExactly("builder <- ml:builder", "runtime <- ml:runtime");
    assertThat(stages(images.get("training"))).containsExactly("builder <- gpu:builder", "runtime <- gpu:runtime");
  }

  @Test
  void mlBuilderStartsOnTheCpuImagesBuilderTarget() {
    Map<String, Image> images = images(set(Strategy.OPTION_1));

    assertThat(images.get("ml").stage("builder").orElseThrow().from())
        .isEqualTo(new From.Published(images.get("cpu"), "builder"));
    assertThat(((From.Published) images.get("ml").stage("runtime").orElseThrow().from()).image())
        .isSameAs(images.get("cpu"));
  }

  @Test
  void option1TagsTheMlTargets() {
    Image ml = images(set(Strategy.OPTION_1)).get("ml");

    assertThat(ml.targets()).extracting(Target::stage).containsExactly("builder", "runtime");
    assertThat(ml.targets()).extracting(t -> t.moving().toString())
        .containsExactly("nuniesmith/fks:docker-ml", "nuniesmith/fks:docker-ml-runtime");
    assertThat(ml.targets()).extracting(t -> t.pinned().toString())
        .containsExactly("nuniesmith/fks:docker-ml-v1.0.0", "nuniesmith/fks:docker-ml-runtime-v1.0.0");
  }

  @Test
  void option2MergesMlIntoGpuOnCpu() {
    ImageSet set = set(Strategy.OPTION_2);

    assertThat(parents(set)).containsExactly(Map.entry("cpu", "-"), Map.entry("gpu", "cpu"));
    assertThat(set.image("ml")).isEmpty();
    assertThat(serviceTiers(set))
        .containsExactly(Map.entry("api", "cpu"), Map.entry("ai", "gpu"), Map.entry("training", "gpu"));
  }

  @Test
  void option2GpuHoldsMlPackagesButInstallsItsOwnTorch() {
    Tier gpu = Hierarchy.of(set(Strategy.OPTION_2)).tiers().get(1);

    // The CUDA install takes the place of the CPU one, so that langchain's install finds torch present.
    assertThat(requirements(gpu)).containsExactly("torch==2.8.0+cu128", "torchvision==0.23.0+cu128",
        "langchain>=0.3.0", "TA-Lib==0.5.1", "transformers==4.56.0");
    assertThat(gpu.pipInstalls()).extracting(i -> i.index().localLabel()).containsExactly("cu128", "", "");
    assertThat(gpu.labels()).containsEntry("org.opencontainers.image.description", "ml");
    assertThat(gpu.image()).hasToString("nuniesmith/fks:docker-gpu");
  }

  @Test
  void option2LaysOutGpuOnCpuAndMlServicesOnGpu() {
    Map<String, Image> images = images(set(Strategy.OPTION_2));

    assertThat(images.keySet()).containsExactlyInAnyOrder("cpu", "gpu", "api", "ai", "training");
    assertThat(stages(images.get("gpu"))).containsExactly("builder <- cpu:builder", "runtime <- cpu:runtime");
    assertThat(stages(images.get("ai"))).containsExactly("builder <- gpu:builder", "runtime <- gpu:runtime");
  }

  @Test
  void option2KeepsMlTorchWhenGpuInstallsNone() {
    Tier gpuWithoutTorch = Tier.on(ML, TierRole.GPU, "gpu", StrategyTest.class)
        .publishAs("nuniesmith/fks:docker-gpu", "1.0.0")
        .pip("transformers==4.56.0")
        .build();

    ImageSet set = Hierarchy.builder(Strategy.OPTION_2).tier(CPU).tier(ML).tier(gpuWithoutTorch).build();

    assertThat(requirements(Hierarchy.of(set).tiers().get(1)))
        .containsExactly("torch==2.8.0+cpu", "langchain>=0.3.0", "TA-Lib==0.5.1", "transformers==4.56.0");
  }

  @Test
  void option3BuildsGpuOnCpuWithoutMlPackages() {
    ImageSet set = set(Strategy.OPTION_3);

    assertThat(parents(set)).containsExactly(Map.entry("cpu", "-"), Map.entry("ml", "cpu"), Map.entry("gpu", "cpu"));
    assertThat(serviceTiers(set))
        .containsExactly(Map.entry("api", "cpu"), Map.entry("ai", "ml"), Map.entry("training", "gpu"));
    assertThat(requirements(Hierarchy.of(set).tiers().get(2)))
        .containsExactly("torch==2.8.0+cu128", "torchvision==0.23.0+cu128", "transformers==4.56.0");
  }

  @Test
  void option3LaysOutMlAndGpuSideBySide() {
    Map<String, Image> images = images(set(Strategy.OPTION_3));

    assertThat(stages(images.get("ml"))).containsExactly("builder <- cpu:builder", "runtime <- cpu:runtime");
    assertThat(stages(images.get("gpu"))).containsExactly("builder <- cpu:builder", "runtime <- cpu:runtime");
    assertThat(stages(images.get("training"))).containsExactly("builder <- gpu:builder", "runtime <- gpu:runtime");
  }

  @Test
  void parsesAnyCaseWithOrWithoutTheOptionPrefix() {
    assertThat(java.util.List.of("option2", "OPTION_2", "2", " Option_2 ").stream().map(Strategy::parse))
        .containsOnly(Strategy.OPTION_2);
  }

  @Test
  void refusesAnUnknownStrategyNamingTheChoices() {
    assertThatThrownBy(() -> Strategy.parse("option4"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("strategy 'option4' is not one of OPTION_1, OPTION_2, OPTION_3");
  }
}
