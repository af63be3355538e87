package io.github.nuniesmith.fks.images.dsl;

/**
 * A port a container listens on.
 *
 * @param number 1 to 65535
 * @param protocol {@code tcp} or {@code udp}
 */
public record Port(int number, String protocol) {
  /** Validates the number and the protocol. */
  public Port {
    Checks.check(Rule.FKS028, number >= 1 && number <= 65535,
        "port %d is out of range: use 1 to 65535", number);
    Checks.check("tcp".equals(protocol) || "udp".equals(protocol),
        "protocol %s is invalid: use tcp or udp (lowercase)", Checks.quoted(String.valueOf(protocol)));
  }

  /** A TCP port. */
  public static Port tcp(int number) {
    return new Port(number, "tcp");
  }

  /** A UDP port. */
  public static Port udp(int number) {
    return new Port(number, "udp");
  }

  @Override
  public String toString() {
    return number + "/" + protocol;
  }
}
