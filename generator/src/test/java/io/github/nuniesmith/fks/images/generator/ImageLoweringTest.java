package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.AbsolutePath;
import io.github.nuniesmith.fks.images.dsl.CreateUser;
import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageRef;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.RefreshLibraries;
import io.github.nuniesmith.fks.images.dsl.ShellStep;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.UserSpec;
import io.github.nuniesmith.fks.images.dsl.VirtualEnv;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Stage-level decisions: RUN merging, SHELL, global ARGs, FROM forms, syntax version. */
class ImageLoweringTest {
  private static final Generator GENERATOR = new Generator("src/test/java", Golden.UPDATE_COMMAND);
  private static final String PYTHON = "python:3.12-slim-trixie";

  @Test
  void consecutiveRunsWithoutMountsMerge(TestInfo test) {
    Golden.assertMatches(test, render(Image.builder("example", "Dockerfile", ImageLoweringTest.class)
        .stage("build", s -> s.from(PYTHON)
            .step(new RefreshLibraries())
            .step(CreateUser.system("fks", 10001, 10001))
            .step(new VirtualEnv(AbsolutePath.of("/opt/fks/cpu"), "3.12", List.of()))
            .apt("curl")
            .step(new RefreshLibraries())
            .pip("requests==2.32.3")
            .workdir("/app")
            .step(new RefreshLibraries())
            .step(new ShellStep("no typed step compiles bytecode", "python -m compileall -q /app", List.of())))
        .build()));
  }

  @Test
  void rawShellIsNeverJoined(TestInfo test) {
    // Joined with &&, "a || b" would mask a failure before it, and "# note" would swallow what follows.
    Golden.assertMatches(test, render(Image.builder("example", "Dockerfile", ImageLoweringTest.class)
        .stage("build", s -> s.from(PYTHON)
            .step(new RefreshLibraries())
            .step(new ShellStep("no typed step touches a marker file",
                "test -f /etc/fks-ready || touch /etc/fks-ready # once", List.of()))
            .step(new ShellStep("no typed step compiles bytecode", "python -m compileall -q /usr/local/lib", List.of()))
            .step(CreateUser.system("fks", 10001, 10001)))
        .build()));
  }

  @Test
  void stageFromAnotherKeepsItsNonRootUser(TestInfo test) {
    Image parent = Image.builder("base", "docker/Dockerfile.base", ImageLoweringTest.class)
        .stage("runtime", s -> s.from(PYTHON).step(CreateUser.system("fks", 10001, 10001))
            .user("10001:10001")
            .step(new VirtualEnv(AbsolutePath.of("/home/fks/venv"), "3.12", List.of()))
            .env("PATH", "/home/fks/venv/bin:${PATH}"))
        .publish("runtime", "ghcr.io/example/base:py", "1.2.3")
        .build();
    Golden.assertMatches(test, render(Image.builder("app", "docker/Dockerfile.app", ImageLoweringTest.class)
        .stage("deps", s -> s.from(parent, "runtime").pip("requests==2.32.3"))
        .stage("app", s -> s.from(new From.Previous("deps")).pip("httpx==0.28.1"))
        .stage("root", s -> s.from(PYTHON).pip("httpx==0.28.1"))
        .build()));
  }

