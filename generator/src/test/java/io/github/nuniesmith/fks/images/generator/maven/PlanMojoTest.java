package io.github.nuniesmith.fks.images.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.generator.plan.GitFixture;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan goal as Maven runs it, on the small set of {@link GoalsTest}. */
class PlanMojoTest {
  private final List<String> printed = new ArrayList<>();

  @Test
  void printsThePlanForNamedChanges() throws Exception {
    PlanMojo mojo = goal();
    mojo.changed = "python, ";

    mojo.execute();

    assertThat(printed.subList(0, 4)).containsExactly(
        "Rebuild plan (OPTION_1) for python:",
        "   1. base cpu: starts from python:3.12-slim-trixie",
        "   2. service api: built on cpu",
        "Content tags children will build FROM (a tag the registry has already is not pushed again):");
    assertThat(printed.subList(4, printed.size())).singleElement().asString()
        .matches("  cpu: example/img:base-c[0-9a-f]{12}, example/img:base-runtime-c[0-9a-f]{12}");
  }

  @Test
  void anUnknownNameFailsTheGoalWithCloseMatches() {
    PlanMojo mojo = goal();
    mojo.changed = "pyton";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("'pyton' is no package, pin, source build, base image or image of this set (OPTION_1):"
            + " did you mean python? Names are compared as PEP 503 names, e.g. ta-lib for TA-Lib.");
  }

  @Test
  void aGitRangeMapsChangedFilesFromTheRepositoryRoot(@TempDir Path repo) throws Exception {
    GitFixture.requireGit("skipping the plan from a git range");
    GitFixture.git(repo, "init", "-q", "-b", "main");
    Files.createDirectories(repo.resolve("defs"));
    Files.createDirectories(repo.resolve("out/services/api"));
    Files.writeString(repo.resolve("out/services/api/Dockerfile"), "FROM example\n");
    Files.writeString(repo.resolve("README.md"), "hello\n");
    GitFixture.commitAll(repo, "first");
    Files.writeString(repo.resolve("out/services/api/Dockerfile"), "FROM example:2\n");
    Files.writeString(repo.resolve("README.md"), "hello again\n");
    PlanMojo mojo = inRepository(repo);

    mojo.execute();

    assertThat(printed).containsExactly(
        "Rebuild plan (OPTION_1) for out/services/api/Dockerfile:",
        "   1. service api: out/services/api/Dockerfile changed",
        "Changed, but no image is built from it: README.md");
  }

  @Test
  void aFileInAServicesBuildContextRebuildsItAsTheWorkflowDoes(@TempDir Path repo) throws Exception {
    GitFixture.requireGit("skipping the plan from a git range");
    GitFixture.git(repo, "init", "-q", "-b", "main");
    Files.createDirectories(repo.resolve("apps/api"));
    Files.writeString(repo.resolve("apps/api/main.py"), "print('hello')\n");
    GitFixture.commitAll(repo, "first");
    Files.writeString(repo.resolve("apps/api/main.py"), "print('hello again')\n");
    PlanMojo mojo = inRepository(repo);
    mojo.serviceContexts = "apps";

    mojo.execute();

    assertThat(printed).containsExactly(
        "Rebuild plan (OPTION_1) for apps/api/main.py:",
        "   1. service api: apps/api/main.py changed");
  }

  @Test
  void aRepositoryRootOtherThanGitsTopFolderIsRefused(@TempDir Path repo) throws Exception {
    GitFixture.requireGit("skipping the plan from a git range");
    GitFixture.git(repo, "init", "-q", "-b", "main");
    Files.writeString(repo.resolve("README.md"), "hello\n");
    GitFixture.commitAll(repo, "first");
    PlanMojo mojo = inRepository(repo);
    mojo.repositoryRoot = repo.resolve("defs").toFile();
    mojo.output = repo.resolve("defs/out").toString();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("git's top folder " + repo.toRealPath() + " is not the repository root " + repo.resolve("defs")
            + " that the workflow names paths from: set repositoryRoot to git's top folder");
  }

  @Test
  void nothingNamedSaysHowToNameIt() {
    assertThatThrownBy(goal()::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Say what changed: -Dfks.changed=langchain (packages, pins or images, comma-separated)"
            + " or -Dfks.since=origin/main (a git revision)");
  }

  private PlanMojo goal() {
    PlanMojo mojo = new PlanMojo();
    mojo.project = new MavenProject();
    mojo.project.getBuild().setOutputDirectory(new File("target/test-classes").getAbsolutePath());
    mojo.definitions = GoalsTest.Definitions.class.getName();
    mojo.output = "target/plan-output";
    mojo.strategy = "OPTION_1";
    mojo.sourceRoot = "src/main/java";
    mojo.regenerateCommand = "./mvnw -Pgenerate";
    mojo.repositoryRoot = new File("").getAbsoluteFile();
    mojo.serviceContexts = "services";
    mojo.defaultBranch = "main";
    mojo.setLog(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        printed.add(content.toString());
      }
    });
    return mojo;
  }

  /** The goal on a git repository {@code repo}, asking what changed since HEAD. */
  private PlanMojo inRepository(Path repo) throws Exception {
    Files.createDirectories(repo.resolve("defs"));
    PlanMojo mojo = goal();
    mojo.project.setFile(repo.resolve("defs/pom.xml").toFile());
    mojo.pinsDirectory = repo.resolve("defs/pins").toFile();
    mojo.sourceDirectory = repo.resolve("defs/java").toFile();
    mojo.output = repo.resolve("out").toString();
    mojo.repositoryRoot = repo.toFile();
    mojo.since = "HEAD";
    return mojo;
  }
}
