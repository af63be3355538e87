package io.github.nuniesmith.fks.images.dsl.blocks;

/** The part a base tier plays in the hierarchy; a {@link Strategy} rewires tiers by role. */
public enum TierRole {
  /** The root: Python, native libraries, build tools. */
  CPU,
  /** Machine-learning packages without CUDA. */
  ML,
  /** PyTorch with CUDA and the training stack. */
  GPU
}
