package io.github.nuniesmith.fks.images.generator.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.nuniesmith.fks.images.dsl.AbsolutePath;
import io.github.nuniesmith.fks.images.dsl.Arg;
import io.github.nuniesmith.fks.images.dsl.ContainerCommand;
import io.github.nuniesmith.fks.images.dsl.CreateUser;
import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Healthcheck;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.Policy;
import io.github.nuniesmith.fks.images.dsl.Port;
import io.github.nuniesmith.fks.images.dsl.RefreshLibraries;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Run;
import io.github.nuniesmith.fks.images.dsl.ShellStep;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Suppression;
import io.github.nuniesmith.fks.images.dsl.VirtualEnv;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.Generator;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lint rule with a failing and a passing definition, asserting the exact findings; and how
 * suppressions apply.
 */
class LinterTest {
  private static final String PY = "python:3.12-slim-trixie";
  private static final String SHA = "9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651";
  private static final Generator GENERATOR = new Generator("src/test/java", "regenerate");

  @Test
  void everyLintRuleHasATestNamedForIt() {
    assertThat(Arrays.stream(LinterTest.class.getDeclaredMethods()).map(Method::getName)
            .filter(n -> n.matches("fks[0-9]{3}.*")).map(n -> "FKS" + n.substring(3, 6)).sorted())
        .containsExactlyElementsOf(Arrays.stream(Rule.values())
            .filter(r -> r.checked() != Rule.Checked.DEFINITION).map(Rule::id).toList());
  }

  @Test
  void fks001BaseImageNamesAVersionTag() {
    assertFindings(lint(app(s -> s.from("python"))),
        "error FKS001 image app / stage run / from: base image 'python' has no tag, so Docker pulls whatever latest"
            + " is, which moves: name a version tag such as python:<version>, or pin a digest (Dockerfile:6)");
    assertFindings(lint(app(s -> s.from("python:latest"))),
        "error FKS001 image app / stage run / from: base image 'python:latest' uses the tag 'latest', which moves:"
            + " name a version tag such as python:<version>, or pin a digest (Dockerfile:6)");
    Image fromArg = Image.builder("app", "Dockerfile", LinterTest.class).arg("BASE", "python:latest")
        .stage("run", s -> s.from("${BASE}").user("10001:10001")).build();
    assertFindings(lint(fromArg),
        "error FKS001 image app / stage run / from: base image 'python:latest' uses the tag 'latest', which moves:"
            + " name a version tag such as python:<version>, or pin a digest (Dockerfile:8)");
    assertFindings(lint(app(s -> s.from("python:2024-01-15"))));
    assertFindings(lint(app(s -> s.from("python:latest@sha256:" + SHA))));
  }

  @Test
  void fks002BaseImageFromATrustedRegistry() {
    Image image = app(s -> s.from("ghcr.io/example/base:1.0"));

    assertFindings(lint(LintPolicy.DEFAULT, image),
        "error FKS002 image app / stage run / from: base image 'ghcr.io/example/base:1.0' comes "
        + "from ghcr.io, which is not a trusted registry [docker.io]: use an image from a trusted "
        + "registry, or add ghcr.io to the trusted registries (Dockerfile:6)");
    assertFindings(lint(new LintPolicy(List.of("docker.io", "*.io"), false), image));
  }

  @Test
  void trustedRegistriesLookAtTheImageAGlobalArgNamesByDefault() {
    Image image = Image.builder("app", "Dockerfile", LinterTest.class)
        .arg("REGISTRY", "ghcr.io").arg("BASE", "$REGISTRY/example/base:1.0")
        .stage("run", s -> s.from("${BASE}").user("10001:10001")).build();

    assertFindings(lint(LintPolicy.DEFAULT, image),
        "error FKS002 image app / stage run / from: base image 'ghcr.io/example/base:1.0' comes "
        + "from ghcr.io, which is not a trusted registry [docker.io]: use an image from a trusted "
        + "registry, or add ghcr.io to the trusted registries (Dockerfile:9)");
  }

  @Test
  void fks003BaseImagePinnedByDigestWhenThePolicySaysSo() {
    LintPolicy digests = new LintPolicy(List.of("docker.io"), true);

    assertFindings(lint(digests, app(s -> s.from(PY))),
        "error FKS003 image app / stage run / from: base image 'python:3.12-slim-trixie' is not "
        + "pinned by digest, which the lint policy requires: write it as "
        + "python:3.12-slim-trixie@sha256:<64 hex digits of the image's digest> (Dockerfile:6)");
    assertFindings(lint(digests, app(s -> s.from(PY + "@sha256:" + SHA))));
    assertFindings(lint(LintPolicy.DEFAULT, app(s -> s.from(PY))));
  }

  @Test
  void fks004DownloadsAreCheckedAgainstASha256() {
    assertFindings(lint(app(s -> s.from(PY).step(shell("curl -fsSL https://example.com/m.bin -o /m.bin")))),
        "error FKS004 image app / stage run / shell step 'no typed step does this': downloads with "
            + "curl without checking a sha256, so a changed download goes unnoticed: use a SourceBuild "
            + "(ADD --checksum), or check the file with sha256sum --strict --check in the same RUN, or "
            + "suppress FKS004 saying how the download is checked (Dockerfile:9)");
    assertFindings(lint(app(s -> s.from(PY).step(shell("curl -fsSL https://example.com/m.bin -o /m.bin"
        + " && echo '" + SHA + "  /m.bin' | sha256sum --strict --check")))));
  }

  @Test
  void anAddOfADownloadOrGitSourceHasAChecksum() {
    assertFindings(lint(app(s -> s.from(PY)
        .add("https://example.org/m.bin", "/m.bin")
        .add(a -> a.source("https://github.com/x/y.git#v1.0").keepGitDir().to("/src/y"))
        .add(a -> a.source("notes.txt", "https://example.org/a.txt").to("/data/")))),
        "error FKS004 image app / stage run / add 'https://example.org/m.bin': adds 'https://example.org/m.bin'"
            + " without a checksum, so a changed download goes unnoticed: give checksum(\"sha256:<64 hex digits>\")"
            + " (Dockerfile:7)",
        "error FKS004 image app / stage run / add 'https://github.com/x/y.git#v1.0': adds the git source"
            + " 'https://github.com/x/y.git#v1.0' without a checksum, so a moved tag or branch goes unnoticed: give"
            + " checksum(\"<full commit hash>\") (Dockerfile:8)",
        "error FKS004 image app / stage run / add 'notes.txt https://example.org/a.txt': adds"
            + " 'https://example.org/a.txt' without a checksum, so a changed download goes unnoticed: give it an ADD"
            + " of its own with checksum(...), since Docker checks one source (Dockerfile:9)");
    assertFindings(lint(app(s -> s.from(PY).add("vendor/x.tar.gz", "/opt/x/")
        .add(a -> a.source("https://example.org/m.bin").checksum("sha256:" + SHA).to("/m.bin"))
        .add(a -> a.source("git@github.com:x/y.git").checksum("0123456789abcdef0123456789abcdef01234567").to("/y")))));
  }

  @Test
  void downloadRulesLookAtCommandsNotAtPackageNames() {
    assertFindings(lint(app(s -> s.from(PY).apt("wget", "curl", "git"))));
    assertFindings(lint(app(s -> s.from(PY).step(shell("echo curl wget > /notes.txt")))));
  }

