package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntrypointTest {
  @Test
  void keepsProgramAndArguments() {
    assertThat(new Entrypoint(List.of("tini", "--")).command()).isEqualTo(ContainerCommand.exec("tini", "--"));
  }

  @Test
  void rejectsEmptyEntrypoint() {
    assertThatThrownBy(() -> new Entrypoint(List.of()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("entrypoint is empty: give at least one");
  }

  @Test
  void rejectsTabInArgument() {
    assertThatThrownBy(() -> new Entrypoint(List.of("tini", "--\t")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("entrypoint argument '--\\t' contains a control character (newline, tab, ...): remove it");
  }

  @Test
  void rejectsControlCharacterInProgram() {
    assertThatThrownBy(() -> new Entrypoint(List.of("ti\rni")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("entrypoint program 'ti\\rni' contains a control character (newline, tab, ...): remove it");
  }

  @Test
  void shellFormKeepsTheLine() {
    Stage stage = Stage.builder("runtime").from("python:3.12-slim").entrypointShell("exec tini -- app").build();

    assertThat(stage.steps()).containsExactly(new Entrypoint(ContainerCommand.shell("exec tini -- app")));
  }

  @Test
  void noneIsTheEmptyExecFormThatResetsTheBaseImages() {
    assertThat(Entrypoint.none().command()).isEqualTo(ContainerCommand.none());
    assertThat(Stage.builder("run").from("python:3.12").entrypointNone().build().steps()).containsExactly(Entrypoint.none());
  }
}
