package io.github.nuniesmith.fks.images.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.generator.DockerfileInstructions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each parser feature, asserted on the instructions read from a corpus file. */
class ReadInstructionTest {
  @Test
  void backtickEscapeJoinsContinuationsAndKeepsBackslashesLiteral() {
    DockerfileInstructions.Parsed parsed = DockerfileInstructions.parse(Corpus.text("windows/Dockerfile.windows"));

    assertThat(parsed.escape()).isEqualTo('`');
    assertThat(Corpus.shown("windows/Dockerfile.windows")).containsExactly(
        "FROM WORDS [mcr.microsoft.com/windows/servercore:ltsc2022]",
        "SHELL EXEC [powershell, -Command, $ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';]",
        "ENV PAIRS [APP_HOME=C:\\\\app, PYTHON_VERSION=3.12.6]",
        "USER TEXT [ContainerAdministrator]",
        "RUN SHELL [Invoke-WebRequest -Uri \"https://www.python.org/ftp/python/$env:PYTHON_VERSION/python-"
            + "$env:PYTHON_VERSION-amd64.exe\" -OutFile C:\\python-installer.exe ; Start-Process"
            + " C:\\python-installer.exe -ArgumentList '/quiet InstallAllUsers=1 PrependPath=1' -Wait ;"
            + " Remove-Item C:\\python-installer.exe -Force]",
        "WORKDIR TEXT [C:\\app]",
        "COPY WORDS [app\\, C:\\app\\]",
        "USER TEXT [ContainerUser]",
        "CMD EXEC [python, C:\\app\\main.py]");
  }

  @Test
  void checkAndSyntaxDirectivesAreReadAtTheTop() {
    DockerfileInstructions.Parsed parsed = DockerfileInstructions.parse(Corpus.text("directives/check.Dockerfile"));

    assertThat(parsed.directives()).containsEntry("syntax", "docker/dockerfile:1.10")
        .containsEntry("check", "skip=JSONArgsRecommended,StageNameCasing;error=true");
    assertThat(Corpus.shown("directives/check.Dockerfile")).containsExactly(
        "FROM WORDS [alpine:3.20, AS, Builder]", "RUN SHELL [echo built > /built]", "FROM WORDS [alpine:3.20]",
        "COPY [--from=Builder] WORDS [/built, /built]", "CMD SHELL [cat /built]");
  }

  @Test
  void continuationsSkipCommentAndBlankLinesInside() {
    assertThat(Corpus.shown("debian/Dockerfile")).contains(
        "RUN SHELL [apt-get update && apt-get install -y --no-install-recommends ca-certificates curl tini"
            + " && rm -rf /var/lib/apt/lists/*]");
  }

  @Test
  void quotesAroundFromWorkdirUserAndCopyWordsAreRemovedAsBuildKitsLexerDoes() {
    assertThat(Corpus.shown("quoting/quoted-words.Dockerfile")).containsExactly(
        "ARG PAIRS [BASE=alpine:3.20]",
        "FROM WORDS [${BASE}]",
        "ENV PAIRS [APP=/opt/app]",
        "WORKDIR TEXT [${APP}]",
        "COPY [--chown=1000:100] WORDS [settings.toml, ${APP}/settings.toml]",
        "USER TEXT [1000]");
  }

  @Test
  void tabsIndentingContinuationLinesAreBlanks() {
    assertThat(Corpus.shown("shell/tab-indent.Dockerfile")).containsExactly(
        "FROM WORDS [alpine:3.20]",
        "RUN SHELL [set -eux; apk add --no-cache --virtual .build-deps gcc make ; runDeps=\"$( scanelf --needed"
            + " --nobanner /usr/local/bin | awk '{ print \"so:\" $2 }' )\"; apk add --no-cache $runDeps]");
  }

  @Test
  void aMountSourceOrTargetIsReadWithoutItsDotSegments() {
    assertThat(Corpus.shown("mounts/dot-source.Dockerfile")).containsExactly(
        "FROM WORDS [node:20-slim]",
        "RUN [--mount=source=docker/frontend-mem-nag.sh,target=/frontend-mem-nag.sh,type=bind] SHELL"
            + " [/frontend-mem-nag.sh]",
        "RUN [--mount=target=/root/.npm,type=cache] SHELL [npm ci]");
  }

  @Test
  void copyInJsonAndInWordsReadTheSameWhenNoWordHasABlank() {
    List<ReadInstruction> json = read("FROM alpine\nCOPY [\"a.txt\", \"/b c/\"]\n");
    List<ReadInstruction> plain = read("FROM alpine\nCOPY [\"a.txt\", \"/b/\"]\n");

    assertThat(json.get(1).difference(read("FROM alpine\nCOPY a.txt /b/\n").get(1))).contains(
        "COPY differs: input exec form [\"a.txt\", \"/b c/\"], rendered words [\"a.txt\", \"/b/\"]");
    assertThat(plain.get(1).difference(read("FROM alpine\nCOPY a.txt /b/\n").get(1))).isEmpty();
  }

