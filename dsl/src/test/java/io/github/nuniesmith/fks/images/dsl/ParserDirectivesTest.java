package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParserDirectivesTest {
  @Test
  void defaultsToBackslashAndNoCheck() {
    Image image = Image.builder("demo", "Dockerfile", ParserDirectivesTest.class)
        .stage("run", s -> s.from("python:3.12")).build();

    assertThat(image.directives()).isEqualTo(ParserDirectives.DEFAULT);
    assertThat(Image.builder("demo", "Dockerfile", ParserDirectivesTest.class).escape('`').check("skip=all")
        .stage("run", s -> s.from("python:3.12")).build().directives())
        .isEqualTo(new ParserDirectives('`', Optional.of("skip=all")));
  }

  @Test
  void namesTheImageOfABadDirective() {
    assertThatThrownBy(() -> Image.builder("demo", "Dockerfile", ParserDirectivesTest.class).escape('^'))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / escape: escape '^' is invalid: Docker takes \\ or `");
    assertThatThrownBy(() -> Image.builder("demo", "Dockerfile", ParserDirectivesTest.class).check("error=yes"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / check: check 'error=yes' is invalid: write skip=<rules or all> and"
            + " error=<true or false>, separated by ;, such as skip=JSONArgsRecommended;error=true");
  }
}
