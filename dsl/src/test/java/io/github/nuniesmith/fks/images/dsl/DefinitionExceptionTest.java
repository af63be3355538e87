package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefinitionExceptionTest {
  @Test
  void problemWithoutPathIsTheMessage() {
    DefinitionException e = new DefinitionException("is wrong: fix it");

    assertThat(e).hasMessage("is wrong: fix it");
    assertThat(e.path()).isEmpty();
    assertThat(e.problem()).isEqualTo("is wrong: fix it");
  }

  @Test
  void withinAddsSegmentsOutermostFirst() {
    DefinitionException e = new DefinitionException("is wrong: fix it")
        .within("pip 'langchain'").within("stage builder").within("image ml");

    assertThat(e).hasMessage("image ml / stage builder / pip 'langchain': is wrong: fix it");
    assertThat(e.path()).isEqualTo("image ml / stage builder / pip 'langchain'");
    assertThat(e.problem()).isEqualTo("is wrong: fix it");
  }

  @Test
  void withinKeepsStackTrace() {
    DefinitionException inner = new DefinitionException("is wrong");

    assertThat(inner.within("tier cpu").getStackTrace()).isEqualTo(inner.getStackTrace());
  }
}
