package io.github.nuniesmith.fks.images.dsl;

/**
 * Documents a port the container listens on.
 *
 * @param port the port
 */
public record Expose(Port port) implements Step {
  /** Validates the port. */
  public Expose {
    Checks.notNull(port, "port");
  }

  @Override
  public String describe() {
    return "expose";
  }

  @Override
  public java.util.List<String> expanded() {
    return java.util.List.of(port.toString());
  }
}
