package io.github.nuniesmith.fks.images.dsl.blocks;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.ImageSetDefinition;

/**
 * Definitions of a hierarchy that any {@link Strategy} can wire: the generator builds the one that
 * {@code -Dfks.strategy} names, and checks pins against all of them.
 */
public interface HierarchyDefinition extends ImageSetDefinition {
  /** The image set, its tiers wired by {@code strategy}. */
  ImageSet imageSet(Strategy strategy);

  /** The image set under the recommended {@link Strategy#OPTION_1}. */
  @Override
  default ImageSet imageSet() {
    return imageSet(Strategy.OPTION_1);
  }
}
