package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.ContainerCommand;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ShellStep;
import io.github.nuniesmith.fks.images.dsl.Stage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** One golden Dockerfile per instruction family, with every form and flag the model takes. */
class InstructionLoweringTest {
  private static final Generator GENERATOR = new Generator("src/test/java", Golden.UPDATE_COMMAND);
  private static final String BASE = "debian:trixie-slim";

  @Test
  void user(TestInfo test) {
    String dockerfile = render(s -> s.user("app").user("1000").user("app:users").user("1000:100")
        .user("${NB_UID}").user("${NB_UID}:${NB_GID}").user("$NB_UID:100").user("root").user("0"));

    assertThat(dockerfile).contains("USER 1000\n").doesNotContain("USER 1000:1000");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void workdir(TestInfo test) {
    String dockerfile = render(s -> s.workdir("/app").workdir("work").workdir("${HOME}").workdir("${HOME}/my dir"));

    assertThat(dockerfile).contains("WORKDIR ${HOME}\n").contains("WORKDIR \"${HOME}/my dir\"\n");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void expose(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.expose(8080).expose("8080/udp").expose("8000-8010", "${PORT}/tcp", "9090")));
  }

  @Test
  void healthcheck(TestInfo test) {
    Golden.assertMatches(test, GENERATOR.render(Image.builder("example", "Dockerfile", InstructionLoweringTest.class)
        .stage("none", s -> s.from(BASE).healthcheckNone())
        .stage("exec", s -> s.from(BASE).healthcheck(ContainerCommand.exec("/app/check", "--quiet"), h -> h
            .withInterval(Duration.ofSeconds(30)).withTimeout(Duration.ofMillis(1500))
            .withStartPeriod(Duration.ofMinutes(1)).withStartInterval(Duration.ofSeconds(2)).withRetries(5)))
        .stage("shell", s -> s.from(BASE).healthcheck(ContainerCommand.shell("curl -f http://127.0.0.1/ || exit 1")))
        .stage("retries", s -> s.from(BASE).healthcheck(ContainerCommand.exec("true"), h -> h.withRetries(3)))
        .build()).content());
  }

  @Test
  void cmdAndEntrypointInBothForms(TestInfo test) {
    Golden.assertMatches(test, GENERATOR.render(Image.builder("example", "Dockerfile", InstructionLoweringTest.class)
        .stage("exec", s -> s.from(BASE).entrypoint("/usr/bin/tini", "--").cmd("python", "-m", "app"))
        .stage("shell", s -> s.from(BASE).entrypointShell("exec /app/start \"$MODE\"").cmdShell("--port ${PORT:-8080}"))
        .build()).content());
  }

  @Test
  void cmdAndEntrypointResetWithTheEmptyExecForm(TestInfo test) {
    String dockerfile = GENERATOR.render(Image.builder("example", "Dockerfile", InstructionLoweringTest.class)
        .stage("reset", s -> s.from(BASE).entrypointNone().cmdNone()).build()).content();
    assertThat(dockerfile).contains("ENTRYPOINT []\nCMD []\n");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void labels(TestInfo test) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("maintainer", "Jane Doe <jane@example.com>");
    labels.put("Version", "${VERSION:-dev}");
    labels.put("com.example.build", "$BUILD_ID");
    Golden.assertMatches(test, render(s -> s.labels(labels).label("org.opencontainers.image.title", "example")));
  }

  @Test
  void shell(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.defaultShell("/bin/sh", "-eu", "-c")
        .defaultShell("pwsh", "-Command", "$ErrorActionPreference = 'Stop';")));
  }

  @Test
  void stopSignal(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.stopSignal("SIGTERM").stopSignal("9").stopSignal("SIGRTMIN+3")
        .stopSignal("${STOP_SIGNAL}")));
  }

  @Test
  void volume(TestInfo test) {
    String dockerfile = render(s -> s.volume("/data").volume("/data", "${HOME}/logs").volume("/my data", "/b"));

    assertThat(dockerfile).contains("VOLUME [\"/my data\", \"/b\"]\n");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void onBuild(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.onBuild(b -> b
        .copy("requirements.txt", "/app/")
        .user("${NB_UID}")
        .apt("curl")
        .step(new ShellStep("no typed step compiles the app", "python -m compileall -q /app", List.of()))
        .healthcheck(ContainerCommand.exec("/app/check"), h -> h.withRetries(2))
        .cmd("python", "-m", "app"))));
  }

  @Test
  void maintainer(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.maintainer("Jane Doe <jane@example.com>")));
  }

  @Test
  void escapeDirectiveSetsTheContinuationCharacter(TestInfo test) {
    String dockerfile = GENERATOR.render(Image.builder("example", "Dockerfile", InstructionLoweringTest.class)
        .escape('`')
        .stage("build", s -> s.from(BASE).apt("curl", "ca-certificates").healthcheck(ContainerCommand.exec("true"),
            h -> h.withRetries(2)))
        .build()).content();

    assertThat(dockerfile).contains("# escape=`\n").doesNotContain(" \\\n");
    assertThat(DockerfileInstructions.read(dockerfile).stream().map(DockerfileInstructions.Instruction::keyword))
        .containsExactly("FROM", "SHELL", "RUN", "HEALTHCHECK");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void checkDirectiveNeedsSyntaxOneEight(TestInfo test) {
    String dockerfile = GENERATOR.render(Image.builder("example", "Dockerfile", InstructionLoweringTest.class)
        .check("skip=JSONArgsRecommended,StageNameCasing;error=true")
        .stage("run", s -> s.from(BASE).cmdShell("exec app"))
        .build()).content();

    assertThat(dockerfile).startsWith("# syntax=docker/dockerfile:1.8\n# check=skip=JSONArgsRecommended,"
        + "StageNameCasing;error=true\n");
    Golden.assertMatches(test, dockerfile);
  }

  /** The Dockerfile of a one-stage image on {@link #BASE} whose steps {@code body} adds. */
  private static String render(Consumer<Stage.Builder> body) {
    return GENERATOR.render(Image.builder("example", "Dockerfile", InstructionLoweringTest.class)
        .stage("build", s -> body.accept(s.from(BASE).parentEnv("NB_UID", "NB_GID", "PORT", "VERSION", "STOP_SIGNAL", "HOME", "BUILD_ID")))
        .build()).content();
  }
}
