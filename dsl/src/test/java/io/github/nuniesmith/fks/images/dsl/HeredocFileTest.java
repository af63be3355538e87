package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeredocFileTest {
  @Test
  void ofPicksADelimiterThatNoLineOfTheContentEquals() {
    assertThat(HeredocFile.of("a\n")).isEqualTo(new HeredocFile("EOF", "a\n", false, false));
    assertThat(HeredocFile.of("EOF\n EOF1\n").name()).isEqualTo("EOF2");
  }

  @Test
  void aNamedFileMayBeExpandedOrStripTabs() {
    HeredocFile file = HeredocFile.named("index.html", "<title>${TITLE}</title>\n").expanded().stripTabs(true);

    assertThat(file).isEqualTo(new HeredocFile("index.html", "<title>${TITLE}</title>\n", true, true));
  }

  @Test
  void refusesANameTheParserWouldNotReadAsOneFileName() {
    assertThatThrownBy(() -> HeredocFile.named("a b", "x"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("heredoc name 'a b' is invalid: use letters, digits and _ . -, starting with a letter, a digit,"
            + " _ or ., and not . or ..");
    assertThatThrownBy(() -> HeredocFile.named("..", "x"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("heredoc name '..' is invalid: use letters, digits and _ . -, starting with a letter, a digit,"
            + " _ or ., and not . or ..");
    assertThatThrownBy(() -> HeredocFile.named("-x", "x"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("heredoc name '-x' is invalid: use letters, digits and _ . -, starting with a letter, a digit,"
            + " _ or ., and not . or ..");
  }

  @Test
  void refusesContentThatWouldEndTheDocumentEarlyOrLoseText() {
    assertThatThrownBy(() -> HeredocFile.named("robots.txt", "a\nrobots.txt\nb"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("heredoc robots.txt content line 2 'robots.txt' equals its name, so the document would end there"
            + " and the rest be read as Dockerfile instructions: choose another name");
    assertThatThrownBy(() -> HeredocFile.named("EOF", "\tindented").stripTabs(true))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("heredoc EOF content line 1 '\\tindented' starts with a tab, which <<- strips: leave out"
            + " stripTabs(true), or the tab");
    assertThatThrownBy(() -> HeredocFile.named("EOF", "a\u0007b"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("heredoc EOF content line 1 'a\\u0007b' contains a control character (newline, tab, ...): remove it");
  }

  @Test
  void expandedContentHasOnlyReferencesAndNoBackslash() {
    assertThatThrownBy(() -> HeredocFile.named("EOF", "costs $5").expanded())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("heredoc EOF content 'costs $5' has a $ that starts no variable reference: write $NAME, ${NAME},"
            + " ${NAME:-default} or ${NAME:+alternative}");
    assertThatThrownBy(() -> HeredocFile.named("EOF", "C:\\app").expanded())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("heredoc EOF content has \\, which Docker reads as an escape when it expands the content: leave out"
            + " expand(), or the backslash");
    assertThat(HeredocFile.named("EOF", "costs $5").content()).isEqualTo("costs $5");
  }

  @Test
  void copyAndAddWriteSeveralFilesToAFolderEachNameOnce() {
    Copy copy = Copy.builder().heredoc(HeredocFile.named("a.txt", "a"), HeredocFile.named("b.txt", "b")).to("/srv/")
        .build();
    assertThat(copy.heredocs()).extracting(HeredocFile::name).containsExactly("a.txt", "b.txt");
    assertThat(Add.builder().heredoc(HeredocFile.of("MODE=production\n")).to("/etc/app.env").build().heredocs())
        .containsExactly(HeredocFile.of("MODE=production\n"));
    assertThatThrownBy(() -> Copy.builder().heredoc(HeredocFile.named("a", "1"), HeredocFile.named("b", "2"))
            .to("/srv").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("copies 2 sources to '/srv', which must end in / when there are several (Docker requires it):"
            + " write /srv/");
    assertThatThrownBy(() -> Copy.builder().heredoc(HeredocFile.named("a", "1"), HeredocFile.named("a", "2"))
            .to("/srv/").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("copy has two heredocs named a: a name ends its document and names its file, so give each its"
            + " own");
    assertThatThrownBy(() -> Add.builder().source("x.txt").heredoc(HeredocFile.of("1")).to("/srv/").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("has both sources and heredocs: an ADD writes either files it adds or heredocs, so split it in two");
    assertThatThrownBy(() -> Add.builder().heredoc(HeredocFile.of("1")).checksum("sha256:" + "0".repeat(64))
            .to("/x").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("has a checksum and heredocs: Docker checks downloads and git sources only, so leave out"
            + " checksum(...)");
  }

  @Test
  void anExpandedFileIsCheckedForScope() {
    assertThatThrownBy(() -> Image.builder("app", "Dockerfile", HeredocFileTest.class)
            .stage("run", s -> s.from("python:3.12").copy(c -> c.heredoc(HeredocFile.of("${MODE}").expanded())
                .to("/etc/mode")))
            .build())
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith("image app / stage run / copy text to '/etc/mode': refers to ${MODE}, which this stage"
            + " does not declare");
  }
}
