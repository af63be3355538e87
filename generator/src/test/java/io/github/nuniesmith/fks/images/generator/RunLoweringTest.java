package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.AptInstall;
import io.github.nuniesmith.fks.images.dsl.CreateUser;
import io.github.nuniesmith.fks.images.dsl.Heredoc;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.RefreshLibraries;
import io.github.nuniesmith.fks.images.dsl.Run;
import io.github.nuniesmith.fks.images.dsl.Stage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Every form and flag of RUN, and comments, each compared with its golden Dockerfile. */
class RunLoweringTest {
  private static final Generator GENERATOR = new Generator("src/test/java", Golden.UPDATE_COMMAND);
  private static final String PYTHON = "python:3.12-slim-trixie";

  @Test
  void shellFormOnOneLine(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.run("python -m compileall -q /app")));
  }

  @Test
  void shellTextOfSeveralLinesAsContinuationLines(TestInfo test) {
    String dockerfile = render(s -> s.run("""
        set -eux &&
        # the archive is checked before it is unpacked
        sha256sum --check --strict /tmp/sums &&
          tar -xzf /tmp/app.tgz -C /opt
        """));

    assertThat(dockerfile).contains("RUN set -eux && \\\n      # the archive").contains("-C /opt\n");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void shellTextAsAHeredoc(TestInfo test) {
    String dockerfile = render(s -> s.run(r -> r.heredoc("""
        set -eux
        # a comment in the script
        for f in a b; do
          echo "$f" > "/tmp/$f"
        done
        """)));

    assertThat(dockerfile).contains("# syntax=docker/dockerfile:1.4").contains("RUN <<EOF\nset -eux\n")
        .contains("done\nEOF\n\n");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void heredocDelimiterNeverEqualsALineOfTheBody(TestInfo test) {
    String dockerfile = render(s -> s.run(r -> r.heredoc("""
        cat > /tmp/note <<'EOF'
        text
        EOF
        cat /tmp/note
        """)));

    assertThat(dockerfile).contains("RUN <<EOF_1\n").contains("cat /tmp/note\nEOF_1\n");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void heredocBodyNeverBecomesInstructions() {
    String dockerfile = render(s -> s.run(r -> r.heredoc("EOF\nFROM scratch AS evil\nEOF_1\nRUN id"))
        .run(r -> r.heredocs("sh <<-X", Heredoc.named("X", "\tUSER root\n").stripTabs(true))).user("10001"));

    assertThat(DockerfileInstructions.read(dockerfile)).extracting(DockerfileInstructions.Instruction::keyword)
        .containsExactly("FROM", "SHELL", "RUN", "RUN", "USER");
  }

  @Test
  void heredocWithAnInterpreterLine(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.run(r -> r.heredoc(
        Heredoc.of("import sys\nprint(sys.version)").interpreter("/usr/bin/env python3")))));
  }

  @Test
  void heredocsNamedByTheirCommand(TestInfo test) {
    Golden.assertMatches(test, render(s -> s
        .run(r -> r.heredocs("python3 <<PY", Heredoc.named("PY", "print('hello')")))
        .run(r -> r.heredocs("cat > /etc/a.conf <<A && cat > /etc/b.conf <<-\"B\"",
            Heredoc.named("A", "home=$HOME"), Heredoc.named("B", "\tliteral=$HOME").stripTabs(true).literal()))));
  }

  @Test
  void execForm(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.run(r -> r.mount(Mount.tmpfs("/tmp")).exec("/usr/bin/env", "python3",
        "-c", "print(\"exec form\")"))));
  }

  @Test
  void cacheMountWithEveryOption(TestInfo test) {
    Golden.assertMatches(test, renderAfterSeed(s -> s.arg("TARGETARCH")
        .run(r -> r.mount(Mount.cache("/root/.npm"),
                Mount.cache("/opt/conda/pkgs").id("conda-${TARGETARCH}").sharing(Mount.Sharing.LOCKED)
                    .from(Mount.Origin.stage("seed"), "/opt/conda/pkgs").mode("0775").uid("${NB_UID}").gid("100"),
                Mount.cache("/var/cache/seed").id("seed").readOnly(true).from(Mount.Origin.image("debian:trixie-slim")))
            .shell("npm ci --omit=dev"))));
  }

  @Test
  void bindMountsFromTheContextAStageAnImageAndANamedContext(TestInfo test) {
    Golden.assertMatches(test, renderAfterSeed(s -> s
        .run(r -> r.mount(Mount.Bind.stage("seed", "/bin/micromamba", "/usr/local/bin/micromamba"),
                Mount.Bind.context("requirements.txt", "/tmp/requirements.txt"),
                Mount.Bind.from(Mount.Origin.image("ghcr.io/astral-sh/uv:0.8.3"), "/uv", "/usr/local/bin/uv"),
                Mount.Bind.from(Mount.Origin.context("docs"), "site", "/srv/site"),
                Mount.bind("/src").readWrite(true))
            .shell("micromamba --version"))));
  }

  @Test
  void bindMountsAtTargetsRelativeToTheWorkdir(TestInfo test) {
    String dockerfile = render(s -> s.workdir("/src")
        .run(r -> r.mount(Mount.Bind.context("go.sum", "go.sum"), Mount.bind(".")).shell("go build ./...")));
    assertThat(dockerfile).contains("RUN --mount=type=bind,source=go.sum,target=go.sum \\\n"
        + "    --mount=type=bind,target=. \\\n");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void secretMountsAsFilesAndEnvironment(TestInfo test) {
    String dockerfile = render(s -> s.run(r -> r.mount(Mount.secret("netrc").target("/root/.netrc").required(true),
            Mount.secret("token").env("GITHUB_TOKEN"),
            Mount.secret("pip-conf").mode("0440").uid("1000").gid("1000"))
        .shell("test -n \"$GITHUB_TOKEN\"")));

    assertThat(dockerfile).contains("# syntax=docker/dockerfile:1.10");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void sshAndTmpfsMounts(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.run(r -> r.mount(Mount.ssh(),
            Mount.ssh().id("github").target("/run/ssh/github.sock").required(true).mode("0600").uid("1000").gid("1000"),
            Mount.tmpfs("/tmp/build").size("512m"))
        .shell("ssh -T git@github.com || true"))));
  }

  @Test
  void networkFlags(TestInfo test) {
    String dockerfile = render(s -> s
        .run(r -> r.network(Run.Network.NONE).shell("python -m compileall -q /app"))
        .run(r -> r.network(Run.Network.HOST).shell("python -m pip download -d /tmp/d requests"))
        .run(r -> r.network(Run.Network.DEFAULT).shell("python -m app --self-test")));

    assertThat(dockerfile).contains("# syntax=docker/dockerfile:1.3");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void securityFlags(TestInfo test) {
    String dockerfile = render(s -> s
        .run(r -> r.security(Run.Security.INSECURE).shell("mount -t tmpfs none /mnt"))
        .run(r -> r.security(Run.Security.SANDBOX).shell("python -m app --self-test")));

    assertThat(dockerfile).contains("# syntax=docker/dockerfile:1.20");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void typedStepAndRawCommandsShareOneRun(TestInfo test) {
    String dockerfile = render(s -> s
        .run(r -> r.step(AptInstall.of("curl", "ca-certificates")).then("curl --version")
            .then("rm -rf /usr/share/doc/* || true"))
        .run(r -> r.step(PipInstall.of("requests==2.32.3")).step(PipInstall.of("idna==3.10"))
            .mount(Mount.secret("netrc").target("/root/.netrc"))));

    assertThat(dockerfile).contains(" && curl --version \\\n && { rm -rf /usr/share/doc/* || true; }");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void commentAboveAnyStep(TestInfo test) {
    String dockerfile = render(s -> s
        .comment("Where the app lives")
        .env("APP_HOME", "/app")
        .comment("The service user,\nmade before anything is installed")
        .step(CreateUser.system("app", 10001, 10001))
        .step(new RefreshLibraries())
        .comment("Checked on every build")
        .run("python -m app --self-test"));

    assertThat(dockerfile).contains("# Where the app lives\nENV APP_HOME=\"/app\"")
        .contains("# made before anything is installed\nRUN groupadd").contains("\nRUN ldconfig\n");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void mountOptionsTakeVariables(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.arg("NB_UID", "1000").arg("CONDA_DIR", "/opt/conda").arg("TMP_SIZE", "64m")
        .run(r -> r.mount(Mount.cache("${CONDA_DIR}/pkgs").id("conda").uid("${NB_UID}").gid("${NB_GID:-100}"),
                Mount.tmpfs("$HOME/tmp").size("${TMP_SIZE}"))
            .shell("micromamba install -y -n base python"))));
  }

  /** The Dockerfile of one stage {@code build} on {@link #PYTHON} whose steps {@code body} adds. */
  private static String render(Consumer<Stage.Builder> body) {
    return GENERATOR.render(Image.builder("example", "Dockerfile", RunLoweringTest.class)
        .stage("build", s -> body.accept(s.from(PYTHON).parentEnv("NB_UID", "NB_GID", "HOME"))).build()).content();
  }

  /** Like {@link #render}, after a stage {@code seed} that mounts can name. */
  private static String renderAfterSeed(Consumer<Stage.Builder> body) {
    return GENERATOR.render(Image.builder("example", "Dockerfile", RunLoweringTest.class)
        .stage("seed", s -> s.from(PYTHON))
        .stage("build", s -> body.accept(s.from(PYTHON).parentEnv("NB_UID", "NB_GID", "HOME"))).build()).content();
  }
}
