package io.github.nuniesmith.fks.images.dsl;

import java.time.Duration;
import java.util.List;

/**
 * How the container engine tells that the service is healthy: an exec-form command, so that it
 * needs no shell and no curl, which slim images do not have.
 *
 * @param command the program and its arguments; exit 0 means healthy
 * @param interval time between checks
 * @param timeout time a check may take
 * @param startPeriod grace time after start
 * @param retries failures in a row before unhealthy
 */
public record Healthcheck(
    List<String> command, Duration interval, Duration timeout, Duration startPeriod, int retries)
    implements Step {
  /** The longest duration Docker stores: an int64 of nanoseconds. */
  private static final long MAX_SECONDS = Long.MAX_VALUE / 1_000_000_000L;

  /** Validates the command and the timings. */
  public Healthcheck {
    command = ExecForm.check(command, "healthcheck command");
    for (Duration d : List.of(
        Checks.notNull(interval, "healthcheck interval"),
        Checks.notNull(timeout, "healthcheck timeout"),
        Checks.notNull(startPeriod, "healthcheck start period"))) {
      Checks.check(!d.isNegative() && d.getNano() == 0,
          "healthcheck duration %s is invalid: use whole, non-negative seconds", d);
      Checks.check(d.getSeconds() <= MAX_SECONDS,
          "healthcheck duration %s is out of range: Docker takes at most %ss (int64 nanoseconds)", d, MAX_SECONDS);
    }
    Checks.check(!interval.isZero() && !timeout.isZero(),
        "healthcheck interval and timeout must be longer than zero");
    Checks.check(timeout.compareTo(interval) <= 0,
        "healthcheck timeout %ss is longer than its interval %ss: shorten the timeout",
        timeout.toSeconds(), interval.toSeconds());
    Checks.check(retries >= 1 && retries <= 100, "healthcheck retries %d is out of range: use 1 to 100", retries);
  }

  /**
   * Checks with {@code python -c} that {@code http://127.0.0.1:<port><path>} answers with a 2xx
   * status; every 30s, 5s timeout, 20s start period, 3 retries.
   */
  public static Healthcheck http(Port port, String path) {
    Checks.notNull(port, "healthcheck port");
    Checks.check(path != null && path.matches("/[A-Za-z0-9._~/-]*"),
        "healthcheck path %s is invalid: use an absolute URL path such as /health",
        Checks.quote(String.valueOf(path)));
    String url = "http://127.0.0.1:" + port.number() + path;
    return new Healthcheck(
        List.of("python", "-c", "import urllib.request; urllib.request.urlopen('" + url + "', timeout=4)"),
        Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(20), 3);
  }

  @Override
  public String describe() {
    return "healthcheck";
  }
}
