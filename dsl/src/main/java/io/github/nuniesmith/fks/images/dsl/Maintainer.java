package io.github.nuniesmith.fks.images.dsl;

/**
 * The deprecated MAINTAINER instruction, accepted so that existing Dockerfiles can be written; lint
 * reports it (FKS033): prefer the label {@code org.opencontainers.image.authors}.
 *
 * @param name the maintainer, e.g. {@code Jane Doe <jane@example.com>}
 */
public record Maintainer(String name) implements Step {
  /** Validates the name. */
  public Maintainer {
    Checks.text(name, "maintainer");
  }

  @Override
  public String describe() {
    return "maintainer";
  }
}
