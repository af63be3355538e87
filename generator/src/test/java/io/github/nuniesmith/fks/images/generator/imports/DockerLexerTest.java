package io.github.nuniesmith.fks.images.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DockerLexerTest {
  @Test
  void wordsSplitOnBlanksOutsideQuotesAndKeepQuotesAndEscapes() {
    assertThat(DockerLexer.words("A=\"x y\" B='p q'  C=a\\ b D=\"\"", '\\'))
        .containsExactly("A=\"x y\"", "B='p q'", "C=a\\ b", "D=\"\"");
    assertThat(DockerLexer.words("A=a` b B=C:\\x", '`')).containsExactly("A=a` b", "B=C:\\x");
  }

  @Test
  void unquoteRemovesQuotesAndEscapesAsDockersLexer() {
    assertThat(DockerLexer.unquote("\"double \\\"q\\\" \\$x \\n\"", '\\')).isEqualTo("double \"q\" \\$x \\\\n");
    assertThat(DockerLexer.unquote("'single $x \\'", '\\')).isEqualTo("single \\$x \\\\");
    assertThat(DockerLexer.unquote("a\\ b\\$c", '\\')).isEqualTo("a b\\$c");
    assertThat(DockerLexer.unquote("C:\\app`$x", '`')).isEqualTo("C:\\\\app\\$x");
  }

  @Test
  void keepsVariableReferencesAsWrittenAndALoneDollarLiteral() {
    assertThat(DockerLexer.unquote("$HOME/${A:-\"b}\"}/$1/$@/$/x", '\\'))
        .isEqualTo("$HOME/${A:-\"b}\"}/$1/$@/\\$/x");
    assertThat(DockerLexer.unquote("\"${A:+${B}}\"", '\\')).isEqualTo("${A:+${B}}");
  }

  @Test
  void plainWhenQuotedDropsQuotesOnlyWhenTheyAreAllThatDiffers() {
    assertThat(DockerLexer.plainWhenQuoted("\"${HOME}\"", '\\')).isEqualTo("${HOME}");
    assertThat(DockerLexer.plainWhenQuoted("\"${APP}/a b\"", '\\')).isEqualTo("${APP}/a b");
    assertThat(DockerLexer.plainWhenQuoted("'$HOME'", '\\')).isEqualTo("'$HOME'");
    assertThat(DockerLexer.plainWhenQuoted("\"C:\\app\"", '`')).isEqualTo("\"C:\\app\"");
    assertThat(DockerLexer.plainWhenQuoted("C:\\app", '`')).isEqualTo("C:\\app");
  }

  @Test
  void refusesUnterminatedQuotesAndBraces() {
    assertThatThrownBy(() -> DockerLexer.unquote("'a", '\\')).hasMessage("unterminated single quote in 'a");
    assertThatThrownBy(() -> DockerLexer.unquote("\"a", '\\')).hasMessage("unterminated double quote in \"a");
    assertThatThrownBy(() -> DockerLexer.unquote("${a", '\\')).hasMessage("missing } in ${a");
  }
}
