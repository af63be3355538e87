package io.github.nuniesmith.fks.images.fks;

import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;

/**
 * The ML base, {@code nuniesmith/fks:docker-ml}: LangChain, ChromaDB, sentence-transformers, the
 * Ollama client and TA-Lib for Python, on the CPU base.
 */
public final class MlBase {
  /** The tier. */
  public static final Tier TIER = Tier.on(CpuBase.TIER, TierRole.ML, "ml", MlBase.class)
      .dockerfile("docker/Dockerfile.ml")
      .publishAs(Fks.REPOSITORY + ":docker-ml", Fks.VERSION)
      // sentence-transformers needs torch; installed first from the CPU index, PyPI's default
      // CUDA wheels (gigabytes of nvidia-* packages) stay out of this base.
      .pip(PipInstall.builder(Pins.MlTorch.TORCH).index(Pins.MlTorch.INDEX))
      .pip(Pins.Ml.LANGCHAIN, Pins.Ml.LANGCHAIN_CORE, Pins.Ml.LANGCHAIN_COMMUNITY,
          Pins.Ml.LANGCHAIN_OLLAMA, Pins.Ml.CHROMADB, Pins.Ml.SENTENCE_TRANSFORMERS,
          Pins.Ml.OLLAMA,
          // The seed's TA-Lib>=0.4.28 would take 0.6+, which does not link with TA-Lib C 0.4.0.
          Pins.Ml.TA_LIB)
      .label("org.opencontainers.image.source", Fks.SOURCE)
      .label("org.opencontainers.image.description",
          "FKS ML base: LangChain, ChromaDB, sentence-transformers, Ollama, TA-Lib (CPU torch)")
      .suppress("FKS024", "the design document gives only lower bounds for these packages; pip check after"
          + " every install keeps the resolved set consistent, and exact pins need a lock file this repository"
          + " does not have yet")
      .suppress("FKS016", "CPU torch is installed in a RUN of its own, so that its large layer stays cached"
          + " when the list of PyPI packages changes")
      .build();

  private MlBase() {}
}