  @Test
  void fks006PipUsesACacheMountOrNoCacheDirNeverBoth() {
    Mount pipCache = Mount.Cache.of("pip", "/root/.cache/pip", Mount.Sharing.SHARED);
    assertFindings(lint(app(s -> s.from(PY).step(new ShellStep("installs from a wheel folder",
        "python -m pip install --no-cache-dir --no-index --find-links /wheels app==1.0", List.of(pipCache))))),
        "error FKS006 image app / stage run / shell step 'installs from a wheel folder': has a pip "
            + "cache mount and --no-cache-dir, so pip never uses the mount: drop --no-cache-dir "
            + "(Dockerfile:9)");
    assertFindings(lint(app(s -> s.from(PY).step(shell("python -m pip install --no-index --find-links /wheels app==1.0")))),
        "error FKS006 image app / stage run / shell step 'no typed step does this': runs pip "
            + "install with neither a pip cache mount nor --no-cache-dir, so pip's cache stays in the "
            + "layer: use a PipInstall step (Dockerfile:9)");
    assertFindings(lint(app(s -> s.from(PY).pip("requests==2.32.3"))));
  }

  @Test
  void fks007AptRunsInTheCanonicalBlock() {
    assertFindings(lint(app(s -> s.from(PY).step(shell("apt install curl")))),
        "error FKS007 image app / stage run / shell step 'no typed step does this': uses apt, "
        + "whose command line is not meant for scripts: use an AptInstall step, which renders the "
        + "canonical block (Dockerfile:9)");
    assertFindings(lint(app(s -> s.from(PY).step(shell("apt-get update && apt-get install -y curl")))),
        "error FKS007 image app / stage run / shell step 'no typed step does this': installs "
            + "without --no-install-recommends, so recommended packages come along; keeps apt's lists in "
            + "the layer (no cache mount on /var/lib/apt, no rm -rf /var/lib/apt/lists/*): use an "
            + "AptInstall step, which renders the canonical block (Dockerfile:9)");
    assertFindings(lint(app(s -> s.from(PY).apt("curl"))));
  }

  @Test
  void fks008PipefailShellAfterEveryFromOfAStageWithARun() {
    Image image = app(s -> s.from(PY).apt("curl"));
    String rendered = GENERATOR.render(image).content();

    String missing = "error FKS008 image app / stage run: runs a shell but does not set SHELL [\"/bin/bash\", "
        + "\"-o\", \"pipefail\", \"-c\"] right after its FROM, so a failing command in a pipe goes "
        + "unnoticed: the generator writes it for every stage with a RUN that sets no SHELL of its own "
        + "(defaultShell) before it; report this as a bug (Dockerfile:6)";
    assertFindings(lintText(rendered.replace("SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n", ""), image),
        missing);
    assertFindings(lintText(rendered, image));

    // A stage that sets its own SHELL before its first RUN, as an image without bash must.
    Image alpine = app(s -> s.from("alpine:3.22").defaultShell("/bin/sh", "-eo", "pipefail", "-c").apk("curl"));
    String own = GENERATOR.render(alpine).content();
    assertFindings(lint(alpine));
    // Its own SHELL moved below the RUN: the RUN runs in the base image's shell.
    String shell = "SHELL [\"/bin/sh\", \"-eo\", \"pipefail\", \"-c\"]\n";
    String below = own.replace(shell, "").replace("\nUSER ", "\n" + shell + "USER ");
    assertFindings(lintText(below, alpine), missing);
    // Another stage's own SHELL is no excuse: the generator's shell is missing here.
    assertFindings(lintText(rendered.replace("SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n", shell),
        image), missing);
    // An image imported as written keeps its file's shell.
    Image imported = Image.builder("app", "Dockerfile", LinterTest.class).asWritten()
        .stage("run", s -> s.from("alpine:3.22").run("apk add --no-cache curl")).build();
    assertFindings(lint(imported));
  }

  @Test
  void fks009SecretLookingNamesByBothLinters() {
    assertFindings(lint(app(s -> s.from(PY).env("HF_TOKEN", "none").env("TOKENIZERS_PARALLELISM", "false")
        .env("GPG_KEY", "A035C8C19219BA821ECEA86B64E628F8D684696D").step(new Arg("DB_PASSWORD", Optional.empty())))),
        "error FKS009 image app / stage run / env HF_TOKEN: ENV name 'HF_TOKEN' looks like a "
            + "secret to hadolint DL3064 and BuildKit SecretsUsedInArgOrEnv, and ENV values are kept in "
            + "the image and its history: pass a secret with a secret mount (Mount.Secret), or rename "
            + "the variable, or suppress FKS009 saying why it holds no secret (Dockerfile:7)",
        "error FKS009 image app / stage run / env TOKENIZERS_PARALLELISM: ENV name "
            + "'TOKENIZERS_PARALLELISM' looks like a secret to hadolint DL3064, and ENV values are kept "
            + "in the image and its history: pass a secret with a secret mount (Mount.Secret), or rename "
            + "the variable, or suppress FKS009 saying why it holds no secret (Dockerfile:8)",
        "error FKS009 image app / stage run / env GPG_KEY: ENV name 'GPG_KEY' looks like a "
            + "secret to BuildKit SecretsUsedInArgOrEnv, and ENV values are kept in the image and its "
            + "history: pass a secret with a secret mount (Mount.Secret), or rename the variable, or "
            + "suppress FKS009 saying why it holds no secret (Dockerfile:9)",
        "error FKS009 image app / stage run / arg DB_PASSWORD: ARG name 'DB_PASSWORD' looks like "
            + "a secret to hadolint DL3064 and BuildKit SecretsUsedInArgOrEnv, and ARG values are kept "
            + "in the image and its history: pass a secret with a secret mount (Mount.Secret), or rename "
            + "the variable, or suppress FKS009 saying why it holds no secret (Dockerfile:10)");
    assertFindings(lint(app(s -> s.from(PY).env("PYTHONUNBUFFERED", "1").env("PUBLIC_KEY_FILE", "/etc/key.pub"))));
  }

  @Test
  void aSecretLookingNameCanBeSuppressedWithAReasonThoughItIsAnError() {
    assertFindings(lint(app(s -> s.from(PY).env("TOKENIZERS_PARALLELISM", "false")
        .suppress("FKS009", "a Hugging Face switch, not a token"))),
        "suppressed FKS009 image app / stage run / env TOKENIZERS_PARALLELISM: ENV name"
            + " 'TOKENIZERS_PARALLELISM' looks like a secret to hadolint DL3064, and ENV values are kept in the"
            + " image and its history: pass a secret with a secret mount (Mount.Secret), or rename the variable,"
            + " or suppress FKS009 saying why it holds no secret (Dockerfile:7) because: a Hugging Face switch,"
            + " not a token");
  }

