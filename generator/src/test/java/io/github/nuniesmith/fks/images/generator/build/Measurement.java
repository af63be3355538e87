package io.github.nuniesmith.fks.images.generator.build;

import java.util.List;

/**
 * What one measure run found on the fixture graph.
 *
 * @param builder the builder and its version
 * @param bases cold build of each base target
 * @param services one row per service
 * @param distinctOurs bytes of all layers of all service images, each layer counted once (ours)
 * @param distinctSeed the same for the seed's way
 * @param sharedOurs bytes of the layers that two or more service images share (ours)
 * @param sharedSeed the same for the seed's way
 */
record Measurement(String builder, List<Base> bases, List<ServiceRow> services, long distinctOurs,
    long distinctSeed, long sharedOurs, long sharedSeed) {

  /** A base target's cold build time and image size. */
  record Base(String tag, double coldSeconds, long bytes) {}

  /**
   * One service, built both ways.
   *
   * @param name the service
   * @param tier its tier
   * @param coldOurs seconds to build it on its (already built) tier images, none of its own layers cached
   * @param coldWithBases seconds to build it from nothing: its tiers' targets and then itself
   * @param coldSeed seconds to build it the seed's way, no layer cache
   * @param sourceRebuild seconds to rebuild it after a change to its source only
   * @param pipReran whether that rebuild ran pip again
   * @param requirementRebuild seconds to rebuild it after its requirement changed
   * @param bytesOurs its image size
   * @param bytesSeed its image size the seed's way
   * @param uniqueOurs bytes of its layers no other service image has
   * @param uniqueSeed the same the seed's way
   * @param addedOverTier bytes it adds on top of its tier's runtime image
   * @param ownBytes bytes of its own packages and code ({@code du -sb /opt/fks/service /app})
   * @param tierLayersReused whether its image starts with every layer of its tier's runtime image
   */
  record ServiceRow(String name, String tier, double coldOurs, double coldWithBases, double coldSeed, double sourceRebuild,
      boolean pipReran, double requirementRebuild, long bytesOurs, long bytesSeed, long uniqueOurs,
      long uniqueSeed, long addedOverTier, long ownBytes, boolean tierLayersReused) {}
}
