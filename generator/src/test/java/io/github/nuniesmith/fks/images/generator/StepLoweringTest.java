package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.AbsolutePath;
import io.github.nuniesmith.fks.images.dsl.Arg;
import io.github.nuniesmith.fks.images.dsl.Copy;
import io.github.nuniesmith.fks.images.dsl.ContextPath;
import io.github.nuniesmith.fks.images.dsl.CreateUser;
import io.github.nuniesmith.fks.images.dsl.Expose;
import io.github.nuniesmith.fks.images.dsl.Healthcheck;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.Port;
import io.github.nuniesmith.fks.images.dsl.RefreshLibraries;
import io.github.nuniesmith.fks.images.dsl.ShellStep;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.UserSpec;
import io.github.nuniesmith.fks.images.dsl.VirtualEnv;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** One small definition per step, each compared with its golden Dockerfile. */
class StepLoweringTest {
  private static final Generator GENERATOR = new Generator("src/test/java", Golden.UPDATE_COMMAND);
  private static final String PYTHON = "python:3.12-slim-trixie";
  private static final String TA_LIB_URL =
      "https://downloads.sourceforge.net/project/ta-lib/ta-lib/0.4.0/ta-lib-0.4.0-src.tar.gz";
  private static final String TA_LIB_SHA256 = "9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651";

  @Test
  void aptInstall(TestInfo test) {
    String dockerfile = render(s -> s.apt("zlib1g-dev", "curl", "build-essential", "libpq5=17.6-0+deb13u1"));

    assertThat(dockerfile).doesNotContain("apt ").doesNotContain("rm -rf /var/lib/apt/lists");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void pipInstallQuotesEveryRequirement(TestInfo test) {
    String dockerfile = render(s -> s.step(PipInstall.of(
        "uvicorn[standard]==0.30.6",
        "langchain>=0.3.0",
        "numpy>=1.26,<3",
        "tomli>=2.0; python_version < \"3.11\"",
        "TA-Lib==0.5.1")));

    assertThat(dockerfile).contains("'langchain>=0.3.0'").doesNotContain("--no-cache-dir");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void pipInstallFromPytorchIndex(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.step(
        PipInstall.builder("torch==2.8.0+cu128", "torchvision==0.23.0+cu128", "torchaudio==2.8.0+cu128")
            .index(PackageIndex.PYTORCH_CU128).build())));
  }

  @Test
  void pipInstallFromWheelhouse(TestInfo test) {
    String dockerfile = render(s -> s.step(
        PipInstall.builder("fixcpu==1.0").index(PackageIndex.wheelhouse("wheels")).build()));

    assertThat(dockerfile).contains("--mount=type=bind,source=wheels,target=/tmp/fks-wheelhouse")
        .contains("--no-index --find-links /tmp/fks-wheelhouse").doesNotContain("--index-url");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void pipInstallWithoutCache(TestInfo test) {
    String dockerfile = render(s -> s.step(PipInstall.builder("requests==2.32.3").withoutCache().build()));

    assertThat(dockerfile).contains("--no-cache-dir").doesNotContain("--mount");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void pipInstallFromRequirementsFile(TestInfo test) {
    Golden.assertMatches(test, render(s -> s
        .workdir("/app")
        .copy("requirements.txt", "/app/requirements.txt")
        .step(PipInstall.builder("gunicorn==23.0.0").requirementsFile("/app/requirements.txt").build())));
  }

  @Test
  void pipInstallAsUserOwnsItsCache(TestInfo test) {
    Golden.assertMatches(test, render(s -> s
        .step(CreateUser.system("fks", 10001, 10001))
        .user("10001:10001")
        .step(new VirtualEnv(AbsolutePath.of("/home/fks/venv"), "3.12", List.of()))
        .env("PATH", "/home/fks/venv/bin:${PATH}")
        .pip("requests==2.32.3")));
  }

  @Test
  void sourceBuildFromContextFile(TestInfo test) {
    String dockerfile = render(s -> s.step(SourceBuild.tarball("fixta", "1.0.0")
        .contextFile("vendor/fixta-1.0.0.tar.gz").sha256(TA_LIB_SHA256).build()));

    assertThat(dockerfile).doesNotContain("ADD ");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void sourceBuild(TestInfo test) {
    String dockerfile = render(s -> s.step(SourceBuild.tarball("ta-lib", "0.4.0")
        .url(TA_LIB_URL).sha256(TA_LIB_SHA256).prefix("/opt/talib").build()));

    assertThat(dockerfile).doesNotContain("cd ").doesNotContain("make -j");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void sourceBuildOfXzTarballWithOptions(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.step(SourceBuild.tarball("libsodium", "1.0.20")
        .url("https://download.libsodium.org/libsodium/releases/libsodium-1.0.20.tar.xz")
        // A stand-in checksum: this test pins the rendering, it downloads nothing.
        .sha256("0000000000000000000000000000000000000000000000000000000000000000")
        .buildPackages("xz-utils")
        .configure("--disable-static", "--with-pic")
        .build())));
  }

  @Test
  void copy(TestInfo test) {
    Golden.assertMatches(test, GENERATOR.render(Image.builder("example", "Dockerfile", StepLoweringTest.class)
        .stage("build", s -> s.from(PYTHON).copy("src", "/opt/app/src"))
        .stage("runtime", s -> s.from(PYTHON)
            .copyFrom("build", "/opt/app", "/opt/app")
            .copy(c -> c.source("config.toml", "logging.ini").to("/etc/app/").chown(UserSpec.of(10001, 10001)))
            .copy(c -> c.fromStage("build").source("/opt/app/src").to("/app/src").chown(UserSpec.of(10001, 10002))))
        .build()).content());
  }

  @Test
  void env(TestInfo test) {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("PYTHONUNBUFFERED", "1");
    variables.put("PATH", "/opt/venv/bin:${PATH}");
    variables.put("GREETING", "hello, world");
    Golden.assertMatches(test, render(s -> s.env(variables)));
  }

  @Test
  void arg(TestInfo test) {
    Golden.assertMatches(test, render(s -> s
        .step(new Arg("APP_VERSION", Optional.of("1.0.0")))
        .step(new Arg("TARGETARCH", Optional.empty()))));
  }

  @Test
  void workdir(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.workdir("/app")));
  }