  @Test
  void fks032NoValueHasTheFormatOfAKnownCredential() {
    String github = "ghp_" + "a1B2c3D4e5".repeat(4).substring(0, 36);
    String aws = "AKIA" + "ABCDEFGHIJKLMNOP";
    String slack = "xoxb-" + "1234567890-abcdefghij";
    assertFindings(lint(app(s -> s.from(PY).env("CONFIG_BLOB", github).labels(java.util.Map.of("org.example.key", aws))
            .step(shell("echo " + slack + " > /dev/null")))),
        "error FKS032 image app / stage run / ENV: ENV holds what has the format of a GitHub token, which"
            + " the image's layers or history would give to everyone who pulls it: revoke it, and pass secrets"
            + " at build time with a secret mount (Mount.Secret) or at run time from the environment"
            + " (Dockerfile:8)",
        "error FKS032 image app / stage run / LABEL: LABEL holds what has the format of an AWS access key"
            + " id, which the image's layers or history would give to everyone who pulls it: revoke it, and"
            + " pass secrets at build time with a secret mount (Mount.Secret) or at run time from the"
            + " environment (Dockerfile:9)",
        "error FKS032 image app / stage run / shell step 'no typed step does this': RUN holds what has the"
            + " format of a Slack token, which the image's layers or history would give to everyone who pulls"
            + " it: revoke it, and pass secrets at build time with a secret mount (Mount.Secret) or at run"
            + " time from the environment (Dockerfile:11)");
    assertFindings(lint(app(s -> s.from(PY).env("CHECKSUM", SHA).env("NOTE", "ghp_short AKIA123"))));
  }

  @Test
  void fks010UserIsNumericAndAStageDoesNotEndAsRoot() {
    assertFindings(lint(Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("run", s -> s.from(PY).user("app").user("root")).build()),
        "error FKS010 image app / stage run / user: user 'app' is a name, which may not resolve on the host or"
            + " in the image: use a numeric id such as 10001 (Dockerfile:7)",
        "error FKS010 image app / stage run / user: ends as root (root), so its container and every image built"
            + " on it run as root: switch back to a non-root user such as user(\"10001:10001\") after the steps"
            + " that need root (Dockerfile:8)");
    assertFindings(lint(Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("run", s -> s.from(PY).parentEnv("NB_UID").user("0").apt("curl").user("${NB_UID}").user("1000")).build()));
  }

  @Test
  void fks011ACommandRunsAsANonRootUser() {
    Image base = Image.builder("base", "docker/Dockerfile.base", LinterTest.class)
        .stage("runtime", s -> s.from(PY).user("10001:10001")).publish("runtime", "example/base:py", "1.0.0").build();
    Image child = Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("run", s -> s.from(base, "runtime").cmd("python", "-m", "app")).build();

    assertFindings(lint(Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("run", s -> s.from(PY).cmd("python", "-m", "app")).build()),
        "error FKS011 image app / stage run / cmd: runs its command as root: add a user step such "
            + "as user(\"10001:10001\") after the steps that need root (Dockerfile:7)");
    assertFindings(lint(LintPolicy.DEFAULT, base, child));
  }

  @Test
  void aCommandAfterSwitchingBackToRootRunsAsRoot() {
    assertFindings(lint(Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("run", s -> s.from(PY).user("10001:10001").user("0").cmd("python", "-m", "app")).build()),
        "error FKS010 image app / stage run / user: ends as root (0), so its container and every image built on it"
            + " run as root: switch back to a non-root user such as user(\"10001:10001\") after the steps that need"
            + " root (Dockerfile:8)",
        "error FKS011 image app / stage run / cmd: runs its command as root (USER 0 at line 8): switch to a non-root"
            + " user such as user(\"10001:10001\") after the steps that need root (Dockerfile:9)");
  }

  @Test
  void fks012ExecFormAndOneOfEachPerStage() {
    assertFindings(lint(app(s -> s.from(PY).cmd("a").cmdShell("python -m app").entrypointShell("exec tini --")
        .healthcheck(ContainerCommand.shell("curl -f http://127.0.0.1/")).healthcheckNone())),
        "error FKS012 image app / stage run / cmd: has 2 CMDs, but only the last counts (BuildKit"
            + " MultipleInstructionsDisallowed): keep one (Dockerfile:7)",
        "error FKS012 image app / stage run / cmd: runs 'python -m app' in shell form, so the program does not get"
            + " signals such as SIGTERM (hadolint DL3025): use exec form, e.g. cmd(\"program\", \"arg\")"
            + " (Dockerfile:7)",
        "error FKS012 image app / stage run / entrypoint: runs 'exec tini --' in shell form, so the program does"
            + " not get signals such as SIGTERM (hadolint DL3025): use exec form, e.g. entrypoint(\"program\","
            + " \"arg\") (Dockerfile:9)",
        "error FKS012 image app / stage run / healthcheck: has 2 HEALTHCHECKs, but only the last counts"
            + " (BuildKit MultipleInstructionsDisallowed): keep one (Dockerfile:10)",
        "error FKS012 image app / stage run / healthcheck: runs 'curl -f http://127.0.0.1/' in shell form, so the"
            + " program does not get signals such as SIGTERM (hadolint DL3025): use exec form, e.g."
            + " healthcheck(ContainerCommand.exec(...)) (Dockerfile:10)");
    assertFindings(lint(app(s -> s.from(PY).entrypoint("tini", "--").cmd("python", "-m", "app")
        .healthcheck(ContainerCommand.exec("python", "-c", "pass")))));
  }

  @Test
  void fks013AServiceStageHasAHealthcheck() {
    assertFindings(lint(app(s -> s.from(PY).expose(8000).cmd("python", "-m", "app"))),
        "warning FKS013 image app / stage run / cmd: exposes port 8000/tcp and runs a command, but "
        + "has no healthcheck, so a hung service looks healthy: add one, e.g. "
        + "Healthcheck.http(Port.tcp(8000), \"/health\") (Dockerfile:8)");
    assertFindings(lint(app(s -> s.from(PY).expose(8000).step(Healthcheck.http(Port.tcp(8000), "/health"))
        .cmd("python", "-m", "app"))));
  }

  @Test
  void fks015WorkdirIsAbsolute() {
    assertFindings(lint(app(s -> s.from(PY).workdir("work"))),
        "error FKS015 image app / stage run / workdir: path 'work' is relative, so it depends on the WORKDIR"
            + " before it, which a base image may change: write an absolute path such as /work (Dockerfile:7)");
    assertFindings(lint(app(s -> s.from(PY).parentEnv("HOME").workdir("/app").workdir("${HOME}/work"))));
  }

  @Test
  void fks016ConsecutiveRunsWithTheSameMountsCouldBeOne() {
    assertFindings(lint(app(s -> s.from(PY).step(shell("python -m compileall -q /app"))
        .step(shell("python -m app --self-test")))),
        "info FKS016 image app / stage run / shell step 'no typed step does this': could be one "
            + "RUN with the RUN at line 9: both have no flags; put both in one run(r -> r.step(...).then(...)),"
            + " or suppress FKS016 saying why they stay apart (Dockerfile:11)");
    assertFindings(lint(app(s -> s.from(PY).step(shell("python -m compileall -q /app")).workdir("/app")
        .step(shell("python -m app --self-test")))));
  }

  @Test
  void runsThatCannotBeJoinedAreNoFks016Finding() {
    assertFindings(lint(app(s -> s.from(PY).run(r -> r.heredoc("python -m compileall -q /app"))
        .run("python -m app --self-test").run(r -> r.exec("python", "-m", "app"))
        .run(r -> r.network(Run.Network.NONE).shell("python -m app --offline")))));
  }

