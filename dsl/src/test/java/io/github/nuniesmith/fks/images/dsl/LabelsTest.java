package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LabelsTest {
  @Test
  void sortsByKey() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("org.opencontainers.image.version", "1.0.0");
    labels.put("org.opencontainers.image.title", "fks");
    labels.put("com.example/team", "ml");

    assertThat(new Labels(labels).labels().keySet()).containsExactly(
        "com.example/team", "org.opencontainers.image.title", "org.opencontainers.image.version");
  }

  @Test
  void aKeyMayHoldBlanksAndQuotes() {
    assertThat(Labels.of("com.example.key with \"space\"", "v").labels()).containsKey("com.example.key with \"space\"");
  }

  @Test
  void aLiteralValueIsTakenExactlyAndNotCheckedForReferences() {
    Labels labels = Labels.builder().set("b", "${VERSION}").literal("a", "single quoted, $NOT expanded").build();

    assertThat(labels.labels().keySet()).containsExactly("b", "a");
    assertThat(labels.literal()).containsExactly("a");
    assertThat(labels.expanded()).containsExactly("${VERSION}");
  }

  @Test
  void aLiteralKeyMustBeALabelOfTheStepAndEachKeyIsGivenOnce() {
    assertThatThrownBy(() -> new Labels(Map.of("a", "1"), true, java.util.Set.of("b")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("label literal 'b' is not a key of these labels: name one of [a]");
    assertThatThrownBy(() -> Labels.builder().set("a", "1").literal("a", "$2").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("labels give a twice: give each once");
  }

  static Stream<Arguments> badLabels() {
    String key = " is invalid: use text without = or $";
    return Stream.of(
        arguments("a=b", "v", "label key 'a=b'" + key),
        arguments("${KEY}", "v", "label key '${KEY}'" + key),
        arguments("org.x", "$(id)", "label org.x value '$(id)' has a $ that starts no variable reference: write"
            + " $NAME, ${NAME}, ${NAME:-default} or ${NAME:+alternative}"),
        arguments("org.x", "a\nb", "label org.x 'a\\nb' contains a control character (newline, tab, ...):"
            + " remove it"));
  }

  @Test
  void aValueMayBeEmptyOrHoldTabsAsInEnv() {
    assertThat(new Labels(Map.of("org.x", "")).labels()).containsEntry("org.x", "");
    assertThat(new Labels(Map.of("org.x", "a\tb")).labels()).containsEntry("org.x", "a\tb");
  }

  @ParameterizedTest
  @MethodSource("badLabels")
  void rejectsBadKeyOrValue(String key, String value, String message) {
    assertThatThrownBy(() -> new Labels(Map.of(key, value)))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsNoLabels() {
    assertThatThrownBy(() -> new Labels(Map.of()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("labels are empty: give at least one");
  }

  @Test
  void anyKeyStyleIsAcceptedLintChecksIt() {
    assertThat(Labels.of("Maintainer.Name", "x").labels()).containsKey("Maintainer.Name");
    assertThat(Labels.of("com.docker.x", "x").labels()).containsKey("com.docker.x");
  }

  @Test
  void aValueMayUseEveryFormOfVariable() {
    assertThat(Labels.of("org.x", "$HOME ${A} ${B:-b} ${C:+c}").expanded()).containsExactly("$HOME ${A} ${B:-b} ${C:+c}");
  }

  @Test
  void aValueMayReferToABuildArgumentOfTheStage() {
    assertThat(new Labels(Map.of("org.opencontainers.image.base.name", "${PYTHON_IMAGE}")).labels())
        .containsEntry("org.opencontainers.image.base.name", "${PYTHON_IMAGE}");
  }
}
