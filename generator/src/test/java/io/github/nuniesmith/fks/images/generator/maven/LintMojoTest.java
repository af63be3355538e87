package io.github.nuniesmith.fks.images.generator.maven;

import static io.github.nuniesmith.fks.images.generator.maven.GoalsTest.configured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.ImageSetDefinition;
import io.github.nuniesmith.fks.images.dsl.Policy;
import io.github.nuniesmith.fks.images.dsl.ShellStep;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.HierarchyDefinition;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.generator.external.RequiredTool;
import io.github.nuniesmith.fks.images.generator.external.ShellCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint goal, and lint inside generate and check: errors stop them, warnings are printed. */
class LintMojoTest {
  private static final String ROOT_CMD = "error FKS011 image app / stage run / cmd: runs its command as root:"
      + " add a user step such as user(\"10001:10001\") after the steps that need root (app/Dockerfile:7)";

  @TempDir Path repository;

  /** An image whose command runs as root: a lint error of the strict policy it chooses. */
  public static final class RootCommand implements HierarchyDefinition {
    @Override
    public ImageSet imageSet(Strategy strategy) {
      return Hierarchy.builder(strategy).policy(Policy.STRICT).image(Image.builder("app", "app/Dockerfile", LintMojoTest.class)
          .stage("run", s -> s.from("python:3.12-slim-trixie").cmd("python", "-m", "app")).build()).build();
    }
  }

  /** An image with a pip requirement that is not pinned exactly: a lint warning of the strict policy. */
  public static final class RangePin implements HierarchyDefinition {
    @Override
    public ImageSet imageSet(Strategy strategy) {
      return Hierarchy.builder(strategy).image(Image.builder("app", "app/Dockerfile", LintMojoTest.class)
          .stage("run", s -> s.from("python:3.12-slim-trixie").pip("requests>=2.32")).build()).build();
    }
  }

  /** An image whose shell step leaves a variable unquoted: a ShellCheck finding at info level. */
  public static final class UnquotedVariable implements HierarchyDefinition {
    @Override
    public ImageSet imageSet(Strategy strategy) {
      return Hierarchy.builder(strategy).image(Image.builder("app", "app/Dockerfile", LintMojoTest.class)
          .stage("run", s -> s.from("python:3.12-slim-trixie").user("10001:10001")
              .step(new ShellStep("no typed step lists a folder", "ls -l $DATA_DIR", List.of()))).build()).build();
    }
  }

  @Test
  void lintWritesSarifAndJsonOfACleanSet() throws Exception {
    LintMojo lint = lintGoal(GoalsTest.Definitions.class);
    lint.execute();

    JsonNode sarif = new ObjectMapper().readTree(repository.resolve("lint.sarif").toFile());
    assertThat(sarif.get("runs").get(0).get("results")).isEmpty();
    assertThat(new ObjectMapper().readTree(repository.resolve("lint.json").toFile()).get("summary").asText())
        .isEqualTo("fks-images lint: 0 errors, 0 warnings, 0 infos, 0 suppressed");
    assertThat(Files.exists(repository.resolve("generated"))).isFalse();
  }