  @Test
  void commandsInAHeredocAreLinted() {
    assertFindings(lint(app(s -> s.from(PY).run(r -> r.heredoc("set -eux\ncurl -fsSLo /tmp/x https://example.com/x\n"
        + "cd /tmp")))),
        "error FKS004 image app / stage run / RUN: downloads with curl without checking a sha256, so a changed"
            + " download goes unnoticed: use a SourceBuild (ADD --checksum), or check the file with sha256sum"
            + " --strict --check in the same RUN, or suppress FKS004 saying how the download is checked (Dockerfile:8)",
        "warning FKS025 image app / stage run / RUN: uses cd, which hides from the reader and the next"
            + " instructions where and as whom it runs: use a WORKDIR or USER step, or suppress FKS025 saying why"
            + " (Dockerfile:8)");
  }

  @Test
  void fks025NoCdOrSudoInARun() {
    assertFindings(lint(app(s -> s.from(PY).run("cd /app && make")
        .run(r -> r.mount(Mount.tmpfs("/tmp")).shell("make && sudo make install")))),
        "warning FKS025 image app / stage run / RUN: uses cd, which hides from the reader and the next"
            + " instructions where and as whom it runs: use a WORKDIR or USER step, or suppress FKS025 saying why"
            + " (Dockerfile:8)",
        "warning FKS025 image app / stage run / RUN: uses sudo, which hides from the reader and the next"
            + " instructions where and as whom it runs: use a WORKDIR or USER step, or suppress FKS025 saying why"
            + " (Dockerfile:9)");
    assertFindings(lint(app(s -> s.from(PY).workdir("/app").run("make -C /app && cdrecord x && echo sudo"))));
  }

  @Test
  void fks027NoCopyOfAWholeFilesystem() {
    Image image = Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("build", s -> s.from(PY))
        .stage("run", s -> s.from(PY).copy(c -> c.fromStage("build").source("/").to("/")).user("10001:10001"))
        .build();
    assertFindings(lint(image), "warning FKS027 image app / stage run / copy '/': copies / from build, its entire"
        + " filesystem (hadolint DL3067): copy only the folders you need, such as /opt/app, or suppress FKS027"
        + " saying why (Dockerfile:9)");
    assertFindings(lint(Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("run", s -> s.from(PY).copy(c -> c.fromImage("busybox:1.37").source("/").to("/opt/busybox/"))
            .suppress("FKS027", "busybox is a static toolbox meant to be copied whole"))
        .build()), "suppressed FKS027 image app / stage run / copy '/': copies / from busybox:1.37, its entire"
        + " filesystem (hadolint DL3067): copy only the folders you need, such as /opt/app, or suppress FKS027"
        + " saying why (Dockerfile:7) because: busybox is a static toolbox meant to be copied whole");
  }

  @Test
  void fks017LabelKeysAreLowercaseReverseDnsOutsideDockerNamespaces() {
    assertFindings(lint(app(s -> s.from(PY).label("Team", "data").label("com.docker.x", "y").label("org..x", "z"))),
        "error FKS017 image app / stage run / labels: label key 'Team' is not lowercase letters, digits and . _"
            + " / -, starting and ending with a letter or digit (hadolint DL3048): use a lowercase reverse-DNS key"
            + " such as com.example.team (Dockerfile:7)",
        "error FKS017 image app / stage run / labels: label key 'com.docker.x' is in a namespace reserved by"
            + " Docker (hadolint DL3048): use a lowercase reverse-DNS key such as com.example.team (Dockerfile:8)",
        "error FKS017 image app / stage run / labels: label key 'org..x' contains .. or -- (hadolint DL3048):"
            + " use a lowercase reverse-DNS key such as com.example.team (Dockerfile:9)");
    assertFindings(lint(app(s -> s.from(PY).label("com.example.team", "data"))));
  }

  @Test
  void fks018OciLabelsAreDefinedAndWellFormed() {
    assertFindings(lint(app(s -> s.from(PY).labels(Map.of("org.opencontainers.image.source", "github.com/x/y",
        "org.opencontainers.image.team", "ml", "org.opencontainers.image.version", "v1")))),
        "warning FKS018 image app / stage run / label org.opencontainers.image.source: label "
            + "org.opencontainers.image.source has the value 'github.com/x/y', which is not an http(s) "
            + "URL: write an http(s) URL (Dockerfile:7)",
        "warning FKS018 image app / stage run / label org.opencontainers.image.team: label key "
            + "'org.opencontainers.image.team' is in the namespace the OCI image spec reserves, but the "
            + "spec defines no such key: use one of "
            + "org.opencontainers.image.{authors,base.digest,base.name,created,description,documentation,"
            + "licenses,ref.name,revision,source,title,url,vendor,version}, "
            + "or a key of your own reverse-DNS namespace (Dockerfile:8)",
        "warning FKS018 image app / stage run / label org.opencontainers.image.version: label "
            + "org.opencontainers.image.version has the value 'v1', which is not a semantic version such "
            + "as 1.0.0: write a semantic version such as 1.0.0 (Dockerfile:9)");
    assertFindings(lint(app(s -> s.from(PY).labels(Map.of("org.opencontainers.image.source", "https://github.com/x/y",
        "org.opencontainers.image.version", "1.0.0", "com.example.team", "ml")))));
  }

  @Test
  void fks022OnePackageIndexPerInstall() {
    assertFindings(lint(app(s -> s.from(PY).step(shell("python -m pip install --no-cache-dir"
        + " --extra-index-url https://pypi.example.com/simple app==1.0")))),
        "warning FKS022 image app / stage run / shell step 'no typed step does this': uses "
            + "--extra-index-url, which lets a package of the same name on the other index shadow yours "
            + "(dependency confusion, CVE-2018-20225): read from one index, with a PipInstall's "
            + "index(...), or suppress FKS022 saying why the extra index is safe (Dockerfile:9)");
    assertFindings(lint(app(s -> s.from(PY).step(shell("python -m pip install --no-cache-dir"
        + " --index-url https://pypi.example.com/simple app==1.0")))));
  }

  @Test
  void aTypedExtraIndexIsReportedAsFks022AndSuppressibleWithAReason() {
    assertFindings(lint(app(s -> s.from(PY).pip(PipInstall.builder("app==1.0")
            .extraIndex("https://pypi.example.com/simple"))
        .suppress("FKS022", "the private index serves only names registered on PyPI by us"))),
        "suppressed FKS022 image app / stage run / RUN: uses --extra-index-url, which lets a package of "
            + "the same name on the other index shadow yours (dependency confusion, CVE-2018-20225): read from "
            + "one index, with a PipInstall's index(...), or suppress FKS022 saying why the extra index is safe "
            + "(Dockerfile:8) because: the private index serves only names registered on PyPI by us");
  }

