package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.generator.ServiceContexts;
import java.util.List;

/**
 * What the goals write or check.
 *
 * @param folders the output folders, with the files each must hold
 * @param contexts the services' build contexts, whose missing files the starter files create
 * @param ownsContexts whether the repository's own definitions were rendered: the contexts folder is
 *     theirs, so only they are told of its folders that no service builds from
 */
record Rendered(List<OutputFolder> folders, ServiceContexts contexts, boolean ownsContexts) {
  /** Copies the list. */
  Rendered {
    folders = List.copyOf(folders);
  }
}
