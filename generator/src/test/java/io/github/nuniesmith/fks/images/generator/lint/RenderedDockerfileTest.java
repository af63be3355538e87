package io.github.nuniesmith.fks.images.generator.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderedDockerfileTest {
  private static final RenderedDockerfile DOCKERFILE = RenderedDockerfile.parse(String.join("\n",
      "# syntax=docker/dockerfile:1.7",
      "FROM debian AS base",
      "# Raw shell step: fetch tools",
      "RUN curl -fsSL https://example.org \\",
      "# not part of the command",
      "    |   sh",
      "FROM base AS final",
      "",
      "COPY a b",
      ""));

  @Test
  void givesEachInstructionItsStageLineAndTheCommentAboveIt() {
    assertThat(DOCKERFILE.syntaxMinor()).isEqualTo(Optional.of(7));
    assertThat(DOCKERFILE.instructions()).containsExactly(
        new RenderedDockerfile.Line(2, "base", "FROM", "debian AS base", "syntax=docker/dockerfile:1.7"),
        new RenderedDockerfile.Line(4, "base", "RUN", "curl -fsSL https://example.org | sh",
            "Raw shell step: fetch tools"),
        new RenderedDockerfile.Line(7, "final", "FROM", "base AS final", ""),
        new RenderedDockerfile.Line(9, "final", "COPY", "a b", ""));
    assertThat(DOCKERFILE.instructions().get(1).origin()).isEqualTo("shell step 'fetch tools'");
  }

  @Test
  void findsStagesAndTheirFromLines() {
    assertThat(DOCKERFILE.byStage().keySet()).containsExactly("base", "final");
    assertThat(DOCKERFILE.fromLine("final")).isEqualTo(7);
    assertThat(DOCKERFILE.fromLine("missing")).isEqualTo(1);
    assertThat(DOCKERFILE.byStage().get("final")).extracting(RenderedDockerfile.Line::keyword).containsExactly("FROM", "COPY");
  }

  @Test
  void joinsRunsOfBlanksAndDropsThoseNextToANewline() {
    assertThat(RenderedDockerfile.blanksJoined("a  b\tc \u000B\f\rd")).isEqualTo("a b c d");
    assertThat(RenderedDockerfile.blanksJoined("cat <<EOF \n  x \nEOF")).isEqualTo("cat <<EOF\nx\nEOF");
    assertThat(RenderedDockerfile.blanksJoined(" a b ")).isEqualTo(" a b ");
    String single = "apt-get install -y curl";
    assertThat(RenderedDockerfile.blanksJoined(single)).isSameAs(single);
  }
}