  @Test
  void shellOnlyInStagesWithRun(TestInfo test) {
    String dockerfile = render(Image.builder("example", "Dockerfile", ImageLoweringTest.class)
        .stage("build", s -> s.from(PYTHON).step(new RefreshLibraries()))
        .stage("runtime", s -> s.from(PYTHON).copyFrom("build", "/usr/local/lib", "/usr/local/lib")
            .env("PYTHONUNBUFFERED", "1").cmd("python", "-m", "app"))
        .build());

    assertThat(dockerfile.split("SHELL ", -1)).hasSize(2);
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void ownShellBeforeTheFirstRunReplacesThePipefailShell(TestInfo test) {
    // Alpine has no bash; busybox sh knows pipefail.
    String dockerfile = render(Image.builder("example", "Dockerfile", ImageLoweringTest.class)
        .stage("build", s -> s.from("alpine:3.22").defaultShell("/bin/sh", "-eo", "pipefail", "-c")
            .apk("curl").run("curl --version | head -n 1"))
        .build());

    assertThat(dockerfile).doesNotContain("/bin/bash").contains("SHELL [\"/bin/sh\", \"-eo\", \"pipefail\", \"-c\"]\n");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void ownShellAfterARunKeepsThePipefailShellFirst() {
    // The RUN before the stage's own SHELL would run in the base image's sh without pipefail.
    String dockerfile = render(Image.builder("example", "Dockerfile", ImageLoweringTest.class)
        .stage("build", s -> s.from(PYTHON).run("echo one | cat").defaultShell("/bin/sh", "-eo", "pipefail", "-c")
            .run("echo two | cat"))
        .build());

    assertThat(dockerfile).contains("FROM " + PYTHON + " AS build\n"
        + "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
        + "RUN echo one | cat\n"
        + "SHELL [\"/bin/sh\", \"-eo\", \"pipefail\", \"-c\"]\n"
        + "RUN echo two | cat\n");
  }

  @Test
  void buildArgFromDeclaresOneGlobalArg(TestInfo test) {
    From python = new From.BuildArg("PYTHON_IMAGE", ImageRef.parse(PYTHON));
    Golden.assertMatches(test, render(Image.builder("example", "Dockerfile", ImageLoweringTest.class)
        .stage("build", s -> s.from(python).workdir("/app"))
        .stage("runtime", s -> s.from(python).copyFrom("build", "/app", "/app"))
        .build()));
  }

  @Test
  void previousStageIsNamedInFrom(TestInfo test) {
    Golden.assertMatches(test, render(Image.builder("example", "Dockerfile", ImageLoweringTest.class)
        .stage("build", s -> s.from(PYTHON).workdir("/app"))
        .stage("test", s -> s.from(new From.Previous("build")).cmd("python", "-m", "pytest"))
        .build()));
  }

  @Test
  void publishedFromRendersTheParentsContentTag(TestInfo test) {
    Image parent = Image.builder("base", "docker/Dockerfile.base", ImageLoweringTest.class)
        .stage("runtime", s -> s.from(PYTHON).workdir("/app"))
        .publish("runtime", "ghcr.io/example/base:py", "1.2.3")
        .build();
    Golden.assertMatches(test, render(Image.builder("app", "docker/Dockerfile.app", ImageLoweringTest.class)
        .stage("runtime", s -> s.from(parent, "runtime").cmd("python", "-m", "app"))
        .build()));
  }

  @Test
  void syntaxIsOneSixOnlyWithChecksums() {
    Image plain = Image.builder("example", "Dockerfile", ImageLoweringTest.class)
        .stage("build", s -> s.from(PYTHON).pip("requests==2.32.3"))
        .build();
    Image built = Image.builder("example", "Dockerfile", ImageLoweringTest.class)
        .stage("build", s -> s.from(PYTHON).step(SourceBuild.tarball("ta-lib", "0.4.0")
            .url("https://downloads.sourceforge.net/project/ta-lib/ta-lib/0.4.0/ta-lib-0.4.0-src.tar.gz")
            .sha256("9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651").build()))
        .build();

    assertThat(ImageLowering.lower(plain, Mount.Sharing.LOCKED, ContentTags.NONE).syntax()).isEqualTo(2);
    assertThat(ImageLowering.lower(built, Mount.Sharing.LOCKED, ContentTags.NONE).syntax()).isEqualTo(6);
  }

  @Test
  void anImageAsWrittenGetsNoShellAndItsUnnamedStagesNoName() {
    String rendered = render(Image.builder("imported", "Dockerfile", ImageLoweringTest.class)
        .asWritten("stage-0")
        .stage("stage-0", s -> s.from("alpine:3.20").run("apk add --no-cache curl"))
        .stage("app", s -> s.from("alpine:3.20").run("true"))
        .build());

    assertThat(rendered).doesNotContain("SHELL").contains("FROM alpine:3.20\n").contains("FROM alpine:3.20 AS app\n");
  }

  @Test
  void aCopyFromAnUnnamedStageNamesItByItsIndex() {
    String rendered = render(Image.builder("imported", "Dockerfile", ImageLoweringTest.class)
        .asWritten("stage-0", "stage-1")
        .stage("stage-0", s -> s.from("alpine:3.20").run("apk add --no-cache ca-certificates"))
        .stage("stage-1", s -> s.from("scratch").copyFrom("stage-0", "/etc/ssl/certs", "/etc/ssl/certs"))
        .build());

    assertThat(rendered).contains("COPY --from=0 /etc/ssl/certs /etc/ssl/certs\n");
  }

  private static String render(Image image) {
    return GENERATOR.render(image).content();
  }
}
