package io.github.nuniesmith.fks.images.fks;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.HierarchyDefinition;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;

/** The whole FKS image set: three base tiers and 13 services. The generator loads this class. */
public final class FksImages implements HierarchyDefinition {
  @Override
  public ImageSet imageSet(Strategy strategy) {
    Hierarchy.Builder set = Hierarchy.builder(strategy)
        // TA-Lib 0.4.0's config.guess predates arm64.
        .platforms("linux/amd64")
        .tier(CpuBase.TIER)
        .tier(MlBase.TIER)
        .tier(GpuBase.TIER);
    FksServices.all().forEach(set::service);
    return set.build();
  }
}
