package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthcheckTest {
  private static final List<String> TRUE = List.of("true");

  private static Duration seconds(long n) {
    return Duration.ofSeconds(n);
  }

  @Test
  void httpChecksLoopbackWithPythonAndDefaultTimings() {
    Healthcheck check = Healthcheck.http(Port.tcp(8000), "/health");

    assertThat(check.command()).containsExactly("python", "-c",
        "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)");
    assertThat(check.interval()).isEqualTo(seconds(30));
    assertThat(check.timeout()).isEqualTo(seconds(5));
    assertThat(check.startPeriod()).isEqualTo(seconds(20));
    assertThat(check.retries()).isEqualTo(3);
  }

  @Test
  void httpRejectsMissingPort() {
    assertThatThrownBy(() -> Healthcheck.http(null, "/health"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck port is missing: give a value");
  }

  @Test
  void httpRejectsPathThatIsNotAnAbsoluteUrlPath() {
    assertThatThrownBy(() -> Healthcheck.http(Port.tcp(8000), "health"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck path 'health' is invalid: use an absolute URL path such as /health");
  }

  @Test
  void httpRejectsQuoteThatWouldBreakThePythonString() {
    assertThatThrownBy(() -> Healthcheck.http(Port.tcp(8000), "/h'x"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck path '/h'x' is invalid: use an absolute URL path such as /health");
  }

  @Test
  void rejectsTimeoutLongerThanInterval() {
    assertThatThrownBy(() -> new Healthcheck(TRUE, seconds(5), seconds(10), seconds(0), 3))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck timeout 10s is longer than its interval 5s: shorten the timeout");
  }

  @Test
  void rejectsZeroRetries() {
    assertThatThrownBy(() -> new Healthcheck(TRUE, seconds(30), seconds(5), seconds(0), 0))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck retries 0 is out of range: use 1 to 100");
  }

  @Test
  void rejectsZeroInterval() {
    assertThatThrownBy(() -> new Healthcheck(TRUE, seconds(0), seconds(0), seconds(0), 1))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck interval and timeout must be longer than zero");
  }

  @Test
  void rejectsFractionalSeconds() {
    assertThatThrownBy(() -> new Healthcheck(TRUE, Duration.ofMillis(1500), seconds(1), seconds(0), 1))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck duration PT1.5S is invalid: use whole, non-negative seconds");
  }

  @Test
  void rejectsDurationsBelowASecondThatWholeMillisecondsWouldHide() {
    assertThatThrownBy(() -> new Healthcheck(TRUE, seconds(30), Duration.ofNanos(1), seconds(0), 1))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck duration PT0.000000001S is invalid: use whole, non-negative seconds");
  }

  @Test
  void rejectsDurationsDockerCannotStore() {
    assertThatThrownBy(() -> new Healthcheck(TRUE, Duration.ofSeconds(Long.MAX_VALUE), seconds(5), seconds(0), 1))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck duration PT2562047788015215H30M7S is out of range: Docker takes at most"
            + " 9223372036s (int64 nanoseconds)");
  }

  @Test
  void rejectsEmptyCommand() {
    assertThatThrownBy(() -> new Healthcheck(List.of(), seconds(30), seconds(5), seconds(0), 3))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck command is empty: give at least one");
  }
}
