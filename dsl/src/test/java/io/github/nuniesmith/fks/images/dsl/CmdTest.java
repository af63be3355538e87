package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CmdTest {
  @Test
  void keepsArgumentsInOrderIncludingEmptyOnes() {
    assertThat(new Cmd(List.of("python", "-m", "app", "")).command())
        .isEqualTo(new ContainerCommand.Exec(List.of("python", "-m", "app", "")));
  }

  @Test
  void rejectsEmptyCommand() {
    assertThatThrownBy(() -> new Cmd(List.of()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("cmd is empty: give at least one");
  }

  @Test
  void rejectsUnicodeLineSeparator() {
    assertThatThrownBy(() -> new Cmd(List.of("python", "a\u2028b")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("cmd argument 'a\\u2028b' contains a control character (newline, tab, ...): remove it");
  }

  @Test
  void rejectsBlankProgram() {
    assertThatThrownBy(() -> new Cmd(List.of(" ", "-m")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("cmd program is empty: give a value");
  }

  @Test
  void rejectsNewlineInArgument() {
    assertThatThrownBy(() -> new Cmd(List.of("python", "-c", "import os\nos.system('id')")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("cmd argument 'import os\\nos.system('id')' contains a control character (newline, tab, ...):"
            + " remove it");
  }

  @Test
  void rejectsNullArgumentAsDefinitionError() {
    assertThatThrownBy(() -> new Cmd(Arrays.asList("python", null)))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("cmd contains null: remove it");
  }

  @Test
  void shellFormKeepsTheLine() {
    Stage stage = Stage.builder("runtime").from("python:3.12-slim").cmdShell("exec python -m app \"$PORT\"").build();

    assertThat(stage.steps()).containsExactly(new Cmd(new ContainerCommand.Shell("exec python -m app \"$PORT\"")));
  }

  @Test
  void rejectsShellFormThatDockerWouldReadAsExecForm() {
    assertThatThrownBy(() -> Stage.builder("runtime").from("python:3.12-slim").cmdShell("[\"python\"]"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime / cmd: command '[\"python\"]' starts with [, which Docker reads as exec form:"
            + " use exec form, or start with the program");
  }

  @Test
  void aStageMayHaveSeveralCmdsAsDockerAllowsLintReportsThem() {
    Stage stage = Stage.builder("runtime").from("python:3.12-slim").cmd("a").cmd("b").build();

    assertThat(stage.steps()).hasSize(2);
  }

  @Test
  void noneIsTheEmptyExecFormThatResetsTheBaseImages() {
    assertThat(Cmd.none().command()).isEqualTo(ContainerCommand.none());
    assertThat(Stage.builder("run").from("python:3.12").cmdNone().build().steps()).containsExactly(Cmd.none());
  }
}
