package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExposeTest {
  @Test
  void takesPortsRangesProtocolsAndVariables() {
    assertThat(new Expose(List.of("8080", "8080/udp", "8000-8010/tcp", "${PORT}", "$P/sctp")).ports())
        .containsExactly("8080", "8080/udp", "8000-8010/tcp", "${PORT}", "$P/sctp");
    assertThat(new Expose(Port.udp(53)).ports()).containsExactly("53/udp");
    assertThat(new Expose(List.of("${PORT}")).firstNumber()).isEmpty();
    assertThat(new Expose(List.of("8000-8010")).firstNumber()).hasValue(8000);
  }

  @Test
  void namesImageStageAndStepOfABadPort() {
    assertThatThrownBy(() -> Image.builder("demo", "Dockerfile", ExposeTest.class)
            .stage("run", s -> s.from("python:3.12").expose("8080/http")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage run / expose: expose port '8080/http' is invalid: write a port such as 8080,"
            + " a range such as 8000-8010 or a variable such as ${PORT}, optionally with /tcp, /udp or /sctp");
  }

  @Test
  void rejectsPortsOutOfRangeAndReversedRanges() {
    assertThatThrownBy(() -> Stage.builder("run").expose("70000"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage run / expose: expose port '70000' is out of range: use 1 to 65535 [FKS028]");
    assertThatThrownBy(() -> Stage.builder("run").expose("9000-8000"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage run / expose: expose port range '9000-8000' ends below its start: write the lower port"
            + " first [FKS028]");
    assertThatThrownBy(() -> Stage.builder("run").expose())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage run / expose: expose is empty: give at least one");
  }
}
