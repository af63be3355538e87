package io.github.nuniesmith.fks.images.generator.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HadolintTest {
  private static final String PIN = "Pin versions in apt get install. Instead of `apt-get install <package>`"
      + " use `apt-get install <package>=<version>`";

  /** A report as a published hadolint run printed it (captured through the library's code search). */
  private static String sample() throws IOException {
    try (InputStream in = HadolintTest.class.getResourceAsStream("/external/hadolint-report.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void parsesEveryEntryOfAReportAgainstOurFileName() throws IOException {
    List<ToolFinding> findings = Hadolint.parse("services/api/Dockerfile", sample());

    assertThat(findings).containsExactly(
        new ToolFinding("services/api/Dockerfile", 5, "DL3008", ToolFinding.Level.WARNING, PIN),
        new ToolFinding("services/api/Dockerfile", 15, "DL3008", ToolFinding.Level.WARNING, PIN),
        new ToolFinding("services/api/Dockerfile", 21, "DL3066", ToolFinding.Level.INFO,
            "Non-numeric user-id may not be resolvable by host system"),
        new ToolFinding("services/api/Dockerfile", 23, "DL3025", ToolFinding.Level.WARNING,
            "Use arguments JSON notation for CMD and ENTRYPOINT arguments"));
    assertThat(findings.stream().filter(f -> f.level().atLeast(ToolFinding.Level.WARNING)).map(ToolFinding::code))
        .containsExactly("DL3008", "DL3008", "DL3025");
  }

  @Test
  void readsShellCheckAndParseErrorEntries() {
    // The shapes of src/Hadolint/Formatter/Json.hs: ShellCheck findings carry their SC code, a parse
    // error is DL1000 at level error with its own column.
    String report = "[{\"code\":\"SC2086\",\"column\":1,\"file\":\"Dockerfile\",\"level\":\"info\",\"line\":9,"
        + "\"message\":\"Double quote to prevent globbing and word splitting.\"},"
        + "{\"code\":\"DL1000\",\"column\":5,\"file\":\"Dockerfile\",\"level\":\"error\",\"line\":3,"
        + "\"message\":\"unexpected end of input\"}]";

    assertThat(Hadolint.parse("Dockerfile.ml", report)).containsExactly(
        new ToolFinding("Dockerfile.ml", 9, "SC2086", ToolFinding.Level.INFO, "Double quote to prevent globbing and word splitting."),
        new ToolFinding("Dockerfile.ml", 3, "DL1000", ToolFinding.Level.ERROR, "unexpected end of input"));
  }

  @Test
  void anEmptyReportHasNoFindings() {
    assertThat(Hadolint.parse("Dockerfile", "[]\n")).isEmpty();
  }

  @Test
  void aReportThatIsNotAJsonArrayIsAnError() {
    assertThatThrownBy(() -> Hadolint.parse("Dockerfile", "hadolint: Dockerfile: openFile: does not exist\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("hadolint's report on Dockerfile is not JSON: hadolint: Dockerfile: openFile: does not exist");
    assertThatThrownBy(() -> Hadolint.parse("Dockerfile", "{\"code\":\"DL3008\"}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("hadolint's report on Dockerfile is not a JSON array: {\"code\":\"DL3008\"}");
  }

  @Test
  void lintHandsTheFileAndTheSettingsToItsBackend() {
    String[] seen = new String[2];
    Hadolint hadolint = new Hadolint(new Hadolint.Backend() {
      @Override
      public String lint(String dockerfile, String config) {
        seen[0] = dockerfile;
        seen[1] = config;
        return "[{\"code\":\"DL3007\",\"column\":1,\"file\":\"/Dockerfile\",\"level\":\"warning\",\"line\":1,"
            + "\"message\":\"Using latest is prone to errors if the image will ever update.\"}]";
      }

      @Override
      public String describe() {
        return "a test double";
      }
    });

    List<ToolFinding> findings = hadolint.lint("Dockerfile.ml", "FROM python:latest\n", "failure-threshold: warning\n");

    assertThat(seen).containsExactly("FROM python:latest\n", "failure-threshold: warning\n");
    assertThat(findings).containsExactly(new ToolFinding("Dockerfile.ml", 1, "DL3007", ToolFinding.Level.WARNING,
        "Using latest is prone to errors if the image will ever update."));
  }

  @Test
  void realHadolintFlagsALatestTagWhereItRuns() {
    Hadolint hadolint = Hadolint.locate()
        .orElseGet(() -> RequiredTool.HERE.reportOnly(Hadolint.absence(),
            "the wrapper was not run against a real hadolint; its JSON parsing is tested above"));

    assertThat(hadolint.lint("Dockerfile", "FROM python:latest\n", "failure-threshold: warning\n"))
        .extracting(ToolFinding::code).contains("DL3007");
  }

  @Test
  void absenceSaysThatHadolintWasNotRunAndNamesTheImage() {
    assertThat(Hadolint.absence()).isEqualTo("hadolint was NOT run: no hadolint binary on the PATH and no Docker"
        + " for the container " + Hadolint.image());
  }

  @Test
  void theImageIsThePinnedOneUnlessThePropertyOrTheVariableNamesAnother() {
    assertThat(Hadolint.image(null, null)).isEqualTo(
        "hadolint/hadolint:v2.14.0@sha256:27086352fd5e1907ea2b934eb1023f217c5ae087992eb59fde121dce9c9ff21e");
    assertThat(Hadolint.image(" ", "")).isEqualTo(Hadolint.image(null, null));
    assertThat(Hadolint.image(null, "hadolint/hadolint:v2.14.0")).isEqualTo("hadolint/hadolint:v2.14.0");
    assertThat(Hadolint.image("registry.local:5000/tools/hadolint:v2.14.0", "hadolint/hadolint:v2.14.0"))
        .isEqualTo("registry.local:5000/tools/hadolint:v2.14.0");
    String digest = "hadolint/hadolint@sha256:" + "0123456789abcdef".repeat(4);
    assertThat(Hadolint.image(digest, null)).isEqualTo(digest);
  }

  @Test
  void aBadImageNameIsRefusedNamingWhereItCameFrom() {
    String advice = "' is not an image reference of at most 255 characters such as hadolint/hadolint:v2.14.0 or"
        + " registry.example:5000/hadolint/hadolint:v2.14.0@sha256:<64 hex digits>";
    assertThatThrownBy(() -> Hadolint.image("hadolint/hadolint:v2.14.0 --privileged", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fks.hadolint.image 'hadolint/hadolint:v2.14.0 --privileged" + advice);
    assertThatThrownBy(() -> Hadolint.image(null, "Hadolint/Hadolint\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FKS_HADOLINT_IMAGE 'Hadolint/Hadolint?" + advice);
    assertThatThrownBy(() -> Hadolint.image(null, "hadolint@sha256:abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FKS_HADOLINT_IMAGE 'hadolint@sha256:abc" + advice);
    String huge = "a".repeat(1_000_000);
    assertThatThrownBy(() -> Hadolint.image(huge, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fks.hadolint.image '" + "a".repeat(80) + "... (1000000 characters)" + advice);
  }
}
