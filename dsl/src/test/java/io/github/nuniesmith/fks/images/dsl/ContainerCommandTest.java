package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContainerCommandTest {
  @Test
  void execAndShellForms() {
    assertThat(ContainerCommand.exec("python", "-m", "app")).isEqualTo(new ContainerCommand.Exec(List.of("python", "-m", "app")));
    assertThat(ContainerCommand.shell("exec app")).isEqualTo(new ContainerCommand.Shell("exec app"));
  }

  @Test
  void namesImageStageAndStepOfABadCommand() {
    assertThatThrownBy(() -> Image.builder("demo", "Dockerfile", ContainerCommandTest.class)
            .stage("run", s -> s.from("python:3.12").cmdShell("curl -f http://x/\nid")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage run / cmd: command 'curl -f http://x/\\nid' contains a control character (newline, tab, ...): remove it");
    assertThatThrownBy(() -> Image.builder("demo", "Dockerfile", ContainerCommandTest.class)
            .stage("run", s -> s.from("python:3.12").entrypointShell(" [\"app\"]")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage run / entrypoint: command ' [\"app\"]' starts with [, which Docker reads as"
            + " exec form: use exec form, or start with the program");
    assertThatThrownBy(() -> ContainerCommand.exec())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("command is empty: give at least one");
  }

  @Test
  void noneIsTheEmptyExecFormAndAShellLineThatCannotBeJsonMayStartWithABracket() {
    assertThat(ContainerCommand.none()).isEqualTo(new ContainerCommand.Exec(java.util.List.of()));
    assertThat(ContainerCommand.shell("['echo', 'single quotes are not JSON']"))
        .isEqualTo(new ContainerCommand.Shell("['echo', 'single quotes are not JSON']"));
    assertThatThrownBy(() -> ContainerCommand.shell("[1, 2]"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("command '[1, 2]' starts with [, which Docker reads as exec form: use exec form, or start with the"
            + " program");
    assertThatThrownBy(() -> ContainerCommand.shell(" [ ]"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("command ' [ ]' starts with [, which Docker reads as exec form: use exec form, or start with the"
            + " program");
  }
}
