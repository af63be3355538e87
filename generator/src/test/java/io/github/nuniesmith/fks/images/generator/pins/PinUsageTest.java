package io.github.nuniesmith.fks.images.generator.pins;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PinUsageTest {
  private static final PinCatalog CATALOG = PinCatalog.read(Map.of(
      "src/main/pins/ml.txt", "# ML\nlangchain>=0.3.0\nscipy==1.14.1\n",
      "src/main/pins/ml-torch.txt", "--index-url https://download.pytorch.org/whl/cpu\ntorch==2.8.0+cpu\n",
      "src/main/pins/gpu-torch.txt", "--index-url https://download.pytorch.org/whl/cu128\ntorch==2.8.0+cu128\n"),
      "Pins");

  /** cpu, ml with langchain and CPU torch, gpu with CUDA torch: every pin but scipy. */
  private static ImageSet set(Strategy strategy) {
    Tier cpu = Tier.root(TierRole.CPU, "cpu", PinUsageTest.class).python("3.12", "python:3.12-slim-trixie")
        .publishAs("example/img:base", "1.0.0").build();
    Tier ml = Tier.on(cpu, TierRole.ML, "ml", PinUsageTest.class).publishAs("example/img:ml", "1.0.0")
        .pip(PipInstall.builder(PipRequirement.parse("torch==2.8.0+cpu")).index(PackageIndex.PYTORCH_CPU).build())
        .pip(PipRequirement.parse("langchain>=0.3.0"))
        .build();
    Tier gpu = Tier.on(ml, TierRole.GPU, "gpu", PinUsageTest.class).publishAs("example/img:gpu", "1.0.0")
        .pip(PipInstall.builder(PipRequirement.parse("torch==2.8.0+cu128")).index(PackageIndex.PYTORCH_CU128).build())
        .build();
    return Hierarchy.builder(strategy).tier(cpu).tier(ml).tier(gpu).build();
  }

  private static List<ImageSet> everyStrategy() {
    return Arrays.stream(Strategy.values()).map(PinUsageTest::set).toList();
  }

  @Test
  void aPinNoImageInstallsIsNamedWithItsLineAndTheFix() {
    assertThat(PinUsage.unread(CATALOG, "Pins", everyStrategy())).containsExactly(
        "src/main/pins/ml.txt:3: scipy==1.14.1 is read by no definition: use Pins.Ml.SCIPY in one, or delete the line");
  }

  @Test
  void aPinOneStrategyLeavesOutIsReadByAnother() {
    assertThat(PinUsage.unread(CATALOG, "Pins", List.of(set(Strategy.OPTION_2)))).containsExactly(
        "src/main/pins/ml-torch.txt:2: torch==2.8.0+cpu is read by no definition: use Pins.MlTorch.TORCH in one, or"
            + " delete the line",
        "src/main/pins/ml.txt:3: scipy==1.14.1 is read by no definition: use Pins.Ml.SCIPY in one, or delete the line");
  }

  @Test
  void everyPinReadIsNothingToReport() {
    PinCatalog used = PinCatalog.read(Map.of("src/main/pins/ml.txt", "langchain>=0.3.0\n"), "Pins");

    assertThat(PinUsage.unread(used, "Pins", everyStrategy())).isEmpty();
  }

  @Test
  void anotherRequirementOfThePackageDoesNotCount() {
    PinCatalog other = PinCatalog.read(Map.of("src/main/pins/ml.txt", "langchain>=0.3.1\n"), "Pins");

    assertThat(PinUsage.unread(other, "Catalog", everyStrategy())).containsExactly(
        "src/main/pins/ml.txt:1: langchain>=0.3.1 is read by no definition: use Catalog.Ml.LANGCHAIN in one, or"
            + " delete the line");
  }
}
