package io.github.nuniesmith.fks.images.generator.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.generator.external.RequiredTool;
import io.github.nuniesmith.fks.images.generator.external.ShellCheck;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The report as JSON and as SARIF 2.1.0. */
class ReportWriterTest {
  private static final LintReport REPORT = new LintReport(List.of(
      new Finding(Rule.FKS011, "image app / stage run / cmd", "runs its command as root: add a user step",
          "services/app/Dockerfile", 12, Optional.empty()),
      new Finding(Rule.FKS016, "image ml / stage builder / RUN", "could be one RUN with the RUN at line 11",
          "docker/Dockerfile.ml", 14, Optional.of("torch stays in a layer of its own"))));

  private static final String HOME = "https://example.org/fks-images";

  @Test
  void jsonListsEveryFindingWithItsPathFromTheRepositoryRootAndTheSummary() {
    assertThat(ReportWriter.json(REPORT, List.of(), "generated/")).isEqualTo("""
        {
          "findings" : [ {
            "rule" : "FKS011",
            "severity" : "error",
            "title" : "A stage with CMD or ENTRYPOINT runs as a non-root user",
            "path" : "image app / stage run / cmd",
            "message" : "runs its command as root: add a user step",
            "file" : "generated/services/app/Dockerfile",
            "line" : 12
          }, {
            "rule" : "FKS016",
            "severity" : "info",
            "title" : "No consecutive RUNs with the same mounts that could be one",
            "path" : "image ml / stage builder / RUN",
            "message" : "could be one RUN with the RUN at line 11",
            "file" : "generated/docker/Dockerfile.ml",
            "line" : 14,
            "suppressed" : "torch stays in a layer of its own"
          } ],
          "tools" : [ ],
          "summary" : "fks-images lint: 1 error, 0 warnings, 0 infos, 1 suppressed"
        }
        """);
  }