  @Test
  void fks023ARuntimeHasWhatItsBuilderInstalled() {
    // The seed's mistake: packages in the builder's system site-packages, a runtime on a fresh image.
    assertFindings(lint(Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("builder", s -> s.from(PY).pip("langchain==0.3.0").workdir("/app"))
        .stage("runtime", s -> s.from(PY).copyFrom("builder", "/app", "/app").user("10001:10001"))
        .build()), "error FKS023 image app / stage runtime: copies from stage 'builder', but pip 'langchain' "
            + "went into the system site-packages of stage 'builder' of image app, which this stage does "
            + "not start from, so those packages are missing here: install into a virtual environment "
            + "and copy its folder, or start this stage from stage 'builder' of image app (Dockerfile:14)");
    assertFindings(lint(Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("ta-lib-build", s -> s.from(PY).step(taLib()))
        .stage("builder", s -> s.from(PY).copyFrom("ta-lib-build", "/opt/ta-lib/", "/usr/local/")
            .step(new RefreshLibraries()).step(venv()).pip("langchain==0.3.0"))
        .stage("runtime", s -> s.from(PY).copyFrom("builder", "/app", "/app")
            .copyFrom("ta-lib-build", "/opt/ta-lib/lib/", "/usr/local/lib/").user("10001:10001"))
        .build()), "error FKS023 image app / stage runtime: copies from stage 'builder' but lacks its Python "
            + "environment /opt/venv, so those packages are missing here: copy it with "
            + "copyFrom(\"builder\", \"/opt/venv\", \"/opt/venv\"), or start from a stage that has it "
            + "(Dockerfile:34)",
        "error FKS023 image app / stage runtime: copies the native library ta-lib but runs no "
            + "ldconfig after it, so the loader may not find it: add a RefreshLibraries step after the "
            + "copy (Dockerfile:34)");
    assertFindings(lint(Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("ta-lib-build", s -> s.from(PY).step(taLib()))
        .stage("builder", s -> s.from(PY).copyFrom("ta-lib-build", "/opt/ta-lib/", "/usr/local/")
            .step(new RefreshLibraries()).step(venv()).pip("langchain==0.3.0"))
        .stage("runtime", s -> s.from(PY).copyFrom("builder", "/opt/venv", "/opt/venv").user("10001:10001"))
        .build()), "error FKS023 image app / stage runtime: copies from stage 'builder' but lacks the native "
            + "library ta-lib it has: copy it with copyFrom(\"ta-lib-build\", \"/opt/ta-lib/lib/\", "
            + "\"/usr/local/lib/\") followed by a RefreshLibraries step (Dockerfile:34)");
    assertFindings(lint(Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("ta-lib-build", s -> s.from(PY).step(taLib()))
        .stage("builder", s -> s.from(PY).copyFrom("ta-lib-build", "/opt/ta-lib/", "/usr/local/")
            .step(new RefreshLibraries()).step(venv()).pip("langchain==0.3.0"))
        .stage("runtime", s -> s.from(PY).copyFrom("builder", "/opt/venv", "/opt/venv")
            .copyFrom("ta-lib-build", "/opt/ta-lib/lib/", "/usr/local/lib/").step(new RefreshLibraries())
            .user("10001:10001"))
        .build()));
  }

  @Test
  void fks024PipRequirementsArePinnedExactly() {
    assertFindings(lint(app(s -> s.from(PY).pip("requests>=2.32", "numpy"))),
        "warning FKS024 image app / stage run / pip 'numpy': pip requirement 'numpy' is not pinned "
        + "exactly, so a rebuild may install another version: pin it as numpy==<version> "
        + "(Dockerfile:10)",
        "warning FKS024 image app / stage run / pip 'requests': pip requirement 'requests>=2.32' "
            + "is not pinned exactly, so a rebuild may install another version: pin it as "
            + "requests==<version> (Dockerfile:11)");
    assertFindings(lint(app(s -> s.from(PY).pip("requests==2.32.3"))));
  }

  @Test
  void fks029TheSyntaxDirectiveCoversTheFeaturesUsed() {
    Image image = app(s -> s.from(PY).pip("requests==2.32.3"));
    String rendered = GENERATOR.render(image).content();

    assertFindings(lintText(rendered.replace("# syntax=docker/dockerfile:1.2", "# syntax=docker/dockerfile:1.1"), image),
        "error FKS029 image app / stage run / RUN: RUN uses a feature of Dockerfile syntax 1.2 (RUN --mount), "
            + "but the file declares 1.1: the generator chooses the directive from the features used; "
            + "report this as a bug (Dockerfile:8)");
    assertFindings(lintText(rendered, image));
  }

  @Test
  void fks033NoMaintainer() {
    assertFindings(lint(app(s -> s.from(PY).maintainer("Jane Doe <jane@example.com>"))),
        "warning FKS033 image app / stage run / maintainer: MAINTAINER is deprecated: use the label"
            + " org.opencontainers.image.authors instead (Dockerfile:7)");
    assertFindings(lint(app(s -> s.from(PY).label("org.opencontainers.image.authors", "Jane Doe"))));
  }

  @Test
  void fks030OneDownloaderPerStage() {
    String check = " && echo '" + SHA + "  /m' | sha256sum --strict --check";
    assertFindings(lint(app(s -> s.from(PY).step(shell("curl -fsSL -o /m https://example.com/m" + check))
        .apt("wget").step(shell("wget -q -O /m https://example.com/m" + check)))),
        "warning FKS030 image app / stage run / shell step 'no typed step does this': makes stage "
            + "run use both curl and wget: keep one of them, or use ADD --checksum through a SourceBuild "
            + "(Dockerfile:17)");
    assertFindings(lint(app(s -> s.from(PY).step(shell("curl -fsSL -o /m https://example.com/m" + check)))));
  }

  @Test
  void fks019TheTaLibPackageMatchesTheCLibraryBuiltBelow() {
    assertFindings(lint(taLibImage("TA-Lib==0.6.4")),
        "error FKS019 image app / stage run / pip 'TA-Lib': TA-Lib==0.6.4 does not work with the TA-Lib C library"
            + " 0.4.0 of image app: set it to 0.4.x or 0.5.x (e.g. TA-Lib==0.5.1), or the C library to 0.6.1 or"
            + " newer (its version, url and sha256) (Dockerfile:28)");
    assertFindings(lint(taLibImage("TA-Lib==0.5.1")));
  }

  @Test
  void taLibFindingsNameTheTierThatBuildsTheCLibrary() {
    Tier cpu = Tier.root(TierRole.CPU, "cpu", LinterTest.class).python("3.12", PY)
        .publishAs("example/img:base", "1.0.0").sourceBuild(taLib()).build();
    Tier ml = Tier.on(cpu, TierRole.ML, "ml", LinterTest.class).publishAs("example/img:ml", "1.0.0")
        .pip("TA-Lib>=0.4.28").build();
    ImageSet set = Hierarchy.builder(Strategy.OPTION_1).tier(cpu).tier(ml).build();

    assertFindings(new Linter(LintPolicy.DEFAULT).lint(set, GENERATOR.render(set)),
        "error FKS019 tier ml / stage builder / pip 'TA-Lib': TA-Lib>=0.4.28 admits versions that do not work with"
            + " the TA-Lib C library 0.4.0 of tier cpu: set it to 0.4.x or 0.5.x (e.g. TA-Lib==0.5.1), or the C"
            + " library to 0.6.1 or newer (its version, url and sha256) (docker/Dockerfile.ml:14)",
        "warning FKS024 tier ml / stage builder / pip 'TA-Lib': pip requirement 'TA-Lib>=0.4.28' is not pinned"
            + " exactly, so a rebuild may install another version: pin it as TA-Lib==<version>"
            + " (docker/Dockerfile.ml:14)");
  }

