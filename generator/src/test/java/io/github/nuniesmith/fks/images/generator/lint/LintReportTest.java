package io.github.nuniesmith.fks.images.generator.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.Policy;
import io.github.nuniesmith.fks.images.dsl.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The printed report: one line per finding, each suppression reason once, then the summary. */
class LintReportTest {
  private static final String RANGES = "ranges: Renovate keeps the lower bounds current";

  @Test
  void aRepeatedSuppressionReasonIsPrintedOnce() {
    LintReport report = new LintReport(List.of(
        new Finding(Rule.FKS024, "tier cpu / pip 'fastapi'", "not pinned", "docker/Dockerfile.cpu", 7, Optional.of(RANGES)),
        new Finding(Rule.FKS024, "tier ml / pip 'torch'", "not pinned", "docker/Dockerfile.ml", 9, Optional.of(RANGES)),
        new Finding(Rule.FKS016, "tier ml / RUN", "could be one RUN", "docker/Dockerfile.ml", 11, Optional.of("torch alone")),
        new Finding(Rule.FKS011, "image app / cmd", "runs as root", "services/app/Dockerfile", 12, Optional.empty())));

    assertThat(report.text()).isEqualTo("""
        suppressed FKS024 tier cpu / pip 'fastapi': not pinned (docker/Dockerfile.cpu:7) because: %s
        suppressed FKS024 tier ml / pip 'torch': not pinned (docker/Dockerfile.ml:9) because: the same reason as above
        suppressed FKS016 tier ml / RUN: could be one RUN (docker/Dockerfile.ml:11) because: torch alone
        error FKS011 image app / cmd: runs as root (services/app/Dockerfile:12)
        fks-images lint: 1 error, 0 warnings, 0 infos, 3 suppressed
        """.formatted(RANGES));
  }

  @Test
  void aPolicyLintErrorStopsOnlyUnderStrict() {
    LintReport report = new LintReport(List.of(
        new Finding(Rule.FKS009, "image app / arg GITHUB_TOKEN", "looks like a secret", "Dockerfile", 3, Optional.empty())));

    assertThat(report.hasErrors()).isTrue();
    assertThat(report.stops(Policy.STRICT)).isTrue();
    assertThat(report.stops(Policy.BASELINE)).isFalse();
  }

  @Test
  void anErrorOfACheckEveryPolicyRunsStopsUnderBoth() {
    LintReport report = new LintReport(List.of(
        new Finding(Rule.FKS008, "image app / stage build", "no pipefail", "Dockerfile", 5, Optional.empty())));

    assertThat(report.stops(Policy.STRICT)).isTrue();
    assertThat(report.stops(Policy.BASELINE)).isTrue();
  }

  @Test
  void aSuppressedErrorStopsNothing() {
    LintReport report = new LintReport(List.of(
        new Finding(Rule.FKS011, "image app / cmd", "runs as root", "Dockerfile", 12, Optional.of("a build tool"))));

    assertThat(report.stops(Policy.STRICT)).isFalse();
  }
}