  @Test
  void sarifPointsEachResultAtItsDockerfileLineAndListsTheCatalog() throws Exception {
    JsonNode sarif = new ObjectMapper().readTree(ReportWriter.sarif(REPORT, List.of(), "generated/", "1.2.3", HOME));

    assertThat(sarif.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    assertThat(run.get("tool").get("driver").get("rules")).hasSize(Rule.values().length);
    assertThat(run.get("tool").get("driver").get("rules").get(8).toString()).isEqualTo(
        "{\"id\":\"FKS009\",\"name\":\"No secret-looking ARG or ENV name\","
            + "\"shortDescription\":{\"text\":\"No secret-looking ARG or ENV name\"},"
            + "\"help\":{\"text\":\"" + FKS009_HELP + "\",\"markdown\":\"**FKS009**: " + FKS009_HELP + "\"},"
            + "\"helpUri\":\"https://example.org/fks-images#lint-rules\","
            + "\"defaultConfiguration\":{\"level\":\"error\"},"
            + "\"properties\":{\"checked\":\"lint\",\"hadolint\":\"DL3064\",\"buildkit\":\"SecretsUsedInArgOrEnv\"}}");
    assertThat(run.get("results").toString()).isEqualTo("["
        + "{\"ruleId\":\"FKS011\",\"ruleIndex\":10,\"level\":\"error\","
        + "\"message\":{\"text\":\"image app / stage run / cmd: runs its command as root: add a user step\"},"
        + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"generated/services/app/Dockerfile\"},"
        + "\"region\":{\"startLine\":12}}}]},"
        + "{\"ruleId\":\"FKS016\",\"ruleIndex\":15,\"level\":\"note\","
        + "\"message\":{\"text\":\"image ml / stage builder / RUN: could be one RUN with the RUN at line 11\"},"
        + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"generated/docker/Dockerfile.ml\"},"
        + "\"region\":{\"startLine\":14}}}],"
        + "\"suppressions\":[{\"kind\":\"inSource\",\"justification\":\"torch stays in a layer of its own\"}]}]");
  }

  private static final String FKS009_HELP = "No secret-looking ARG or ENV name. Checked by the lint goal on the built"
      + " set and its rendered Dockerfiles, when the set's policy is baseline or strict. Corresponds to hadolint DL3064, BuildKit check SecretsUsedInArgOrEnv."
      + " To accept a finding, add .suppress(\\\"FKS009\\\", \\\"<reason>\\\") to the definition it names.";

  @Test
  void sarifNamesTheToolsVersionAndHomeAndEveryRuleHasHelp() throws Exception {
    JsonNode driver = new ObjectMapper().readTree(ReportWriter.sarif(REPORT, List.of(), "generated/", "1.2.3", HOME))
        .get("runs").get(0).get("tool").get("driver");

    assertThat(driver.get("name").asText()).isEqualTo("fks-images");
    assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
    assertThat(driver.get("informationUri").asText()).isEqualTo(HOME);
    assertThat(driver.get("rules")).allSatisfy(rule -> {
      assertThat(rule.get("help").get("text").asText()).startsWith(rule.get("name").asText() + ". Checked ");
      assertThat(rule.get("helpUri").asText()).isEqualTo(HOME + "#lint-rules");
    });
    assertThat(driver.get("rules").get(23).get("help").get("text").asText()).isEqualTo("pip requirement is pinned"
        + " exactly with ==. Checked by the lint goal on the built set and its rendered Dockerfiles, when the set's"
        + " policy is strict. Corresponds to"
        + " hadolint DL3013. To accept a finding, add .suppress(\"FKS024\", \"<reason>\") to the definition it names.");
    assertThat(driver.get("rules").get(0).get("help").get("text").asText()).isEqualTo("Base image names a version tag,"
        + " never latest or none. Checked by the lint goal on the built set and its rendered Dockerfiles, when the"
        + " set's policy is strict. Corresponds to hadolint DL3006, DL3007. To accept a finding, add"
        + " .suppress(\"FKS001\", \"<reason>\") to the definition it names.");
  }

  @Test
  void shellCheckFindingsGetARunOfTheirOwnAndAJsonEntry() throws Exception {
    ShellCheck shellCheck = RequiredTool.HERE.require(ShellCheck.onPath(), ShellCheck.absence());
    List<ToolRun> tools = List.of(new ToolRun("shellcheck", shellCheck.check("services/app/Dockerfile", """
        FROM python:3.12-slim-trixie AS run
        WORKDIR /app
        RUN ls -l $DATA_DIR \\
         && cat $DATA_DIR/*.txt
        """)));

    JsonNode sarif = new ObjectMapper().readTree(ReportWriter.sarif(REPORT, tools, "generated/", "1.2.3", HOME));

    assertThat(sarif.get("runs")).hasSize(2);
    assertThat(sarif.get("runs").get(0).get("results")).hasSize(2);
    assertThat(sarif.get("runs").get(1).toString()).isEqualTo("{\"tool\":{\"driver\":{\"name\":\"shellcheck\","
        + "\"informationUri\":\"https://www.shellcheck.net\","
        + "\"rules\":[{\"id\":\"SC2086\",\"help\":{\"text\":\"See https://www.shellcheck.net/wiki/SC2086\","
        + "\"markdown\":\"See [SC2086](https://www.shellcheck.net/wiki/SC2086).\"},"
        + "\"helpUri\":\"https://www.shellcheck.net/wiki/SC2086\"}]}},"
        + "\"results\":["
        + "{\"ruleId\":\"SC2086\",\"ruleIndex\":0,\"level\":\"note\","
        + "\"message\":{\"text\":\"Double quote to prevent globbing and word splitting.\"},"
        + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"generated/services/app/Dockerfile\"},"
        + "\"region\":{\"startLine\":3}}}]},"
        + "{\"ruleId\":\"SC2086\",\"ruleIndex\":0,\"level\":\"note\","
        + "\"message\":{\"text\":\"Double quote to prevent globbing and word splitting.\"},"
        + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"generated/services/app/Dockerfile\"},"
        + "\"region\":{\"startLine\":4}}}]}]}");
    assertThat(new ObjectMapper().readTree(ReportWriter.json(REPORT, tools, "generated/")).get("tools").toString()).isEqualTo("["
        + "{\"name\":\"shellcheck\",\"findings\":["
        + "{\"rule\":\"SC2086\",\"level\":\"info\",\"message\":\"Double quote to prevent globbing and word"
        + " splitting.\",\"file\":\"generated/services/app/Dockerfile\",\"line\":3},"
        + "{\"rule\":\"SC2086\",\"level\":\"info\",\"message\":\"Double quote to prevent globbing and word"
        + " splitting.\",\"file\":\"generated/services/app/Dockerfile\",\"line\":4}]}]");
  }
}
