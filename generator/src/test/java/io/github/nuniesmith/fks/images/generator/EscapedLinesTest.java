package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Stage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Values that would change how Docker reads the lines around them are refused, naming image, stage and step. */
class EscapedLinesTest {
  private static final Generator GENERATOR = new Generator("src/test/java", Golden.UPDATE_COMMAND);

  @Test
  void refusesALineEndingWithTheEscapeCharacter() {
    assertThatThrownBy(() -> render('\\', s -> s.maintainer("Jane \\").cmd("app")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image example / stage build / maintainer: MAINTAINER line 'Jane \\' ends with the escape"
            + " character \\, which would join the next line to it: remove it");
    assertThatThrownBy(() -> render('`', s -> s.cmdShell("echo `")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image example / stage build / cmd: CMD line 'echo `' ends with the escape character `, which"
            + " would join the next line to it: remove it");
  }

  @Test
  void anEscapedEscapeEndsNothing() {
    assertThat(render('\\', s -> s.cmdShell("echo \\\\"))).contains("CMD echo \\\\\n");
    assertThat(render('\\', s -> s.copy(c -> c.source("app\\\\a.dll", "app\\\\b.dll").to("C:\\\\app\\\\"))))
        .contains("COPY app\\\\a.dll app\\\\b.dll C:\\\\app\\\\\n");
  }

  @Test
  void refusesBackticksInLexedValuesUnderTheBacktickEscapeAndQuotesTheRestWithIt() {
    assertThatThrownBy(() -> render('`', s -> s.maintainer("Jane `x` Doe")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image example / stage build / maintainer: MAINTAINER line 'Jane `x` Doe' holds `, which the"
            + " escape directive ` reads as an escape: remove it, or keep the default escape \\");
    assertThat(render('`', s -> s.label("org.x", "say \"hi\" from C:\\app `x`"))).contains(
        "LABEL org.x=\"say `\"hi`\" from C:\\app ``x``\"\n");
  }

  @Test
  void theShellReadsBackticksOfShellFormCommandsAndTheDefaultEscapeQuotesValues() {
    assertThat(render('`', s -> s.cmdShell("echo `date` now"))).contains("CMD echo `date` now\n");
    assertThat(render('\\', s -> s.label("org.x", "say \"hi\""))).contains("LABEL org.x=\"say \\\"hi\\\"\"\n");
  }

  private static String render(char escape, Consumer<Stage.Builder> body) {
    return GENERATOR.render(Image.builder("example", "Dockerfile", EscapedLinesTest.class).escape(escape)
        .stage("build", s -> body.accept(s.from("debian:trixie-slim")))
        .build()).content();
  }
}
