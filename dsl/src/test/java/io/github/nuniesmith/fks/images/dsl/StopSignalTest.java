package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StopSignalTest {
  @Test
  void takesNamesNumbersAndVariables() {
    for (String signal : List.of("SIGTERM", "SIGRTMIN+3", "9", "${STOP}")) {
      assertThat(new StopSignal(signal).signal()).isEqualTo(signal);
    }
  }

  @Test
  void namesImageStageAndStepOfABadSignal() {
    assertThatThrownBy(() -> Image.builder("demo", "Dockerfile", StopSignalTest.class)
            .stage("run", s -> s.from("python:3.12").stopSignal("TERM now")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage run / stop signal: stop signal 'TERM now' is invalid: write a name such as"
            + " SIGTERM or SIGRTMIN+3, a number such as 15, or a variable such as ${STOP}");
  }
}
