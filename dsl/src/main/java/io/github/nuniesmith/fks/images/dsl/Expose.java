package io.github.nuniesmith.fks.images.dsl;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents the ports the container listens on: each a port ({@code 8080}), a range
 * ({@code 8000-8010}) or a variable ({@code ${PORT}}), with an optional protocol ({@code 8080/udp}).
 *
 * @param ports one or more, rendered in the order given
 */
public record Expose(List<String> ports) implements Step {
  static final Pattern PORT = Pattern.compile(
      "(?:([0-9]{1,5})(?:-([0-9]{1,5}))?|" + ExpandedWord.VARIABLE + ")(?:/(?i:tcp|udp|sctp))?");

  /** Validates every port. */
  public Expose {
    ports = Checks.nonEmpty(ports, "expose");
    for (String port : ports) {
      // A plain port, as Port writes one, without a Matcher: every service exposes one.
      int digits = plainDigits(port);
      if (digits > 0) {
        int number = Integer.parseInt(port, 0, digits, 10);
        checkRange(port, number, number);
        continue;
      }
      Checks.matches(port, PORT, "expose port", "write a port such as 8080, a range such as 8000-8010 or a"
          + " variable such as ${PORT}, optionally with /tcp, /udp or /sctp");
      Matcher m = PORT.matcher(port);
      m.matches();
      if (m.group(1) != null) {
        int low = Integer.parseInt(m.group(1));
        checkRange(port, low, m.group(2) == null ? low : Integer.parseInt(m.group(2)));
      }
    }
  }

  private static void checkRange(String port, int low, int high) {
    Checks.check(Rule.FKS028, low >= 1 && high <= 65535,
        "expose port %s is out of range: use 1 to 65535", Checks.quoted(port));
    Checks.check(Rule.FKS028, low <= high,
        "expose port range %s ends below its start: write the lower port first", Checks.quoted(port));
  }

  /** Exposes {@code port}. */
  public Expose(Port port) {
    this(List.of(Checks.notNull(port, "port").toString()));
  }

  /**
   * The count of digits of {@code port} when it is a plain port: 1 to 5 digits with /tcp, /udp or nothing
   * after them, as {@link Port} writes one, which the pattern matches as a port without a range; else 0.
   */
  static int plainDigits(String port) {
    int digits = 0;
    while (digits < port.length() && digits <= 5 && port.charAt(digits) >= '0' && port.charAt(digits) <= '9') {
      digits++;
    }
    boolean plain = digits >= 1 && digits <= 5 && (digits == port.length()
        || (port.length() == digits + 4 && (port.startsWith("/tcp", digits) || port.startsWith("/udp", digits))));
    return plain ? digits : 0;
  }

  /** The first port's number, where it is a literal port or range; a lint message names it. */
  public java.util.OptionalInt firstNumber() {
    int digits = plainDigits(ports.get(0));
    if (digits > 0) {
      return java.util.OptionalInt.of(Integer.parseInt(ports.get(0), 0, digits, 10));
    }
    Matcher m = PORT.matcher(ports.get(0));
    return m.matches() && m.group(1) != null ? java.util.OptionalInt.of(Integer.parseInt(m.group(1)))
        : java.util.OptionalInt.empty();
  }

  @Override
  public List<String> expanded() {
    return ports;
  }

  @Override
  public String describe() {
    return "expose";
  }
}
