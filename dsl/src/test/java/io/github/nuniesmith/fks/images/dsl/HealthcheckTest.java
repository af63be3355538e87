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

    assertThat(check.command()).contains(new ContainerCommand.Exec(List.of("python", "-c",
        "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)")));
    assertThat(check.interval()).contains(seconds(30));
    assertThat(check.timeout()).contains(seconds(5));
    assertThat(check.startPeriod()).contains(seconds(20));
    assertThat(check.startInterval()).isEmpty();
    assertThat(check.retries()).hasValue(3);
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
  void acceptsWhatDockerAcceptsZeroForTheDefaultAndATimeoutLongerThanTheInterval() {
    Healthcheck check = new Healthcheck(TRUE, seconds(5), seconds(10), Duration.ofMillis(1500), 0);

    assertThat(check.timeout()).contains(seconds(10));
    assertThat(check.retries()).hasValue(0);
  }

  @Test
  void timingsAreOptionalAndAddedOneByOne() {
    Healthcheck check = Healthcheck.of(ContainerCommand.shell("curl -f http://localhost/ || exit 1"))
        .withStartInterval(seconds(2)).withRetries(5);

    assertThat(check.interval()).isEmpty();
    assertThat(check.startInterval()).contains(seconds(2));
    assertThat(check.retries()).hasValue(5);
  }

  @Test
  void noneHasNoCommand() {
    assertThat(Healthcheck.none().isNone()).isTrue();
    assertThat(Healthcheck.none().command()).isEmpty();
  }

  @Test
  void rejectsNoneWithTimings() {
    assertThatThrownBy(() -> Healthcheck.none().withRetries(3))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck NONE has timings, which Docker refuses: give a command, or leave the timings out");
  }

  @Test
  void rejectsNegativeRetries() {
    assertThatThrownBy(() -> Healthcheck.of(ContainerCommand.exec("true")).withRetries(-1))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck retries -1 is negative: use 0 or more");
  }

  @Test
  void rejectsNegativeDurations() {
    assertThatThrownBy(() -> Healthcheck.of(ContainerCommand.exec("true")).withInterval(seconds(-1)))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck duration PT-1S is invalid: use whole, non-negative milliseconds");
  }

  @Test
  void rejectsDurationsBelowASecondThatWholeMillisecondsWouldHide() {
    assertThatThrownBy(() -> new Healthcheck(TRUE, seconds(30), Duration.ofNanos(1), seconds(0), 1))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck duration PT0.000000001S is invalid: use whole, non-negative milliseconds");
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

  @Test
  void refusesTheEmptyExecForm() {
    assertThatThrownBy(() -> Healthcheck.of(ContainerCommand.none()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("healthcheck command is empty: give the program and its arguments, or use none() for HEALTHCHECK"
            + " NONE");
  }
}
