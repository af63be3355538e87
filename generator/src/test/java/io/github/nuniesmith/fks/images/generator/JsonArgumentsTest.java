package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArgumentsTest {
  @Test
  void readsAJsonArrayOfStrings() {
    assertThat(JsonArguments.read(" [\"a\", \"b \\\"c\\\"\", \"\\u00e9\"] ")).contains(List.of("a", "b \"c\"", "\u00e9"));
    assertThat(JsonArguments.read("[]")).contains(List.of());
  }

  @Test
  void anythingElseIsShellForm() {
    assertThat(JsonArguments.read("[ -f x ]")).isEmpty();
    assertThat(JsonArguments.read("['a']")).isEmpty();
    assertThat(JsonArguments.read("[\"a\"] && b")).isEmpty();
    assertThat(JsonArguments.read("echo [\"a\"]")).isEmpty();
  }

  @Test
  void refusesAJsonArrayWithAnElementThatIsNotAString() {
    assertThatThrownBy(() -> JsonArguments.read("[\"a\", 1]"))
        .hasMessage("the JSON array [\"a\", 1] holds 1, which is not a string: Docker refuses it; quote it");
  }
}
