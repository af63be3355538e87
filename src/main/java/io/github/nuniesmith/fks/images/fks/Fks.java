package io.github.nuniesmith.fks.images.fks;

/** What all FKS images share: where they are published, their version and their labels. */
final class Fks {
  /** The repository every FKS image is pushed to. */
  static final String REPOSITORY = "nuniesmith/fks";
  /** The version of the base images; services build on this version's tags. */
  static final String VERSION = "1.0.0";
  /** Where the source of the images lives. */
  static final String SOURCE = "https://github.com/nuniesmith/fks";

  private Fks() {}
}
