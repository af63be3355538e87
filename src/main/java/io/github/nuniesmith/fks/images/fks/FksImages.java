package io.github.nuniesmith.fks.images.fks;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.ImageSetDefinition;
import io.github.nuniesmith.fks.images.dsl.Strategy;

/** The whole FKS image set: three base tiers and 13 services. The generator loads this class. */
public final class FksImages implements ImageSetDefinition {
  @Override
  public ImageSet imageSet(Strategy strategy) {
    ImageSet.Builder set = ImageSet.builder(strategy)
        // TA-Lib 0.4.0's config.guess predates arm64.
        .platforms("linux/amd64")
        .tier(CpuBase.TIER)
        .tier(MlBase.TIER)
        .tier(GpuBase.TIER);
    FksServices.all().forEach(set::service);
    return set.build();
  }
}
