package io.github.nuniesmith.fks.images.generator.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class RequiredToolTest {
  private static final String WHY = "shellcheck is not on the PATH: install it (Debian package shellcheck)";
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  private RequiredTool under(Map<String, String> environment) {
    return new RequiredTool(environment::get, new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @Test
  void aMissingToolSkipsAndPrintsItsReasonOutsideCi() {
    assertThatThrownBy(() -> under(Map.of()).missing(WHY))
        .isExactlyInstanceOf(TestAbortedException.class).hasMessage(WHY);
    assertThatThrownBy(() -> under(Map.of("CI", "false")).require(Optional.empty(), WHY))
        .isExactlyInstanceOf(TestAbortedException.class).hasMessage(WHY);
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("[SKIPPED] " + WHY + "\n[SKIPPED] " + WHY + "\n");
  }

  @Test
  void aMissingToolFailsUnderCi() {
    assertThatThrownBy(() -> under(Map.of("CI", "true")).require(Optional.empty(), WHY))
        .isExactlyInstanceOf(AssertionFailedError.class)
        .hasMessage(WHY + " (CI must install it: see .ci/run)");
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aPresentToolIsReturnedUnderCiAndOutside() {
    assertThat(under(Map.of("CI", "true")).require(Optional.of("shellcheck"), WHY)).isEqualTo("shellcheck");
    assertThat(under(Map.of()).require(Optional.of("shellcheck"), WHY)).isEqualTo("shellcheck");
  }

  @Test
  void aReportOnlyToolSkipsAndSaysSoOutsideCi() {
    assertThatThrownBy(() -> under(Map.of()).reportOnly("hadolint was NOT run", "only ShellCheck checked it"))
        .isExactlyInstanceOf(TestAbortedException.class).hasMessage("hadolint was NOT run");
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("[SKIPPED] hadolint was NOT run\n");
  }

  @Test
  void aReportOnlyToolSkipsUnderCiTooWithTheCiNote() {
    assertThatThrownBy(() -> under(Map.of("CI", "true")).reportOnly("hadolint was NOT run", "only ShellCheck checked it"))
        .isExactlyInstanceOf(TestAbortedException.class).hasMessage("hadolint was NOT run");
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .isEqualTo("[SKIPPED] hadolint was NOT run (CI=true: only ShellCheck checked it)\n");
  }
}
