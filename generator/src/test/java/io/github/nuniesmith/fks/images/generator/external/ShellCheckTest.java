package io.github.nuniesmith.fks.images.generator.external;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ShellStep;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.Generator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellCheckTest {
  private static final String QUOTE = "Double quote to prevent globbing and word splitting.";

  @Test
  void scriptHasTheStageShellTheDeclaredNamesAndTheJoinedBodyWithoutFlags() {
    List<ShellCheck.Script> scripts = ShellCheck.scripts("""
        # syntax=docker/dockerfile:1.2
        ARG GLOBAL=1
        FROM python:3.12-slim AS builder
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        ARG VERSION=1.0 OTHER
        ENV B_PATH="/opt/b" \\
            A_HOME="/opt/a x=1"
        RUN --mount=type=cache,id=pip,target=/root/.cache/pip \\
            --mount=type=secret,id=token \\
            echo one \\
        # a comment inside the instruction is dropped
         && echo two
        RUN ["echo", "exec form is not a shell script"]
        FROM builder AS runtime
        RUN echo again
        """);

    assertThat(scripts).extracting(ShellCheck.Script::text).containsExactly("""
        #!/bin/bash
        export A_HOME=1
        export B_PATH=1
        export OTHER=1
        export VERSION=1
        export x=1
        echo one  && echo two
        """, """
        #!/bin/sh
        echo again
        """);
    assertThat(scripts.get(0).run().line()).isEqualTo(8);
    assertThat(scripts.get(0).run().lineAt(scripts.get(0).bodyOffset())).isEqualTo(10);
  }

  @Test
  void findingPointsAtThePhysicalLineOfTheContinuation() {
    List<ToolFinding> findings = shellCheck().check("Dockerfile", """
        FROM python:3.12-slim AS app
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        ARG version
        RUN --mount=type=cache,id=apt,target=/var/cache/apt \\
            echo ok \\
         && echo "$version" \\
         && ls $folder
        """);

    // The declared ARG is known (no SC2154); the other one is not, and is unquoted.
    assertThat(findings).containsExactly(
        new ToolFinding("Dockerfile", 7, "SC2154", ToolFinding.Level.WARNING, "folder is referenced but not assigned."),
        new ToolFinding("Dockerfile", 7, "SC2086", ToolFinding.Level.INFO, QUOTE));
  }

  @Test
  void withoutShellInstructionTheScriptIsPosixSh() {
    List<ToolFinding> findings = shellCheck().check("Dockerfile", """
        FROM debian:bookworm AS app
        RUN set -o pipefail && true
        """);

    assertThat(findings).containsExactly(new ToolFinding("Dockerfile", 2, "SC3040", ToolFinding.Level.WARNING,
        "In POSIX sh, set option pipefail is undefined."));
  }

  @Test
  void catchesAnUnquotedVariableOfAGeneratedShellStepOnItsLine() {
    Image image = Image.builder("example", "services/example/Dockerfile", ShellCheckTest.class)
        .stage("app", s -> s.from("python:3.12-slim-trixie")
            .workdir("/app")
            .step(new ShellStep("no typed step lists a folder", "ls -l $DATA_DIR", List.of())))
        .build();
    GeneratedFile file = new Generator("src/main/java", "./mvnw -Pgenerate").render(image);
    int line = file.content().lines().toList().indexOf("RUN ls -l $DATA_DIR") + 1;

    List<ToolFinding> findings = shellCheck().check(file.path(), file.content());

    assertThat(line).isEqualTo(10);
    assertThat(findings).containsExactly(new ToolFinding("services/example/Dockerfile", line, "SC2086", ToolFinding.Level.INFO, QUOTE));
  }

  @Test
  void aCleanDockerfileHasNoFindings() {
    assertThat(shellCheck().check("Dockerfile", """
        FROM python:3.12-slim AS app
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN python -m pip install 'langchain>=0.3.0' \\
         && python -m pip check
        """)).isEmpty();
  }

  @Test
  void aRunOfOneHeredocIsCheckedAsItsBodyWithItsOwnShebangOrTheStageShell() {
    List<ShellCheck.Script> scripts = ShellCheck.scripts("""
        FROM debian:bookworm AS app
        ARG NAME
        RUN <<EOF
        echo $NAME
        EOF
        RUN <<-'EOF'
        \t#!/usr/bin/env bash
        \techo bash
        \tEOF
        RUN <<EOF
        #!/usr/bin/env python3
        print("not shell")
        EOF
        """);

    assertThat(scripts).extracting(ShellCheck.Script::text).containsExactly("""
        #!/bin/sh
        export NAME=1
        echo $NAME
        """, """
        #!/usr/bin/env bash
        export NAME=1
        echo bash
        """);
  }

  @Test
  void findingsInHeredocsPointAtTheirDockerfileLines() {
    List<ToolFinding> findings = shellCheck().check("Dockerfile", """
        FROM debian:bookworm AS app
        RUN <<EOF
        true
        ls $one
        EOF
        RUN --mount=type=cache,target=/c cat <<EOF && ls $two
        text
        EOF
        RUN <<EOF
        #!/bin/bash
        ls $three
        EOF
        """);

    assertThat(findings).filteredOn(f -> f.code().equals("SC2154")).extracting(ToolFinding::line)
        .containsExactlyInAnyOrder(4, 6, 11);
  }

  private static ShellCheck shellCheck() {
    return RequiredTool.HERE.require(ShellCheck.onPath(), ShellCheck.absence());
  }
}
