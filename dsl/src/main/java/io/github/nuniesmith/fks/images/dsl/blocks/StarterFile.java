package io.github.nuniesmith.fks.images.dsl.blocks;

import io.github.nuniesmith.fks.images.dsl.Checks;
import io.github.nuniesmith.fks.images.dsl.ContextPath;

/**
 * A file a new service build context starts with, such as a minimal {@code src/main.py}. The
 * generator creates it only where the context lacks what the service's Dockerfile copies, and never
 * touches it again: from then on the file belongs to the people who write the service.
 *
 * @param path where it goes, relative to the service's build context
 * @param text its full text
 */
public record StarterFile(ContextPath path, String text) {
  /** Validates that both are given. */
  public StarterFile {
    Checks.notNull(path, "starter file path");
    Checks.notNull(text, "text of starter file " + Checks.quote(path.value()));
  }

  /** The starter file at {@code path} with {@code text}. */
  public static StarterFile of(String path, String text) {
    return new StarterFile(ContextPath.of(path), text);
  }
}
