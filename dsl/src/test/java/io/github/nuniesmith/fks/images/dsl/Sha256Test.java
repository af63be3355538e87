package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Sha256Test {
  private static final String HEX = "9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651";

  @Test
  void keepsDigestAsGiven() {
    assertThat(Sha256.of(HEX)).hasToString(HEX);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "abc",
      "9FF41EFCB1C011A4B4B6DFC91610B06E39B1D7973ED5D4DEE55029A0AC4DC651",
      "9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc6510",
      "sha256:9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651"})
  void rejectsAnythingButSixtyFourLowercaseHexDigits(String hex) {
    assertThatThrownBy(() -> Sha256.of(hex))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("sha256 '" + hex + "' is invalid: give 64 lowercase hex digits, as printed by sha256sum");
  }

  @Test
  void rejectsMissingDigest() {
    assertThatThrownBy(() -> Sha256.of(null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("sha256 is missing: give a value");
  }
}
