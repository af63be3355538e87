package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortTest {
  @Test
  void writesNumberAndProtocol() {
    assertThat(Port.tcp(1)).hasToString("1/tcp");
    assertThat(Port.udp(65535)).hasToString("65535/udp");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 65536})
  void rejectsNumberOutOfRange(int number) {
    assertThatThrownBy(() -> Port.tcp(number))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("port " + number + " is out of range: use 1 to 65535 [FKS028]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sctp", "TCP", ""})
  void rejectsProtocolOtherThanLowercaseTcpOrUdp(String protocol) {
    assertThatThrownBy(() -> new Port(80, protocol))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("protocol '" + protocol + "' is invalid: use tcp or udp (lowercase)");
  }
}