  @Test
  void fks020TorchTorchvisionAndTorchaudioFromOneRelease() {
    Image base = Image.builder("base", "docker/Dockerfile.base", LinterTest.class)
        .stage("builder", s -> s.from(PY).pip("torch==2.8.0")).publish("builder", "example/base:py", "1.0.0").build();
    Image child = Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("run", s -> s.from(base, "builder").pip("torchvision==0.22.1").user("10001:10001")).build();

    assertFindings(lint(LintPolicy.DEFAULT, base, child),
        "error FKS020 image app / stage run / pip 'torchvision': torchvision==0.22.1 is not from the release of"
            + " torch==2.8.0 (image base, stage builder): torch 2.8 goes with torchvision 0.23.x; set it to"
            + " torchvision==0.23.0, or torch to torch==2.7.1 (Dockerfile:10)");
    assertFindings(lint(app(s -> s.from(PY).pip("torch==2.8.0", "torchvision==0.23.0", "torchaudio==2.8.0"))));
  }

  @Test
  void fks021TorchFromAPyTorchIndexIsPinnedToItsBuild() {
    assertFindings(lint(app(s -> s.from(PY).step(PipInstall.builder("torch==2.8.0")
            .index(PackageIndex.PYTORCH_CU128).build()))),
        "error FKS021 image app / stage run / pip 'torch': pip requirement 'torch==2.8.0' comes from the cu128 index"
            + " but is not pinned to its build: write torch==<version>+cu128, because an installed +cpu or CUDA"
            + " build already satisfies a bare version (Dockerfile:10)");
    assertFindings(lint(app(s -> s.from(PY).step(PipInstall.builder("torch==2.8.0+cu128")
        .index(PackageIndex.PYTORCH_CU128).build()))));
  }

  @Test
  void fks035ARootStepAfterANonRootUserInItsStage() {
    assertFindings(lint(app(s -> s.from(PY).user("10001:10001").apt("curl"))),
        "error FKS035 image app / stage run / RUN: runs apt-get as USER 10001:10001, set at line 8, but apt-get"
            + " needs root, so the build fails: switch with USER root before it and back to the user after, or move"
            + " it before the USER (Dockerfile:9)");
    assertFindings(lint(app(s -> s.from(PY).apt("curl").step(CreateUser.system("app", 10001, 10001)))));
  }

  @Test
  void aRootStepInAChildOfAnImageThatEndsAsAnotherUser() {
    Image base = Image.builder("base", "docker/Dockerfile.base", LinterTest.class)
        .stage("runtime", s -> s.from(PY).step(CreateUser.builder("jovyan").uid(1000).primaryGroup(100).build())
            .user("1000:100"))
        .publish("runtime", "example/base:notebook", "1.0.0").build();
    Image child = Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("run", s -> s.from(base, "runtime").apt("curl")).build();

    assertFindings(lint(LintPolicy.DEFAULT, base, child),
        "error FKS035 image app / stage run / RUN: runs apt-get as USER 1000:100, set in image base, stage runtime"
            + " (docker/Dockerfile.base:9), but apt-get needs root, so the build fails: switch with USER root before"
            + " it and back to the user after, or move it before the USER (Dockerfile:8)");
  }

  @Test
  void aRootStepInAStageThatStartsFromAnEarlierOne() {
    assertFindings(lint(Image.builder("app", "Dockerfile", LinterTest.class)
            .stage("base", s -> s.from(PY).user("10001:10001"))
            .stage("run", s -> s.from(new From.Previous("base")).step(shell("ldconfig"))).build()),
        "error FKS035 image app / stage run / shell step 'no typed step does this': runs ldconfig as USER"
            + " 10001:10001, set in stage base at line 7, but ldconfig needs root, so the build"
            + " fails: switch with USER root before it and back to the user after, or move it before the USER"
            + " (Dockerfile:12)");
  }

  @Test
  void switchingBackToRootClearsTheRootStepFinding() {
    Image image = app(s -> s.from(PY).user("10001:10001").apt("curl"));
    String rendered = GENERATOR.render(image).content();

    for (String root : List.of("root", "0", "0:0", "root:root")) {
      assertFindings(lintText(rendered.replaceFirst("\nRUN ", "\nUSER " + root + "\nRUN "), image));
    }
  }

  @Test
  void fks036APublishedTargetHasAMovingAndAVersionedTag() {
    Image tagged = Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("run", s -> s.from(PY).user("10001:10001")).publishTags("run", "example/app:1.2.3").build();

    assertFindings(lint(tagged),
        "error FKS036 image app / stage run / target run: publishes [example/app:1.2.3], not a moving tag and its"
            + " -v<semver> tag such as example/app:1.2.3 and example/app:1.2.3-v1.0.0: publish with publish(stage,"
            + " moving, version) (Dockerfile:6)");
    assertFindings(lint(Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("run", s -> s.from(PY).user("10001:10001")).publish("run", "example/app:tools", "1.0.0").build()));
  }

  @Test
  void fks037APipRequirementWithAComparisonIsQuoted() {
    assertFindings(lint(app(s -> s.from(PY).run("python -m pip install --no-cache-dir langchain>=0.3.0 'numpy>=2' requests"))),
        "error FKS037 image app / stage run / RUN: writes langchain>=0.3.0 unquoted, which the shell reads as langchain"
            + " and a redirect to the file =0.3.0: quote the requirement ('langchain>=0.3.0') or install it with a"
            + " typed pip step (Dockerfile:8)");
    assertFindings(lint(app(s -> s.from(PY).run("python -m pip install --no-cache-dir 'langchain>=0.3.0' \"chromadb<2\" 2>&1"))));
  }

  @Test
  void fks038EveryStageIsBuilt() {
    Image unused = Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("builder", s -> s.from(PY).run("python -m pip install --no-cache-dir --user 'requests==2.32.3'"))
        .stage("run", s -> s.from(PY).user("10001:10001").cmd("python", "-m", "app")).build();
    assertFindings(lint(unused), "warning FKS038 image app / stage builder / FROM: is not the last stage, not"
        + " published, and no later stage starts from, copies from or mounts it, so BuildKit never builds it and what"
        + " it installs is lost: copy what the last stage needs from it, or remove it (Dockerfile:6)");
    assertFindings(lint(Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("builder", s -> s.from(PY).run("python -m pip install --no-cache-dir --user 'requests==2.32.3'"))
        .stage("run", s -> s.from(PY).copyFrom("builder", "/root/.local", "/root/.local").user("10001:10001")
            .cmd("python", "-m", "app")).build()));
  }

