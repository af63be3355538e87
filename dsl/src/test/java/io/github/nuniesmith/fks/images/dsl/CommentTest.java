package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommentTest {
  @Test
  void oneLinePerLineOfText() {
    assertThat(Comment.of("first\nsecond\n")).isEqualTo(new Comment(List.of("first", "second")));
  }

  @Test
  void builderAddsACommentStep() {
    Stage stage = Stage.builder("b").from("python:3.12").comment("why").run("make").build();

    assertThat(stage.steps().get(0)).isEqualTo(Comment.of("why"));
  }

  @Test
  void refusesAStageThatEndsWithAComment() {
    assertThatThrownBy(() -> Stage.builder("b").from("python:3.12").run("make").comment("dangling").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage b: ends with a comment, which would have no instruction below it: put it before the"
            + " step it describes");
  }

  @Test
  void refusesControlCharacters() {
    assertThatThrownBy(() -> Stage.builder("b").comment("a\u0007b"))
        .hasMessage("stage b / comment: comment line 'a\\u0007b' contains a control character (newline, tab, ...):"
            + " remove it");
    assertThatThrownBy(() -> Stage.builder("b").comment(" "))
        .hasMessage("stage b / comment: comment is empty: give a value");
  }
}
