package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChecksTest {
  @Test
  void quoteShowsControlCharacters() {
    assertThat(Checks.quote("a\nb\tc\rd\u0000e")).isEqualTo("'a\\nb\\tc\\rd\\u0000e'");
  }

  @Test
  void textRejectsLineSeparators() {
    assertThatThrownBy(() -> Checks.text("a\u2028b", "label"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("label 'a\\u2028b' contains a control character (newline, tab, ...): remove it");
  }

  @Test
  void withinPrefixesPathOnlyToDefinitionErrors() {
    assertThatThrownBy(() -> Checks.within("tier cpu", () -> Checks.check(false, "is %s", "wrong")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu: is wrong");
    assertThatThrownBy(() -> Checks.within("tier cpu", () -> {
      throw new IllegalStateException("bug");
    }))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("bug");
  }

  @Test
  void nonEmptyRejectsNullElementsAsDefinitionError() {
    assertThatThrownBy(() -> Checks.nonEmpty(Arrays.asList("a", null), "sources"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("sources contains null: remove it");
  }
}
