package io.github.nuniesmith.fks.images.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.HierarchyFiles;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import io.github.nuniesmith.fks.images.generator.plan.GitFixture;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow's plan job, as a pull request runs it: the plan goal with the properties of the
 * step's command, on what a branch changed since it left its base branch, into the job summary.
 */
class PlanSummaryTest {
  private static final Pattern PROPERTY = Pattern.compile("-D([a-z.]+)=\"([^\"]*)\"");

  @Test
  void thePlanStepsCommandWritesThePlanOfAPullRequestToTheSummary(@TempDir Path repo, @TempDir Path runner)
      throws Exception {
    GitFixture.requireGit("skipping the plan job's command on a git range");
    String command = planCommand();
    assertThat(command).startsWith("./mvnw -B -Pplan ");
    GitFixture.git(repo, "init", "-q", "-b", "main");
    Files.createDirectories(repo.resolve("out/services/api"));
    Files.writeString(repo.resolve("out/services/api/Dockerfile"), "FROM example\n");
    GitFixture.commitAll(repo, "first");
    // Where actions/checkout with fetch-depth 0 leaves the base branch.
    GitFixture.git(repo, "update-ref", "refs/remotes/origin/main", "main");
    GitFixture.git(repo, "checkout", "-q", "-b", "change");
    Files.writeString(repo.resolve("out/services/api/Dockerfile"), "FROM example:2\n");
    GitFixture.commitAll(repo, "the pull request");
    Path summary = Files.writeString(runner.resolve("summary.md"), "earlier steps' summary\n");
    PlanMojo mojo = inRepository(repo);

    Map<String, String> env = Map.of("BASE_REF", "main", "GITHUB_STEP_SUMMARY", summary.toString());
    Matcher m = PROPERTY.matcher(command);
    Map<String, String> properties = new LinkedHashMap<>();
    while (m.find()) {
      String value = m.group(2);
      for (Map.Entry<String, String> e : env.entrySet()) {
        value = value.replace("$" + e.getKey(), e.getValue());
      }
      properties.put(m.group(1), value);
    }
    assertThat(properties).containsOnlyKeys("fks.since", "fks.plan.summary");
    properties.forEach((property, value) -> set(mojo, property, value));
    mojo.execute();

    assertThat(Files.readString(summary)).isEqualTo("""
        earlier steps' summary
        ## Rebuild plan

        ```
        Rebuild plan (OPTION_1) for out/services/api/Dockerfile:
           1. service api: out/services/api/Dockerfile changed
        ```
        """);
  }

  /** The command of the plan job's plan step, as the workflow renders it. */
  private static String planCommand() {
    String workflow = new HierarchyFiles(new Generator("src/test/java", "./mvnw -Pgenerate"),
        new RepositoryLayout("out", "services", "main")).workflows(new GoalsTest.Definitions().imageSet(Strategy.OPTION_1))
        .get(0).content();
    return workflow.lines().map(String::trim).filter(l -> l.startsWith("run: ./mvnw -B -Pplan"))
        .map(l -> l.substring("run: ".length())).findFirst().orElseThrow(() -> new AssertionError("no plan step"));
  }

  /** Sets the goal's field that Maven sets from {@code property} (its {@code @Parameter} is not kept at run time). */
  private static void set(PlanMojo mojo, String property, String value) {
    switch (property) {
      case "fks.since" -> mojo.since = value;
      case "fks.plan.summary" -> mojo.summary = new File(value);
      default -> throw new AssertionError("the plan goal has no parameter " + property);
    }
  }

  private static PlanMojo inRepository(Path repo) throws Exception {
    Files.createDirectories(repo.resolve("defs"));
    PlanMojo mojo = new PlanMojo();
    mojo.project = new MavenProject();
    mojo.project.getBuild().setOutputDirectory(new File("target/test-classes").getAbsolutePath());
    mojo.project.setFile(repo.resolve("defs/pom.xml").toFile());
    mojo.definitions = GoalsTest.Definitions.class.getName();
    mojo.strategy = "OPTION_1";
    mojo.sourceRoot = "src/main/java";
    mojo.regenerateCommand = "./mvnw -Pgenerate";
    mojo.serviceContexts = "services";
    mojo.defaultBranch = "main";
    mojo.pinsDirectory = repo.resolve("defs/pins").toFile();
    mojo.sourceDirectory = repo.resolve("defs/java").toFile();
    mojo.output = repo.resolve("out").toString();
    mojo.repositoryRoot = repo.toFile();
    mojo.setLog(new SystemStreamLog());
    return mojo;
  }
}