  private static List<ReadInstruction> read(String text) {
    DockerfileInstructions.Parsed parsed = DockerfileInstructions.parse(text);
    return parsed.instructions().stream().map(i -> ReadInstruction.of(i, parsed.escape())).toList();
  }

  @Test
  void oddWhitespaceAndKeywordCase() {
    assertThat(Corpus.shown("style/odd-whitespace.Dockerfile")).containsExactly(
        "FROM WORDS [alpine:3.20, AS, base]",
        "RUN SHELL [apk add --no-cache curl jq]",
        "WORKDIR TEXT [/srv]",
        "ENV PAIRS [A=1, B=2]",
        "RUN SHELL [echo \"spaces inside quotes collapse too\"]",
        "COPY [--chown=1000:1000] WORDS [., .]",
        "CMD EXEC [sh, -c, echo ok]");
  }

  @Test
  void runHeredocsKeepTheirBodiesQuotingAndTabStripping() {
    List<ReadInstruction> read = Corpus.read("run/heredocs.Dockerfile");

    assertThat(read).extracting(ReadInstruction::keyword).containsExactly("FROM", "RUN", "RUN", "RUN", "RUN", "RUN",
        "RUN", "RUN");
    assertThat(read.get(1).heredocs().get(0).body()).isEqualTo("set -eux\n"
        + "# this line is part of the script, not a Dockerfile comment\napt-get update\n"
        + "apt-get install -y --no-install-recommends jq\nrm -rf /var/lib/apt/lists/*\n");
    assertThat(read.get(2).heredocs().get(0)).extracting("delimiter", "stripTabs", "expands", "body")
        .containsExactly("EOT", true, true, "echo \"tabs are stripped from this line\"\n");
    assertThat(read.get(3).heredocs().get(0).expands()).isFalse();
    assertThat(read.get(4).heredocs().get(0).expands()).isFalse();
    assertThat(read.get(5).values()).containsExactly("cat <<one > /one.txt && cat <<two > /two.txt");
    assertThat(read.get(5).heredocs()).extracting(DockerfileInstructions.Heredoc::body)
        .containsExactly("first file\n", "second file\n");
    assertThat(read.get(7).values()).containsExactly("python3 <<PY");
  }

  @Test
  void copyAndAddHeredocsWriteFiles() {
    List<ReadInstruction> read = Corpus.read("copy/heredoc-files.Dockerfile");

    assertThat(read.stream().map(Corpus::shown)).containsExactly(
        "FROM WORDS [nginx:1.27-alpine]",
        "COPY WORDS [<<EOF, /etc/nginx/conf.d/default.conf]",
        "COPY [--chmod=0755] WORDS [<<-\"EOF\", /docker-entrypoint.d/40-env.sh]",
        "COPY WORDS [<<index.html, <<robots.txt, /usr/share/nginx/html/]",
        "ADD WORDS [<<EOF, /etc/app.env]");
    assertThat(read.get(2).heredocs().get(0).body())
        .isEqualTo("#!/bin/sh\necho \"starting with ${NGINX_ENTRYPOINT_QUIET_LOGS:-0}\"\n");
    assertThat(read.get(3).heredocs()).extracting(DockerfileInstructions.Heredoc::body)
        .containsExactly("<!doctype html><title>ok</title>\n", "User-agent: *\nDisallow:\n");
  }

  @Test
  void onbuildWrapsAnInstructionWithItsFlagsAndHeredoc() {
    List<ReadInstruction> read = Corpus.read("metadata/onbuild.Dockerfile");

    assertThat(read.stream().map(Corpus::shown)).containsExactly(
        "FROM WORDS [python:3.12-slim]",
        "WORKDIR TEXT [/app]",
        "ONBUILD EMPTY [] -> ARG PAIRS [EXTRA_INDEX]",
        "ONBUILD EMPTY [] -> COPY [--chown=1000:1000] WORDS [requirements.txt, ./]",
        "ONBUILD EMPTY [] -> RUN [--mount=target=/root/.cache/pip,type=cache] SHELL [pip install -r requirements.txt]",
        "ONBUILD EMPTY [] -> RUN SHELL [<<EOF]",
        "ONBUILD EMPTY [] -> COPY WORDS [., .]",
        "CMD EXEC [python, -m, app]");
    assertThat(read.get(5).wrapped().orElseThrow().heredocs().get(0).body()).isEqualTo("python -m compileall -q /app\n");
  }

