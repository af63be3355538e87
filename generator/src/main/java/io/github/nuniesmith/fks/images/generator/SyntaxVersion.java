package io.github.nuniesmith.fks.images.generator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The least {@code docker/dockerfile:1.N} a Dockerfile needs, read from its rendered instructions: the
 * newest {@link DockerfileFeature} it uses. Reading the text rather than the model finds a flag
 * whichever step wrote it.
 */
public final class SyntaxVersion {
  private SyntaxVersion() {}

  /**
   * The minor version N of the least {@code docker/dockerfile:1.N} that has every feature of
   * {@code lines}: instructions as {@code KEYWORD arguments} with continuations joined, and parser
   * directive lines as {@code # key=value}; 0 when none needs more than 1.0.
   */
  public static int minor(List<String> lines) {
    return lines.stream().map(SyntaxVersion::newest).flatMap(Optional::stream)
        .mapToInt(DockerfileFeature::minor).max().orElse(0);
  }

  /** The newest feature {@code line} uses, if any; for ONBUILD, the feature of the instruction it wraps. */
  public static Optional<DockerfileFeature> newest(String line) {
    String instruction = DockerfileFeature.withoutOnbuild(line);
    if (!DockerfileFeature.mayBeUsedBy(instruction)) {
      return Optional.empty();
    }
    return Arrays.stream(DockerfileFeature.values()).filter(f -> f.matches(instruction))
        .reduce((a, b) -> b.minor() >= a.minor() ? b : a);
  }
}
