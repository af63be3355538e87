package io.github.nuniesmith.fks.images.dsl;

/**
 * What the generator loads: a class with a public no-argument constructor that defines the whole
 * image set for a strategy. Name it in the plugin's {@code definitions} parameter.
 */
public interface ImageSetDefinition {
  /** The image set, wired by {@code strategy}. */
  ImageSet imageSet(Strategy strategy);
}
