package io.github.nuniesmith.fks.images.dsl;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * How the container engine tells that the container is healthy (HEALTHCHECK), or {@link #none()} to
 * turn off a check the base image sets. Each timing is optional: left out, Docker's default applies
 * and no flag is rendered.
 *
 * @param command the check, exec or shell form; exit 0 means healthy; empty for {@code HEALTHCHECK NONE}
 * @param interval time between checks ({@code --interval}, default 30s)
 * @param timeout time a check may take ({@code --timeout}, default 30s)
 * @param startPeriod grace time after start ({@code --start-period}, default 0s)
 * @param startInterval time between checks during the start period ({@code --start-interval}, default 5s)
 * @param retries failures in a row before unhealthy ({@code --retries}, default 3)
 */
public record Healthcheck(
    Optional<ContainerCommand> command, Optional<Duration> interval, Optional<Duration> timeout,
    Optional<Duration> startPeriod, Optional<Duration> startInterval, OptionalInt retries)
    implements Step {
  /** The longest duration Docker stores: an int64 of nanoseconds. */
  private static final long MAX_SECONDS = Long.MAX_VALUE / 1_000_000_000L;
  private static final Pattern URL_PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");

  /** Validates the timings; {@code NONE} takes none. */
  public Healthcheck {
    Checks.notNull(command, "healthcheck command");
    Checks.check(!command.equals(Optional.of(ContainerCommand.none())),
        "healthcheck command is empty: give the program and its arguments, or use none() for HEALTHCHECK NONE");
    for (Optional<Duration> d : List.of(Checks.notNull(interval, "healthcheck interval"),
        Checks.notNull(timeout, "healthcheck timeout"), Checks.notNull(startPeriod, "healthcheck start period"),
        Checks.notNull(startInterval, "healthcheck start interval"))) {
      d.ifPresent(Healthcheck::checkDuration);
    }
    Checks.notNull(retries, "healthcheck retries");
    retries.ifPresent(r -> Checks.check(r >= 0, "healthcheck retries %d is negative: use 0 or more", r));
    boolean flags = interval.isPresent() || timeout.isPresent() || startPeriod.isPresent()
        || startInterval.isPresent() || retries.isPresent();
    Checks.check(command.isPresent() || !flags,
        "healthcheck NONE has timings, which Docker refuses: give a command, or leave the timings out");
  }

  /**
   * Runs the exec-form {@code command} with all four classic timings, as a service's check does.
   *
   * @param command the program and its arguments
   * @param interval time between checks
   * @param timeout time a check may take
   * @param startPeriod grace time after start
   * @param retries failures in a row before unhealthy
   */
  public Healthcheck(List<String> command, Duration interval, Duration timeout, Duration startPeriod, int retries) {
    this(Optional.of(new ContainerCommand.Exec(ExecForm.check(command, "healthcheck command"))),
        Optional.of(Checks.notNull(interval, "healthcheck interval")),
        Optional.of(Checks.notNull(timeout, "healthcheck timeout")),
        Optional.of(Checks.notNull(startPeriod, "healthcheck start period")), Optional.empty(),
        OptionalInt.of(retries));
  }

  /** Runs {@code command} with Docker's default timings; add timings with the {@code with...} methods. */
  public static Healthcheck of(ContainerCommand command) {
    return new Healthcheck(Optional.of(Checks.notNull(command, "healthcheck command")), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());
  }

  /** {@code HEALTHCHECK NONE}: turns off the check the base image sets. */
  public static Healthcheck none() {
    return new Healthcheck(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), OptionalInt.empty());
  }

  /**
   * Checks with {@code python -c} that {@code http://127.0.0.1:<port><path>} answers with a 2xx
   * status; every 30s, 5s timeout, 20s start period, 3 retries.
   */
  public static Healthcheck http(Port port, String path) {
    Checks.notNull(port, "healthcheck port");
    Checks.check(path != null && URL_PATH.matcher(path).matches(),
        "healthcheck path %s is invalid: use an absolute URL path such as /health",
        Checks.quoted(String.valueOf(path)));
    String url = "http://127.0.0.1:" + port.number() + path;
    return new Healthcheck(
        List.of("python", "-c", "import urllib.request; urllib.request.urlopen('" + url + "', timeout=4)"),
        Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(20), 3);
  }

  /** This check with {@code --interval}. */
  public Healthcheck withInterval(Duration value) {
    return new Healthcheck(command, Optional.of(Checks.notNull(value, "healthcheck interval")), timeout,
        startPeriod, startInterval, retries);
  }

  /** This check with {@code --timeout}. */
  public Healthcheck withTimeout(Duration value) {
    return new Healthcheck(command, interval, Optional.of(Checks.notNull(value, "healthcheck timeout")),
        startPeriod, startInterval, retries);
  }

  /** This check with {@code --start-period}. */
  public Healthcheck withStartPeriod(Duration value) {
    return new Healthcheck(command, interval, timeout,
        Optional.of(Checks.notNull(value, "healthcheck start period")), startInterval, retries);
  }

  /** This check with {@code --start-interval} (Dockerfile 1.6, Docker Engine 25). */
  public Healthcheck withStartInterval(Duration value) {
    return new Healthcheck(command, interval, timeout, startPeriod,
        Optional.of(Checks.notNull(value, "healthcheck start interval")), retries);
  }

  /** This check with {@code --retries}. */
  public Healthcheck withRetries(int value) {
    return new Healthcheck(command, interval, timeout, startPeriod, startInterval, OptionalInt.of(value));
  }

  /** Whether this is {@code HEALTHCHECK NONE}. */
  public boolean isNone() {
    return command.isEmpty();
  }

  private static void checkDuration(Duration d) {
    Checks.check(!d.isNegative() && d.getNano() % 1_000_000 == 0,
        "healthcheck duration %s is invalid: use whole, non-negative milliseconds", d);
    Checks.check(d.getSeconds() <= MAX_SECONDS,
        "healthcheck duration %s is out of range: Docker takes at most %ss (int64 nanoseconds)", d, MAX_SECONDS);
  }

  @Override
  public String describe() {
    return "healthcheck";
  }
}
