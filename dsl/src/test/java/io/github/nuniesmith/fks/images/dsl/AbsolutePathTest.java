package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AbsolutePathTest {
  @Test
  void acceptsRootFoldersAndTrailingSlash() {
    assertThat(AbsolutePath.of("/")).hasToString("/");
    assertThat(AbsolutePath.of("/opt/fks/cpu")).hasToString("/opt/fks/cpu");
    assertThat(AbsolutePath.of("/usr/local/lib/")).hasToString("/usr/local/lib/");
  }

  @Test
  void resolvesChildWithOneSlash() {
    assertThat(AbsolutePath.of("/opt/fks").resolve("bin")).hasToString("/opt/fks/bin");
    assertThat(AbsolutePath.of("/opt/fks/").resolve("bin")).hasToString("/opt/fks/bin");
  }

  @Test
  void resolveChecksTheResult() {
    assertThatThrownBy(() -> AbsolutePath.of("/opt").resolve("../etc"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("path '/opt/../etc' contains . or .. segments: write the path it means");
  }

  static Stream<Arguments> badPaths() {
    return Stream.of(
        arguments("app", "path 'app' is relative: write an absolute path such as /app"),
        arguments("/opt/../etc", "path '/opt/../etc' contains . or .. segments: write the path it means"),
        arguments("/..", "path '/..' contains . or .. segments: write the path it means"),
        arguments("/opt/./x", "path '/opt/./x' contains . or .. segments: write the path it means"),
        arguments("/my dir", "path '/my dir' has characters other than letters, digits and . _ + @ - /: rename it"),
        arguments("/a$b", "path '/a$b' has characters other than letters, digits and . _ + @ - /: rename it"),
        arguments("/opt//x", "path '/opt//x' has characters other than letters, digits and . _ + @ - /: rename it"),
        arguments("/opt\n", "path '/opt\\n' contains a control character (newline, tab, ...): remove it"),
        arguments("", "path is empty: give a value"));
  }

  @ParameterizedTest
  @MethodSource("badPaths")
  void rejectsBadPath(String path, String message) {
    assertThatThrownBy(() -> AbsolutePath.of(path))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(message);
  }

  @Test
  void workdirTakesARelativePathAsDockerDoesLintReportsIt() {
    assertThat(Stage.builder("runtime").from("python:3.12").workdir("app").build().steps())
        .containsExactly(new Workdir("app"));
  }
}
