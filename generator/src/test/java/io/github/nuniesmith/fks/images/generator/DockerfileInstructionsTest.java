package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileInstructionsTest {
  private static final String DOCKERFILE = String.join("\n",
      "# syntax=docker/dockerfile:1.7",
      "from debian AS base",
      "",
      "RUN apt-get update \\",
      "# a comment Docker drops from the command",
      "",
      "    && apt-get install -y curl",
      "ENV A=1",
      "");

  @Test
  void joinsContinuationsAndSkipsCommentAndEmptyLinesInsideThem() {
    List<DockerfileInstructions.Instruction> read = DockerfileInstructions.read(DOCKERFILE);

    assertThat(read).extracting(DockerfileInstructions.Instruction::keyword).containsExactly("FROM", "RUN", "ENV");
    assertThat(read).extracting(DockerfileInstructions.Instruction::line).containsExactly(2, 4, 8);
    assertThat(read.get(1).arguments()).isEqualTo("apt-get update     && apt-get install -y curl");
  }

  @Test
  void lineAtNamesThePhysicalLineOfAnOffset() {
    DockerfileInstructions.Instruction run = DockerfileInstructions.read(DOCKERFILE).get(1);

    assertThat(run.lineAt(0)).isEqualTo(4);
    assertThat(run.lineAt(run.arguments().indexOf("&&"))).isEqualTo(7);
  }

  @Test
  void theEscapeDirectiveNamesTheContinuationCharacter() {
    List<DockerfileInstructions.Instruction> read = DockerfileInstructions.read(String.join("\n",
        "# syntax=docker/dockerfile:1.2",
        "# escape=`",
        "FROM mcr.microsoft.com/windows/servercore:ltsc2022",
        "RUN dir C:\\ `",
        "    && echo done",
        "COPY a b \\",
        ""));

    assertThat(read).extracting(DockerfileInstructions.Instruction::keyword).containsExactly("FROM", "RUN", "COPY");
    assertThat(read.get(1).arguments()).isEqualTo("dir C:\\     && echo done");
  }

  @Test
  void anEscapeAfterTheDirectivesIsAComment() {
    List<DockerfileInstructions.Instruction> read = DockerfileInstructions.read(String.join("\n",
        "FROM debian", "# escape=`", "RUN a `", "RUN b \\", "    c", ""));

    assertThat(read).extracting(DockerfileInstructions.Instruction::arguments).containsExactly("debian", "a `", "b     c");
  }
}