  /** One failing image per lint rule, each also held to the base image choices it needs. */
  static Stream<Arguments> failingImages() {
    String check = " && echo '" + SHA + "  /m' | sha256sum --strict --check";
    return Stream.of(
        arguments(Rule.FKS001, LintPolicy.DEFAULT, app(s -> s.from("python:latest"))),
        arguments(Rule.FKS002, LintPolicy.DEFAULT, app(s -> s.from("ghcr.io/example/base:1.0"))),
        arguments(Rule.FKS003, new LintPolicy(List.of("docker.io"), true), app(s -> s.from(PY))),
        arguments(Rule.FKS004, LintPolicy.DEFAULT, app(s -> s.from(PY).step(shell("curl -fsSL https://x.org/m | sh")))),
        arguments(Rule.FKS006, LintPolicy.DEFAULT, app(s -> s.from(PY).step(shell("python -m pip install app==1.0")))),
        arguments(Rule.FKS007, LintPolicy.DEFAULT, app(s -> s.from(PY).step(shell("apt-get install -y curl")))),
        arguments(Rule.FKS009, LintPolicy.DEFAULT, app(s -> s.from(PY).env("HF_TOKEN", "none"))),
        arguments(Rule.FKS010, LintPolicy.DEFAULT, app(s -> s.from(PY).user("app"))),
        arguments(Rule.FKS011, LintPolicy.DEFAULT, Image.builder("app", "Dockerfile", LinterTest.class)
            .stage("run", s -> s.from(PY).cmd("python", "-m", "app")).build()),
        arguments(Rule.FKS012, LintPolicy.DEFAULT, app(s -> s.from(PY).cmdShell("python -m app"))),
        arguments(Rule.FKS013, LintPolicy.DEFAULT, app(s -> s.from(PY).expose(8000).cmd("python", "-m", "app"))),
        arguments(Rule.FKS015, LintPolicy.DEFAULT, app(s -> s.from(PY).workdir("work"))),
        arguments(Rule.FKS016, LintPolicy.DEFAULT, app(s -> s.from(PY).step(shell("make -C /a")).step(shell("make -C /b")))),
        arguments(Rule.FKS017, LintPolicy.DEFAULT, app(s -> s.from(PY).label("Team", "data"))),
        arguments(Rule.FKS018, LintPolicy.DEFAULT, app(s -> s.from(PY).labels(Map.of("org.opencontainers.image.x", "y")))),
        arguments(Rule.FKS019, LintPolicy.DEFAULT, taLibImage("TA-Lib==0.6.4")),
        arguments(Rule.FKS020, LintPolicy.DEFAULT, app(s -> s.from(PY).pip("torch==2.8.0", "torchvision==0.22.0"))),
        arguments(Rule.FKS021, LintPolicy.DEFAULT, app(s -> s.from(PY).step(PipInstall.builder("torch==2.8.0")
            .index(PackageIndex.PYTORCH_CU128).build()))),
        arguments(Rule.FKS022, LintPolicy.DEFAULT, app(s -> s.from(PY).step(shell("python -m pip install"
            + " --no-cache-dir --extra-index-url https://x.org/simple app==1.0")))),
        arguments(Rule.FKS023, LintPolicy.DEFAULT, Image.builder("app", "Dockerfile", LinterTest.class)
            .stage("builder", s -> s.from(PY).pip("langchain==0.3.0"))
            .stage("runtime", s -> s.from(PY).copyFrom("builder", "/app", "/app").user("10001:10001")).build()),
        arguments(Rule.FKS024, LintPolicy.DEFAULT, app(s -> s.from(PY).pip("requests>=2.32"))),
        arguments(Rule.FKS025, LintPolicy.DEFAULT, app(s -> s.from(PY).run("cd /app && make"))),
        arguments(Rule.FKS027, LintPolicy.DEFAULT, Image.builder("app", "Dockerfile", LinterTest.class)
            .stage("build", s -> s.from(PY))
            .stage("run", s -> s.from(PY).copy(c -> c.fromStage("build").source("/").to("/")).user("10001:10001"))
            .build()),
        arguments(Rule.FKS030, LintPolicy.DEFAULT, app(s -> s.from(PY).step(shell("curl -o /m https://x.org/m" + check))
            .apt("wget").step(shell("wget -O /m https://x.org/m" + check)))),
        arguments(Rule.FKS032, LintPolicy.DEFAULT, app(s -> s.from(PY).env("CONFIG", "AKIA" + "ABCDEFGHIJKLMNOP"))),
        arguments(Rule.FKS033, LintPolicy.DEFAULT, app(s -> s.from(PY).maintainer("me"))),
        arguments(Rule.FKS034, LintPolicy.DEFAULT, app(s -> s.from(PY).envLegacy("MSG", "hello"))),
        arguments(Rule.FKS035, LintPolicy.DEFAULT, app(s -> s.from(PY).user("10001:10001").apt("curl"))),
        arguments(Rule.FKS036, LintPolicy.DEFAULT, Image.builder("app", "Dockerfile", LinterTest.class)
            .stage("run", s -> s.from(PY).user("10001:10001")).publishTags("run", "example/app:1.2.3").build()),
        arguments(Rule.FKS037, LintPolicy.DEFAULT, app(s -> s.from(PY).run("python -m pip install langchain>=0.3.0"))),
        arguments(Rule.FKS038, LintPolicy.DEFAULT, Image.builder("app", "Dockerfile", LinterTest.class)
            .stage("builder", s -> s.from(PY)).stage("run", s -> s.from(PY).user("10001:10001")).build()));
  }

  @ParameterizedTest
  @MethodSource("failingImages")
  void eachLintRuleReportsUnderThePoliciesThatIncludeItAndIsSuppressible(Rule rule, LintPolicy choices, Image image) {
    for (Policy named : Policy.values()) {
      List<Finding> found = lint(named, choices, image).findings().stream().filter(f -> f.rule() == rule).toList();
      assertThat(found.isEmpty()).as(rule + " under " + named).isEqualTo(!named.includes(rule));
      assertThat(found).allMatch(f -> !f.suppressed());
    }
    LintReport quiet = lint(Policy.STRICT, choices, suppressed(image, rule));
    assertThat(quiet.findings()).filteredOn(f -> f.rule() == rule).isNotEmpty()
        .allMatch(f -> f.suppressedBecause().equals(Optional.of("accepted here")));
    assertThat(quiet.findings()).noneMatch(f -> f.rule() == Rule.FKS031);
  }

  @Test
  void everyLintRuleHasAFailingImage() {
    assertThat(failingImages().map(a -> (Rule) a.get()[0]).toList())
        .containsExactlyElementsOf(Policy.STRICT.rules());
  }

  @Test
  void theBaselineReportsNothingOnACleanImageThatInstallsAsRootThenRunsAsAUser() {
    Image image = Image.builder("notebook", "Dockerfile", LinterTest.class)
        .stage("run", s -> s.from("quay.io/jupyter/base-notebook:2025-01-06").apt("curl", "git")
            .step(CreateUser.builder("jovyan").uid(1000).primaryGroup(100).shell("/bin/bash").build())
            .user("1000:100").pip("jupyterlab>=4").expose(8888).cmd("jupyter", "lab"))
        .publishTags("run", "example/notebook:2025-01-06").build();

    assertFindings(lint(Policy.BASELINE, LintPolicy.DEFAULT, image));
    assertThat(lint(Policy.STRICT, LintPolicy.DEFAULT, image).findings()).extracting(f -> f.rule())
        .containsExactly(Rule.FKS002, Rule.FKS036, Rule.FKS024, Rule.FKS013);
  }

  @Test
  void aSuppressionOfARuleOutsideThePolicyIsNotReportedAsUnused() {
    assertFindings(lint(Policy.BASELINE, LintPolicy.DEFAULT,
        app(s -> s.from(PY).pip("requests==2.32.3").suppress("FKS024", "lower bounds only"))));
  }

  @Test
  void fks031ASuppressionThatMatchesNothingIsReported() {
    assertFindings(lint(app(s -> s.from(PY).pip("requests==2.32.3").suppress("FKS024", "lower bounds only"))),
        "warning FKS031 image app / stage run / suppress FKS024: suppresses FKS024, but nothing "
            + "here breaks it: remove the suppression (Dockerfile:6)");
  }

