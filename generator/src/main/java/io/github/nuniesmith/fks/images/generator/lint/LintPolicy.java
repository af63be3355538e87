package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.ImageRef;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Choices a project makes about its base images.
 *
 * @param trustedRegistries registries base images may come from, with {@code *} globs such as
 *     {@code *.gcr.io}; an image without a registry is on {@code docker.io}; empty allows any
 * @param requireDigest whether every external base image must be pinned by {@code @sha256:} digest
 */
public record LintPolicy(List<String> trustedRegistries, boolean requireDigest) {
  // Before DEFAULT, which the constructor checks with it.
  private static final Pattern GLOB = Pattern.compile("[A-Za-z0-9.*:-]+");

  /** Docker Hub only, tags without digests: what the FKS set uses. */
  public static final LintPolicy DEFAULT = new LintPolicy(List.of(ImageRef.DEFAULT_REGISTRY), false);

  /** Validates the registry globs. */
  public LintPolicy {
    trustedRegistries = List.copyOf(trustedRegistries);
    for (String registry : trustedRegistries) {
      if (!GLOB.matcher(registry).matches()) {
        throw new IllegalArgumentException("trusted registry '" + registry
            + "' is invalid: use a host name with an optional :port and * globs, such as *.gcr.io");
      }
    }
  }

  /** Whether the registry {@code host} is trusted. */
  boolean trusts(String host) {
    return trustedRegistries.isEmpty() || trustedRegistries.stream()
        .anyMatch(glob -> host.matches(Pattern.quote(glob).replace("*", "\\E.*\\Q")));
  }
}
