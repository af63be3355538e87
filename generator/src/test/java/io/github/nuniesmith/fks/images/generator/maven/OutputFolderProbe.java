package io.github.nuniesmith.fks.images.generator.maven;

/** A class in a sub-package, for the test of the header's common source folder. */
public final class OutputFolderProbe {
  private OutputFolderProbe() {}
}