  @Test
  void healthcheckReadsItsFlagsItsCommandInEitherFormAndNone() {
    assertThat(Corpus.shown("metadata/healthcheck.Dockerfile")).containsExactly(
        "FROM WORDS [python:3.12-slim, AS, service]",
        "HEALTHCHECK [--interval=30s, --retries=3, --start-interval=2s, --start-period=20s, --timeout=5s] TEXT [CMD]"
            + " -> CMD EXEC [python, -c, import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health',"
            + " timeout=3)]",
        "CMD EXEC [python, -m, http.server, 8000]",
        "FROM WORDS [service, AS, worker]",
        "HEALTHCHECK [--retries=5] TEXT [CMD] -> CMD SHELL [pgrep -f worker || exit 1]",
        "FROM WORDS [service, AS, batch]",
        "HEALTHCHECK TEXT [NONE]",
        "CMD EXEC [python, -m, batch]");
  }

  @Test
  void healthcheckDurationsAreLengthsOfTimeInAnyUnit() {
    assertThat(read("FROM alpine\nHEALTHCHECK --interval=1m --timeout=1m30s --start-period=500ms CMD true\n").get(1)
        .flags()).containsExactly("--interval=60s", "--start-period=500ms", "--timeout=90s");
    assertThat(read("FROM alpine\nHEALTHCHECK --interval=soon CMD true\n").get(1).flags())
        .containsExactly("--interval=soon");
  }

  @Test
  void execFormIsAJsonStringArrayAndAnythingElseIsShellForm() {
    assertThat(Corpus.shown("run/exec-form.Dockerfile")).containsExactly(
        "FROM WORDS [busybox:1.36]",
        "RUN EXEC [/bin/sh, -c, echo \"exec form\" > /greeting]",
        "RUN EXEC [mkdir, -p, /data/caf\u00e9]",
        "RUN SHELL [[ -f /greeting ] && cat /greeting]",
        "RUN SHELL [[ \"$(cat /greeting)\" = \"exec form\" ] || exit 1]",
        "RUN SHELL [[\"touch\", \"\"] || true]",
        "ENTRYPOINT EXEC [/bin/sh, -c, exec \"$0\" \"$@\", httpd]",
        "CMD EXEC [-f, -p, 8080]");
    assertThat(Corpus.shown("quoting/json-edge.Dockerfile")).containsExactly(
        "FROM WORDS [alpine:3.20]",
        "RUN EXEC [sh, -c, echo '[not, json]' > /tmp/x]",
        "ENTRYPOINT EXEC []",
        "CMD SHELL [['echo', 'single quotes are not JSON']]");
  }

  @Test
  void everyMountIsAFlagWithItsOptionsSortedAndAliasesResolved() {
    assertThat(Corpus.read("mounts/cache.Dockerfile").get(4).flags()).containsExactly(
        "--mount=from=seed,id=gomod,source=/gomod,target=/go/pkg/mod,type=cache",
        "--mount=id=gobuild,sharing=private,target=/root/.cache/go-build,type=cache",
        "--mount=target=.,type=bind");
    assertThat(Corpus.read("mounts/cache.Dockerfile").get(6).flags()).containsExactly(
        "--mount=readonly=true,target=/go/pkg/mod,type=cache", "--mount=readonly=true,target=/root/.cache/go-build,type=cache");
    assertThat(Corpus.read("mounts/secret.Dockerfile").get(2).flags())
        .containsExactly("--mount=env=GITHUB_TOKEN,id=github_token,required=true,type=secret");
    assertThat(Corpus.read("mounts/ssh.Dockerfile").get(3).flags())
        .containsExactly("--mount=gid=0,id=deploy,mode=0600,required=true,target=/run/ssh-agent.sock,type=ssh,uid=0");
    assertThat(Corpus.read("mounts/tmpfs.Dockerfile").get(2).flags()).containsExactly(
        "--mount=size=64m,target=/root/.npm/_logs,type=tmpfs", "--mount=target=/root/.npm,type=cache",
        "--mount=target=/tmp,type=tmpfs");
    assertThat(Corpus.read("mounts/bind.Dockerfile").get(5).flags()).containsExactly(
        "--mount=readwrite=true,target=/src,type=bind", "--mount=readwrite=true,target=/work,type=bind");
    assertThat(Corpus.read("run/network-security.Dockerfile").get(5).flags()).containsExactly(
        "--mount=target=/var/cache/ci,type=cache", "--network=none", "--security=sandbox");
  }

  @Test
  void copyAndAddFlagsIncludingRepeatedExcludes() {
    assertThat(Corpus.shown("copy/flags.Dockerfile")).contains(
        "COPY [--exclude=**/__snapshots__, --exclude=*.test.js, --parents] WORDS [packages/*/lib, ./]",
        "COPY [--chmod=0644, --chown=${APP_UID}:${APP_GID}] WORDS [config/, ./config/]",
        "COPY EXEC [docs/user guide.pdf, /app/docs/]");
    assertThat(Corpus.shown("copy/add-sources.Dockerfile")).contains(
        "ADD [--keep-git-dir] WORDS [https://github.com/moby/buildkit.git#v0.16.0, /src/buildkit]",
        "ADD [--unpack=true] WORDS [https://example.com/releases/tool-1.0.tar.gz, /opt/tool/]",
        "ADD [--chmod=0640, --chown=1000:1000, --exclude=*.bak, --link] WORDS [conf/, /etc/app/]");
  }

