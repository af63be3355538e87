package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContextPathTest {
  @Test
  void acceptsFilesAndFolders() {
    assertThat(ContextPath.of("requirements.txt")).hasToString("requirements.txt");
    assertThat(ContextPath.of("src/")).hasToString("src/");
    assertThat(ContextPath.of("services/api/Dockerfile")).hasToString("services/api/Dockerfile");
  }

  static Stream<Arguments> badPaths() {
    String leaves = " contains . or .. segments, which could leave its folder: remove them";
    String chars = " has characters other than letters, digits and . _ + @ - /: rename it";
    return Stream.of(
        arguments("/etc/passwd", "relative path '/etc/passwd' is absolute: write it relative to its folder"),
        arguments("../../etc", "relative path '../../etc'" + leaves),
        arguments("src/../../etc", "relative path 'src/../../etc'" + leaves),
        arguments("..", "relative path '..'" + leaves),
        arguments("./src", "relative path './src'" + leaves),
        arguments("src/..", "relative path 'src/..'" + leaves),
        arguments("src/./main", "relative path 'src/./main'" + leaves),
        arguments("src/.", "relative path 'src/.'" + leaves),
        arguments("my src", "relative path 'my src'" + chars),
        arguments("src//main", "relative path 'src//main'" + chars),
        arguments("src;rm", "relative path 'src;rm'" + chars),
        arguments(" ", "relative path is empty: give a value"));
  }

  @ParameterizedTest
  @MethodSource("badPaths")
  void rejectsPathThatCouldLeaveItsFolder(String path, String message) {
    assertThatThrownBy(() -> ContextPath.of(path))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(message);
  }
}
