package io.github.nuniesmith.fks.images.fks;

import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;

/**
 * The GPU base, {@code nuniesmith/fks:docker-gpu}: PyTorch with CUDA 12.8, transformers,
 * accelerate, datasets, wandb, mlflow, stable-baselines3, gymnasium and alibi-detect.
 */
public final class GpuBase {
  /** The tier. */
  public static final Tier TIER = Tier.on(MlBase.TIER, TierRole.GPU, "gpu", GpuBase.class)
      .dockerfile("docker/Dockerfile.gpu")
      .publishAs(Fks.REPOSITORY + ":docker-gpu", Fks.VERSION)
      // The +cu128 label matters: the ML base's torch 2.8.0+cpu already satisfies torch==2.8.0.
      .pip(PipInstall.builder(Pins.GpuTorch.TORCH, Pins.GpuTorch.TORCHVISION, Pins.GpuTorch.TORCHAUDIO)
          .index(Pins.GpuTorch.INDEX))
      .pip(Pins.Gpu.TRANSFORMERS, Pins.Gpu.ACCELERATE, Pins.Gpu.DATASETS, Pins.Gpu.WANDB,
          Pins.Gpu.STABLE_BASELINES3, Pins.Gpu.GYMNASIUM,
          // Listed under "Contains" in the seed but missing from its Dockerfile snippet.
          Pins.Gpu.MLFLOW, Pins.Gpu.ALIBI_DETECT)
      .label("org.opencontainers.image.source", Fks.SOURCE)
      .label("org.opencontainers.image.description",
          "FKS GPU base: PyTorch (CUDA 12.8), transformers, accelerate, training and RL libraries")
      .suppress("FKS024", "the design document gives only lower bounds for these packages; pip check after"
          + " every install keeps the resolved set consistent, and exact pins need a lock file this repository"
          + " does not have yet")
      .suppress("FKS016", "CUDA torch is installed in a RUN of its own, so that its multi-gigabyte layer"
          + " stays cached when the list of other packages changes")
      .build();

  private GpuBase() {}
}
