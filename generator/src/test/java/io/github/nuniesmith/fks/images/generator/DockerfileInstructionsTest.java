package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void readsHeredocBodiesAsPartOfTheirInstruction() {
    List<DockerfileInstructions.Instruction> read = DockerfileInstructions.read(String.join("\n",
        "FROM debian AS base",
        "RUN --mount=type=tmpfs,target=/tmp \\",
        "    cat > /a <<A && cat > /b <<-\"B\"",
        "COPY x y",
        "A",
        "\tRUN id",
        "\tB",
        "",
        "RUN grep -q x <<< \"$V\"",
        "ENV A=1"));

    assertThat(read).extracting(DockerfileInstructions.Instruction::keyword)
        .containsExactly("FROM", "RUN", "RUN", "ENV");
    assertThat(read.get(1).arguments()).endsWith("cat > /a <<A && cat > /b <<-\"B\"");
    assertThat(read.get(1).heredocs()).extracting(DockerfileInstructions.Heredoc::body)
        .containsExactly("COPY x y\n", "RUN id\n");
    assertThat(read.get(1).heredocs().get(1).line()).isEqualTo(6);
  }

  @Test
  void lineAtNamesThePhysicalLineOfAnOffset() {
    DockerfileInstructions.Instruction run = DockerfileInstructions.read(DOCKERFILE).get(1);

    assertThat(run.lineAt(0)).isEqualTo(4);
    assertThat(run.lineAt(run.arguments().indexOf("&&"))).isEqualTo(7);
  }

  @Test
  void readsDirectivesOnlyAtTheTopAndUsesTheBacktickEscape() {
    DockerfileInstructions.Parsed parsed = DockerfileInstructions.parse(String.join("\n",
        "# Escape=`", "# syntax=docker/dockerfile:1", "# check=skip=JSONArgsRecommended", "# a comment",
        "FROM scratch", "COPY a `", "    C:\\b\\", ""));

    assertThat(parsed.escape()).isEqualTo('`');
    assertThat(parsed.directives()).containsOnlyKeys("escape", "syntax", "check");
    assertThat(parsed.directives().get("check")).isEqualTo("skip=JSONArgsRecommended");
    assertThat(parsed.instructions().get(1).arguments()).isEqualTo("a     C:\\b\\");
  }

  @Test
  void aCommentOrBlankLineEndsTheDirectives() {
    DockerfileInstructions.Parsed parsed = DockerfileInstructions.parse(
        "# unknown=1\n# escape=`\nFROM scratch\n");

    assertThat(parsed.directives()).isEmpty();
    assertThat(parsed.escape()).isEqualTo('\\');
  }

  @Test
  void refusesADirectiveGivenTwiceAndAnUnknownEscape() {
    assertThatThrownBy(() -> DockerfileInstructions.parse("# syntax=a\n# SYNTAX=b\nFROM scratch\n"))
        .hasMessage("line 2: the parser directive syntax is given twice: keep one");
    assertThatThrownBy(() -> DockerfileInstructions.parse("# escape=x\nFROM scratch\n"))
        .hasMessage("the parser directive escape is 'x': use \\ or a backtick");
  }

  @Test
  void keepsHeredocBodiesWithTheirInstructionNotAsInstructions() {
    List<DockerfileInstructions.Instruction> read = DockerfileInstructions.read(String.join("\n",
        "FROM debian",
        "RUN <<EOF bash && cat <<-'END'",
        "# not a comment: part of the script",
        "FROM is text here",
        "EOF",
        "\tliteral $HOME",
        "\tEND",
        "COPY <<\"conf\" /etc/x.conf",
        "a=1",
        "conf",
        "RUN echo '<<NOT' <<<here",
        ""));

    assertThat(read).extracting(DockerfileInstructions.Instruction::keyword).containsExactly("FROM", "RUN", "COPY", "RUN");
    DockerfileInstructions.Instruction run = read.get(1);
    assertThat(run.heredocs()).extracting(DockerfileInstructions.Heredoc::delimiter).containsExactly("EOF", "END");
    assertThat(run.heredocs().get(0).body()).isEqualTo("# not a comment: part of the script\nFROM is text here\n");
    assertThat(run.heredocs().get(0).expands()).isTrue();
    assertThat(run.heredocs().get(0).line()).isEqualTo(3);
    assertThat(run.heredocs().get(1).body()).isEqualTo("literal $HOME\n");
    assertThat(run.heredocs().get(1).expands()).isFalse();
    assertThat(read.get(2).heredocs().get(0).body()).isEqualTo("a=1\n");
    assertThat(read.get(2).line()).isEqualTo(8);
    assertThat(read.get(3).heredocs()).isEmpty();
  }

  @Test
  void refusesAHeredocThatIsNeverClosed() {
    assertThatThrownBy(() -> DockerfileInstructions.read("FROM debian\nRUN <<EOF\necho hi\n"))
        .hasMessage("line 2: the heredoc <<EOF is never closed: end it with a line that is exactly EOF");
  }

  @Test
  void refusesALineContinuationThatNoInstructionFollows() {
    assertThatThrownBy(() -> DockerfileInstructions.read("FROM debian\n\\\n# only a comment\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 2: a line continuation with no instruction after it: remove the escape character or write"
            + " the instruction");
  }

  @Test
  void readsCrlfLineEndsAndALeadingByteOrderMarkAsBuildKitDoes() {
    DockerfileInstructions.Parsed parsed = DockerfileInstructions.parse(
        "\uFEFF# escape=`\r\nFROM scratch\r\nRUN a `\r\n  b\r\nCOPY <<EOF /x\r\nbody\r\nEOF\r\n");

    assertThat(parsed.escape()).isEqualTo('`');
    assertThat(parsed.instructions()).extracting(DockerfileInstructions.Instruction::arguments)
        .containsExactly("scratch", "a   b", "<<EOF /x");
    assertThat(parsed.instructions().get(2).heredocs().get(0).body()).isEqualTo("body\n");
  }

  @Test
  void splitsTheKeywordOffTheJoinedLineSoLeadingBlanksAndAKeywordAloneOnItsLineAreRead() {
    List<DockerfileInstructions.Instruction> read = DockerfileInstructions.read(String.join("\n",
        "   from\tdebian  ", "\tRUN\\", "    apt-get update", ""));

    assertThat(read).extracting(DockerfileInstructions.Instruction::keyword).containsExactly("FROM", "RUN");
    assertThat(read).extracting(DockerfileInstructions.Instruction::arguments).containsExactly("debian",
        "apt-get update");
    assertThat(read.get(1).lineAt(0)).isEqualTo(3);
  }

  @Test
  void readsAHeredocOpenedAfterALineContinuationAndUnderOnbuild() {
    List<DockerfileInstructions.Instruction> read = DockerfileInstructions.read(String.join("\n",
        "FROM debian",
        "RUN --mount=type=cache,target=/var/cache/apt \\",
        "    <<EOF",
        "apt-get update",
        "EOF",
        "ONBUILD RUN <<-END",
        "\techo built",
        "\tEND",
        ""));

    assertThat(read).extracting(DockerfileInstructions.Instruction::keyword).containsExactly("FROM", "RUN", "ONBUILD");
    assertThat(read.get(1).heredocs().get(0).body()).isEqualTo("apt-get update\n");
    assertThat(read.get(2).heredocs().get(0).body()).isEqualTo("echo built\n");
  }

  @Test
  void aBackslashEscapedQuoteKeepsAHeredocMarkerInsideItsQuotes() {
    List<DockerfileInstructions.Instruction> read = DockerfileInstructions.read(
        "FROM debian\nRUN echo \"a \\\" <<EOF\"\nCMD x\n");

    assertThat(read).extracting(DockerfileInstructions.Instruction::keyword).containsExactly("FROM", "RUN", "CMD");
    assertThat(read.get(1).heredocs()).isEmpty();
  }

  @Test
  void readsADirectiveIndentedLikeBuildKit() {
    assertThat(DockerfileInstructions.parse("  # escape=`\nFROM scratch\n").escape()).isEqualTo('`');
  }

  @Test
  void anEscapedEscapeAtTheEndOfALineEndsTheInstruction() {
    List<DockerfileInstructions.Instruction> read = DockerfileInstructions.read(String.join("\n",
        "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022",
        "COPY a \\",
        "\tC:\\\\Windows\\\\",
        "",
        "ENV B=2",
        "RUN echo \\\\ \\",
        "  done",
        ""));

    assertThat(read).extracting(DockerfileInstructions.Instruction::keyword)
        .containsExactly("FROM", "COPY", "ENV", "RUN");
    assertThat(read.get(1).arguments()).isEqualTo("a \tC:\\\\Windows\\\\");
    assertThat(read.get(3).arguments()).isEqualTo("echo \\\\   done");
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