  @Test
  void lintWritesTheErrorWithItsLocationThenFails() throws Exception {
    LintMojo lint = lintGoal(RootCommand.class);

    assertThatThrownBy(lint::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("Lint errors in the image definitions:\n" + ROOT_CMD
            + "\nfks-images lint: 1 error, 0 warnings, 0 infos, 0 suppressed\n");
    JsonNode result = new ObjectMapper().readTree(repository.resolve("lint.sarif").toFile())
        .get("runs").get(0).get("results").get(0);
    assertThat(result.get("ruleId").asText()).isEqualTo("FKS011");
    assertThat(result.get("locations").get(0).get("physicalLocation").toString())
        .isEqualTo("{\"artifactLocation\":{\"uri\":\"generated/app/Dockerfile\"},\"region\":{\"startLine\":7}}");
    // The JSON names the same file from the repository root, and the SARIF the tool's version.
    assertThat(new ObjectMapper().readTree(repository.resolve("lint.json").toFile()).get("findings").get(0)
        .get("file").asText()).isEqualTo("generated/app/Dockerfile");
    assertThat(new ObjectMapper().readTree(repository.resolve("lint.sarif").toFile()).get("runs").get(0).get("tool")
        .get("driver").get("version").asText()).isEqualTo("9.9.9");
  }

  @Test
  void aLintErrorStopsGenerateWithNothingWritten() {
    Path output = repository.resolve("generated");

    assertThatThrownBy(() -> configured(new GenerateMojo(), RootCommand.class, repository).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Lint errors in the image definitions:\n" + ROOT_CMD
            + "\nfks-images lint: 1 error, 0 warnings, 0 infos, 0 suppressed\nNothing was written.");
    assertThat(Files.exists(output)).isFalse();
  }

  @Test
  void generateAndCheckPrintWarnings() throws Exception {
    List<String> warnings = new ArrayList<>();
    for (ImagesMojo goal : List.of(new GenerateMojo(), new CheckMojo())) {
      configured(goal, RangePin.class, repository).policy = "strict";
      goal.execute();
      warnings.addAll(((RecordedLog) goal.getLog()).at("warn"));
    }

    String warning = "warning FKS024 image app / stage run / pip 'requests': pip requirement 'requests>=2.32' is"
        + " not pinned exactly, so a rebuild may install another version: pin it as requests==<version>"
        + " (app/Dockerfile:10)";
    assertThat(warnings).containsExactly(warning, warning);
  }

  @Test
  void thePolicyGivenToAGoalReplacesTheSetsOwn() throws Exception {
    GenerateMojo baseline = configured(new GenerateMojo(), RootCommand.class, repository);
    baseline.policy = "Baseline";
    baseline.execute();
    assertThat(((RecordedLog) baseline.getLog()).at("warn")).isEmpty();

    GenerateMojo unknown = configured(new GenerateMojo(), RangePin.class, repository);
    unknown.policy = "fks";
    assertThatThrownBy(unknown::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("fks.policy: policy 'fks' is not one of baseline, strict");
  }

  @Test
  void anUntrustedRegistryGlobIsRefused() {
    LintMojo lint = lintGoal(GoalsTest.Definitions.class);
    lint.trustedRegistries = List.of("docker.io/library");

    assertThatThrownBy(lint::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("fks.lint.trustedRegistries: trusted registry 'docker.io/library' is invalid: use a host"
            + " name with an optional :port and * globs, such as *.gcr.io");
  }

  @Test
  void lintAddsShellCheckFindingsToTheSarifAndJson() throws Exception {
    RequiredTool.HERE.require(ShellCheck.onPath(), ShellCheck.absence());
    LintMojo lint = lintGoal(UnquotedVariable.class);
    lint.shellcheck = "on";
    lint.hadolint = "off";
    lint.execute();

    JsonNode run = new ObjectMapper().readTree(repository.resolve("lint.sarif").toFile()).get("runs").get(1);
    assertThat(run.get("tool").get("driver").get("name").asText()).isEqualTo("shellcheck");
    assertThat(run.get("results")).hasSize(1);
    assertThat(run.get("results").get(0).get("ruleId").asText()).isEqualTo("SC2086");
    assertThat(run.get("results").get(0).get("locations").get(0).get("physicalLocation").toString())
        .isEqualTo("{\"artifactLocation\":{\"uri\":\"generated/app/Dockerfile\"},\"region\":{\"startLine\":10}}");
    assertThat(new ObjectMapper().readTree(repository.resolve("lint.json").toFile()).get("tools").get(0)
        .get("findings").get(0).get("rule").asText()).isEqualTo("SC2086");
  }

  @Test
  void shellCheckOffLeavesItOutOfTheSarif() throws Exception {
    LintMojo lint = lintGoal(UnquotedVariable.class);
    lint.shellcheck = "off";
    lint.hadolint = "off";
    lint.execute();

    assertThat(new ObjectMapper().readTree(repository.resolve("lint.sarif").toFile()).get("runs")).hasSize(1);
  }

  @Test
  void shellCheckOnButNotOnThePathFailsTheGoal() {
    LintMojo lint = lintGoal(GoalsTest.Definitions.class);
    lint.shellcheck = "on";
    lint.path = repository.toString();

    assertThatThrownBy(lint::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("fks.lint.shellcheck=on, but shellcheck is not on the PATH: install it (Debian package"
            + " shellcheck) to check every RUN");
    assertThat(Files.exists(repository.resolve("lint.sarif"))).isFalse();
  }

  @Test
  void anUnknownToolModeIsRefused() {
    LintMojo lint = lintGoal(GoalsTest.Definitions.class);
    lint.hadolint = "always";

    assertThatThrownBy(lint::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("fks.lint.hadolint is 'always': use auto, on or off");
  }

  private LintMojo lintGoal(Class<? extends ImageSetDefinition> definitions) {
    LintMojo lint = configured(new LintMojo(), definitions, repository);
    lint.sarif = repository.resolve("lint.sarif").toFile();
    lint.json = repository.resolve("lint.json").toFile();
    lint.version = "9.9.9";
    return lint;
  }
}
