package io.github.nuniesmith.fks.images.dsl;

/**
 * What the generator loads: a class with a public no-argument constructor that defines the whole
 * image set. Name it in the plugin's {@code definitions} parameter or {@code -Dfks.definitions}.
 */
public interface ImageSetDefinition {
  /** The image set to render. */
  ImageSet imageSet();
}
