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
  void keepsHeredocBodiesWithTheirInstruction() {
    List<DockerfileInstructions.Instruction> read = DockerfileInstructions.read(String.join("\n",
        "FROM debian AS base",
        "COPY --chmod=0755 <<\"EOF\" /usr/local/bin/start",
        "#!/bin/sh",
        "RUN this is text, not an instruction",
        "EOF",
        "RUN <<-END",
        "\techo tabbed",
        "\tEND",
        "ENV A=1",
        ""));

    assertThat(read).extracting(DockerfileInstructions.Instruction::keyword).containsExactly("FROM", "COPY", "RUN", "ENV");
    assertThat(read.get(1).arguments())
        .isEqualTo("--chmod=0755 <<\"EOF\" /usr/local/bin/start\n#!/bin/sh\nRUN this is text, not an instruction");
    assertThat(read.get(1).lineAt(read.get(1).arguments().indexOf("RUN this"))).isEqualTo(4);
    assertThat(read.get(2).arguments()).isEqualTo("<<-END\n\techo tabbed");
    assertThat(read.get(3).line()).isEqualTo(9);
  }
}