  @Test
  void user(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.user("10001:10001")));
  }

  @Test
  void expose(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.expose(8000).step(new Expose(Port.udp(5353)))));
  }

  @Test
  void healthcheck(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.step(Healthcheck.http(Port.tcp(8000), "/health"))));
  }

  @Test
  void healthcheckWithOwnTimings(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.step(new Healthcheck(List.of("/app/healthcheck", "--quiet"),
        Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ZERO, 5))));
  }

  @Test
  void labels(TestInfo test) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("org.opencontainers.image.title", "fks-api");
    labels.put("org.opencontainers.image.description", "Says \"hi\" from C:\\fks");
    labels.put("com.example.team", "data platform");
    Golden.assertMatches(test, render(s -> s.labels(labels)));
  }

  @Test
  void entrypointAndCmdInExecForm(TestInfo test) {
    Golden.assertMatches(test, render(s -> s
        .entrypoint("/usr/bin/tini", "--")
        .cmd("python", "-c", "print(\"a\\\\b\")", "it's")));
  }

  @Test
  void createUser(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.step(CreateUser.system("fks", 10001, 10001))));
  }

  @Test
  void createRegularUser(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.step(CreateUser.builder("jovyan").uid(1000).primaryGroup(100)
        .home("/home/jovyan").shell("/bin/bash").groups("users", "audio").build())
        .step(CreateUser.builder("tool").noHome().build())));
  }

  @Test
  void virtualEnvAtRoot(TestInfo test) {
    Golden.assertMatches(test, render(s -> s
        .step(new VirtualEnv(AbsolutePath.of("/opt/fks/cpu"), "3.12", List.of()))));
  }

  @Test
  void virtualEnvWithParents(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.step(new VirtualEnv(AbsolutePath.of("/opt/fks/gpu"), "3.12",
        List.of(AbsolutePath.of("/opt/fks/ml"), AbsolutePath.of("/opt/fks/cpu"))))));
  }

  @Test
  void refreshLibraries(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.step(new RefreshLibraries())));
  }

  @Test
  void shellStepShowsItsReason(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.step(new ShellStep(
        "no typed step compiles Python bytecode", "python -m compileall -q /app", List.of()))));
  }

  @Test
  void secretAndBindMounts(TestInfo test) {
    Golden.assertMatches(test, GENERATOR.render(Image.builder("example", "Dockerfile", StepLoweringTest.class)
        .stage("wheels", s -> s.from(PYTHON).step(new ShellStep("no typed step builds wheels",
            "python -m pip wheel --no-cache-dir --wheel-dir /wheels 'numpy==2.1.0'", List.of())))
        .stage("build", s -> s.from(PYTHON)
            .step(PipInstall.builder("fks-private==1.2.0")
                .index(new PackageIndex("https://pypi.example.com/simple", ""))
                .mount(Mount.Secret.required("netrc").target("/root/.netrc"))
                .build())
            .step(new ShellStep("no typed step installs local wheels",
                "python -m pip install --no-cache-dir --no-index --find-links /mnt/wheels numpy",
                List.of(Mount.Bind.stage("wheels", "wheels", "/mnt/wheels"),
                    Mount.Secret.required("pip-conf")))))
        .build()).content());
  }

  /** The Dockerfile of a one-stage image on {@link #PYTHON} whose steps {@code body} adds. */
  private static String render(Consumer<Stage.Builder> body) {
    return GENERATOR.render(Image.builder("example", "Dockerfile", StepLoweringTest.class)
        .stage("build", s -> body.accept(s.from(PYTHON)))
        .build()).content();
  }
}