  @Test
  void aStageSuppressionTurnsAWarningOffAndShowsItsReason() {
    LintReport report = lint(app(s -> s.from(PY).pip("requests>=2.32").suppress("FKS024", "lower bounds only")));

    assertFindings(report, "suppressed FKS024 image app / stage run / pip 'requests': pip requirement "
        + "'requests>=2.32' is not pinned exactly, so a rebuild may install another version: pin it "
        + "as requests==<version> (Dockerfile:10) because: lower bounds only");
    assertThat(report.active(Rule.Severity.WARNING)).isEmpty();
    assertThat(report.summary()).isEqualTo("fks-images lint: 0 errors, 0 warnings, 0 infos, 1 suppressed");
  }

  @Test
  void anImageSuppressionCoversEveryStage() {
    LintReport report = lint(Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("run", s -> s.from(PY).pip("requests>=2.32").user("10001:10001"))
        .suppress("FKS024", "lower bounds only").build());

    assertFindings(report, "suppressed FKS024 image app / stage run / pip 'requests': pip requirement "
        + "'requests>=2.32' is not pinned exactly, so a rebuild may install another version: pin it "
        + "as requests==<version> (Dockerfile:10) because: lower bounds only");
  }

  @Test
  void findingsNameTheTierOrServiceTheyComeFrom() {
    Tier cpu = Tier.root(TierRole.CPU, "cpu", LinterTest.class).python("3.12", PY)
        .publishAs("example/img:base", "1.0.0").pip("requests>=2.32").build();
    ImageSet set = Hierarchy.builder(Strategy.OPTION_1).tier(cpu)
        .service(Service.builder("api", cpu, LinterTest.class).port(8000).command("python", "-m", "api")
            .requirements("requirements.txt").label("org.opencontainers.image.version", "v1").build())
        .build();

    assertFindings(new Linter(LintPolicy.DEFAULT).lint(set, GENERATOR.render(set)), 
        "warning FKS024 tier cpu / stage builder / pip 'requests': pip requirement 'requests>=2.32' is not pinned"
            + " exactly, so a rebuild may install another version: pin it as requests==<version>"
            + " (docker/Dockerfile.cpu:16)",
        "warning FKS018 service api / stage runtime / label org.opencontainers.image.version: label"
            + " org.opencontainers.image.version has the value 'v1', which is not a semantic version such as 1.0.0:"
            + " write a semantic version such as 1.0.0 (services/api/Dockerfile:31)");
  }

  @Test
  void anErrorStopsGenerationUnlessSuppressedWithAReason() {
    Image root = Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("run", s -> s.from(PY).cmd("python", "-m", "app")).build();

    assertThat(lint(root).hasErrors()).isTrue();
    assertThat(lint(suppressed(root, Rule.FKS011)).hasErrors()).isFalse();
  }

  @Test
  void refusesFilesThatAreNotTheSetsRendering() {
    Hierarchy.Builder builder = Hierarchy.builder(Strategy.OPTION_1).image(app(s -> s.from(PY)));
    for (int i = 0; i < 200; i++) {
      builder.image(Image.builder("app" + i, "apps/app" + i + "/Dockerfile", LinterTest.class)
          .stage("run", s -> s.from(PY)).build());
    }
    ImageSet set = builder.build();

    // Every file is missing: the first image's is named, on one thread or several.
    for (Linter linter : List.of(new Linter(LintPolicy.DEFAULT), new Linter(LintPolicy.DEFAULT, false))) {
      assertThatThrownBy(() -> linter.lint(set, List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no rendered file Dockerfile for image app: lint the files that Generator.render returned"
              + " for this set");
    }
  }

  /** An image of one stage {@code run} that runs as a non-root user, configured by {@code body}. */
  @Test
  void fks034EnvInTheLegacyForm() {
    assertFindings(lint(app(s -> s.from(PY).envLegacy("MSG", "hello world"))),
        "warning FKS034 image app / stage run / env MSG: ENV MSG is in the legacy form ENV key value, which Docker"
            + " may remove (LegacyKeyValueFormat): write env(\"MSG\", value), rendered ENV MSG=\"value\""
            + " (Dockerfile:7)");
    assertFindings(lint(app(s -> s.from(PY).env("MSG", "hello world"))));
  }

  private static Image app(Consumer<Stage.Builder> body) {
    return Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("run", s -> {
          body.accept(s);
          s.user("10001:10001");
        }).build();
  }

  private static ShellStep shell(String command) {
    return new ShellStep("no typed step does this", command, List.of());
  }

  /** An image that builds the TA-Lib C library 0.4.0 in one stage and installs {@code python} in another. */
  private static Image taLibImage(String python) {
    return Image.builder("app", "Dockerfile", LinterTest.class)
        .stage("ta-lib-build", s -> s.from(PY).step(taLib()))
        .stage("run", s -> s.from(PY).copyFrom("ta-lib-build", "/opt/ta-lib/", "/usr/local/")
            .step(new RefreshLibraries()).pip(python).user("10001:10001")).build();
  }

  private static SourceBuild taLib() {
    return SourceBuild.tarball("ta-lib", "0.4.0").url("https://example.com/ta-lib-0.4.0-src.tar.gz").sha256(SHA).build();
  }

  private static VirtualEnv venv() {
    return new VirtualEnv(AbsolutePath.of("/opt/venv"), "3.12", List.of());
  }

  private static LintReport lint(Image image) {
    return lint(LintPolicy.DEFAULT, image);
  }

  private static LintReport lint(LintPolicy policy, Image... images) {
    return lint(Policy.STRICT, policy, images);
  }

  /** Lints {@code images} as a set held to {@code named}, with {@code policy}'s base image choices. */
  static LintReport lint(Policy named, LintPolicy policy, Image... images) {
    ImageSet.Builder set = ImageSet.builder().policy(named);
    Arrays.stream(images).forEach(set::image);
    ImageSet built = set.build();
    return new Linter(policy).lint(built, GENERATOR.render(built));
  }

  /** Lints {@code images} as if the last had been rendered as {@code text}: for the generator's own guarantees. */
  private static LintReport lintText(String text, Image... images) {
    ImageSet.Builder builder = ImageSet.builder().policy(Policy.STRICT);
    Arrays.stream(images).forEach(builder::image);
    ImageSet set = builder.build();
    List<GeneratedFile> files = new java.util.ArrayList<>(GENERATOR.render(set));
    Image last = images[images.length - 1];
    files.removeIf(f -> f.path().equals(last.dockerfile().value()));
    files.add(new GeneratedFile(last.dockerfile().value(), text));
    return new Linter(LintPolicy.DEFAULT).lint(set, files);
  }

  /** {@code image} with an image-wide suppression of {@code rule}. */
  static Image suppressed(Image image, Rule rule) {
    return new Image(image.name(), image.dockerfile(), image.definedIn(), image.stages(), image.targets(),
        List.of(new Suppression(rule, "accepted here")));
  }

  /** Asserts the report's lines, in order. */
  private static void assertFindings(LintReport report, String... expected) {
    assertThat(report.findings().stream().map(Finding::toString).toList()).containsExactly(expected);
  }
}
