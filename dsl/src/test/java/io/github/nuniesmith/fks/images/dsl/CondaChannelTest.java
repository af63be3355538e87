package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CondaChannelTest {
  @Test
  void takesANameOrAnHttpsUrl() {
    assertThat(CondaChannel.CONDA_FORGE.value()).isEqualTo("conda-forge");
    assertThat(CondaChannel.of("https://conda.example.com:8443/main/").toString())
        .isEqualTo("https://conda.example.com:8443/main/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Conda-Forge", "conda forge", "$(id)", "-c", "http://conda.example.com/main"})
  void rejectsAnythingElse(String channel) {
    assertThatThrownBy(() -> CondaChannel.of(channel))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("conda channel " + Checks.quote(channel) + " is invalid: use a channel name such as"
            + " conda-forge (lowercase letters, digits, . _ -) or an https URL");
  }

  @Test
  void rejectsAnHttpsUrlWithAQuery() {
    assertThatThrownBy(() -> CondaChannel.of("https://conda.example.com/main?token=x"))
        .hasMessage("conda channel 'https://conda.example.com/main?token=x' is invalid: use an https URL"
            + " without query or spaces");
  }
}