  @Test
  void argsBeforeFromAndPerStage() {
    assertThat(Corpus.shown("variables/arg-before-from.Dockerfile")).startsWith(
        "ARG PAIRS [PYTHON_VERSION=3.12]",
        "ARG PAIRS [DEBIAN_SUITE=bookworm]",
        "ARG PAIRS [REGISTRY=docker.io, BASE_IMAGE=library/python]",
        "ARG PAIRS [BUILD_DATE]",
        "FROM WORDS [${REGISTRY}/${BASE_IMAGE}:${PYTHON_VERSION}-slim-${DEBIAN_SUITE}, AS, builder]",
        "ARG PAIRS [PYTHON_VERSION]",
        "ARG PAIRS [PIP_VERSION=24.2]");
  }

  @Test
  void envInBothFormsAfterUnquoting() {
    assertThat(Corpus.shown("variables/env-forms.Dockerfile")).containsExactly(
        "FROM WORDS [eclipse-temurin:21-jre]",
        "ENV PAIRS [APP_HOME=/opt/app, APP_USER=app]",
        "ENV PAIRS [JAVA_OPTS=-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError, GREETING=hello world, EMPTY=]",
        "ENV PAIRS [PATH=/opt/app/bin:$PATH]",
        "ENV PAIRS [ONE=TWO= THREE=world]",
        "ENV PAIRS [LOG_LEVEL=${LOG_LEVEL:-info}, DEBUG_FLAGS=${DEBUG:+-Ddebug=true}]",
        "WORKDIR TEXT [$APP_HOME]",
        "CMD SHELL [java $JAVA_OPTS $DEBUG_FLAGS -jar app.jar]");
    assertThat(Corpus.shown("quoting/env-unquote.Dockerfile")).contains(
        "ENV PAIRS [A=literal \\$HOME, B=double \"quoted\" \\$HOME, C=one two, D=\\$HOME, E=mixedquotesplain,"
            + " F=${CHANNEL:-${FALLBACK:-beta}}]",
        "LABEL PAIRS [com.example.key with space=value with space]");
  }

  @Test
  void labelsInBothFormsAndMaintainer() {
    assertThat(Corpus.shown("labels/labels.Dockerfile")).containsExactly(
        "FROM WORDS [alpine:3.20]",
        "ARG PAIRS [VERSION=1.4.2]",
        "MAINTAINER TEXT [Jane Doe <jane@example.com>]",
        "LABEL PAIRS [org.opencontainers.image.title=Example tool, org.opencontainers.image.version=$VERSION]",
        "LABEL PAIRS [com.example.vendor=ACME Inc., com.example.description=says \"hello\","
            + " com.example.multi=single quoted, \\$NOT expanded]",
        "LABEL PAIRS [com.example.legacy=legacy form value]",
        "CMD EXEC [true]");
  }

  @Test
  void dynamicStageNamesAndFromPlatform() {
    assertThat(Corpus.shown("variables/dynamic-stage.Dockerfile")).contains(
        "FROM [--platform=$BUILDPLATFORM] WORDS [golang:1.23, AS, build]",
        "FROM WORDS [base-${VARIANT}, AS, final]");
  }

  @Test
  void exposeVolumeAndStopsignal() {
    assertThat(Corpus.shown("metadata/expose-volume.Dockerfile")).containsExactly(
        "FROM WORDS [postgres:16-bookworm]",
        "ARG PAIRS [METRICS_PORT=9187]",
        "EXPOSE WORDS [5432]",
        "EXPOSE WORDS [5432/tcp, 5433/udp]",
        "EXPOSE WORDS [7000-7010/tcp]",
        "EXPOSE WORDS [${METRICS_PORT}]",
        "VOLUME EXEC [/var/lib/postgresql/data]",
        "VOLUME WORDS [/var/log/postgresql, /var/run/postgresql]",
        "STOPSIGNAL TEXT [SIGINT]",
        "STOPSIGNAL TEXT [15]");
  }

  @Test
  void userInEveryForm() {
    assertThat(Corpus.read("users/root-user-root-user.Dockerfile").stream()
        .filter(r -> r.keyword().equals("USER")).map(r -> r.values().get(0)))
        .containsExactly("root", "app", "0", "app:app", "root", "10001", "10001:10001", "$RUNTIME_USER",
            "${UID}:${GID}");
  }
}
