package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeredocTest {
  @Test
  void picksADelimiterNoLineEquals() {
    assertThat(Heredoc.of("echo hi").delimiter()).isEqualTo("EOF");
    assertThat(Heredoc.of("cat <<EOF\nx\nEOF").delimiter()).isEqualTo("EOF_1");
    assertThat(Heredoc.of("a\n\tEOF\n  EOF_1  ").delimiter()).isEqualTo("EOF_2");
  }

  @Test
  void markerShowsStrippingAndQuoting() {
    assertThat(Heredoc.named("PY", "x").marker()).isEqualTo("<<PY");
    assertThat(Heredoc.named("PY", "x").stripTabs(true).literal().marker()).isEqualTo("<<-\"PY\"");
  }

  @Test
  void interpreterBecomesTheFirstLine() {
    assertThat(Heredoc.of("print(1)").interpreter("/usr/bin/env python3").body())
        .isEqualTo("#!/usr/bin/env python3\nprint(1)");
    assertThatThrownBy(() -> Heredoc.of("print(1)").interpreter("python3"))
        .hasMessage("heredoc interpreter 'python3' is not an absolute path: write the program's path, e.g."
            + " /usr/bin/env python3");
  }

  @Test
  void refusesABodyLineThatEqualsTheDelimiter() {
    assertThatThrownBy(() -> Heredoc.named("END", "a\n\tEND\nb"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("heredoc body line 2 '\\tEND' equals the delimiter 'END', so the document would end there and"
            + " the rest be read as Dockerfile instructions: choose another delimiter, or let Heredoc.of pick one");
  }

  @Test
  void refusesABadDelimiter() {
    assertThatThrownBy(() -> Heredoc.named("E OF", "x"))
        .hasMessage("heredoc delimiter 'E OF' is invalid: use letters, digits and _, not starting with a digit");
  }

  @Test
  void keepsTabsAndDropsBlankEdges() {
    assertThat(Heredoc.of("\n\n\tindented\n\n").body()).isEqualTo("\tindented");
  }
}
