package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ENV and LABEL in the order a ported Dockerfile writes them. */
class InOrderTest {
  @Test
  void envAndLabelsKeepTheOrderGiven() {
    assertThat(List.copyOf(Env.inOrder("B", "2", "A", "1").variables().keySet())).containsExactly("B", "A");
    assertThat(List.copyOf(Labels.inOrder("vendor", "x", "name", "y").labels().keySet()))
        .containsExactly("vendor", "name");
    assertThat(List.copyOf(new Env(Map.of("B", "2", "A", "1")).variables().keySet())).containsExactly("A", "B");
  }

  @Test
  void refusesAnOddCountAndANameGivenTwice() {
    assertThatThrownBy(() -> Env.inOrder("A", "1", "B"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("env takes names and values in pairs, not 3 strings");
    assertThatThrownBy(() -> Labels.inOrder("a", "1", "a", "2"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("labels gives 'a' twice: give each once");
  }
}
