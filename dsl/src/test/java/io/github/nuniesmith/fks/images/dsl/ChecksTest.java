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
  void textRejectsInvisibleFormatCharacters() {
    assertThatThrownBy(() -> Checks.text("echo ok\u202e;rm -rf /", "shell command"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("shell command 'echo ok\\u202e;rm -rf /' contains the invisible format character U+202E,"
            + " so what a reviewer reads is not what runs: remove it");
    for (String hidden : new String[] {"\u200b", "\u200f", "\u2066", "\u2069", "\ufeff", "\u00ad",
        new String(Character.toChars(0xE0041))}) {
      assertThatThrownBy(() -> Checks.text("a" + hidden + "b", "label")).isInstanceOf(DefinitionException.class)
          .hasMessageContaining("contains the invisible format character U+" + String.format("%04X",
              hidden.codePointAt(0)));
    }
    assertThat(Checks.text("caf\u00e9 \u4e2d\u6587 \ud83d\ude00", "label")).isEqualTo("caf\u00e9 \u4e2d\u6587 \ud83d\ude00");
  }

  @Test
  void quoteShowsInvisibleFormatCharacters() {
    assertThat(Checks.quote("a\u200bb" + new String(Character.toChars(0xE0041))))
        .isEqualTo("'a\\u200bb\\U000e0041'");
  }

  @Test
  void everyKindOfTextFieldRefusesInvisibleCharacters() {
    String bidi = "ok\u2067x";
    assertThatThrownBy(() -> Stage.builder("run").env("MODE", bidi)).isInstanceOf(DefinitionException.class)
        .hasMessageContaining("U+2067");
    assertThatThrownBy(() -> Stage.builder("run").cmd("python", bidi)).isInstanceOf(DefinitionException.class)
        .hasMessageContaining("U+2067");
    assertThatThrownBy(() -> Stage.builder("run").labels(java.util.Map.of("org.example.note", bidi)))
        .isInstanceOf(DefinitionException.class).hasMessageContaining("U+2067");
    assertThatThrownBy(() -> new ShellStep(bidi, "true", java.util.List.of()))
        .isInstanceOf(DefinitionException.class).hasMessageContaining("U+2067");
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

  @Test
  void withoutRefusesEachGivenCharacterAsMatchesWordsIt() {
    assertThat(Checks.without("org.example.team", "=$", "label key", "use text without = or $"))
        .isEqualTo("org.example.team");
    assertThatThrownBy(() -> Checks.without("a$b", "=$", "label key", "use text without = or $"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("label key 'a$b' is invalid: use text without = or $");
    assertThatThrownBy(() -> Checks.without(" ", "=$", "label key", "use text without = or $"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("label key is empty: give a value");
  }

  @Test
  void nonEmptyCopiesImmutableLists() {
    assertThat(Checks.nonEmpty(java.util.List.of("a", "b"), "sources")).containsExactly("a", "b");
  }
}
