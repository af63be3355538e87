package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CopyTest {
  @Test
  void copiesFromContextOrStage() {
    assertThat(Copy.fromContext("src", "/app/src")).isEqualTo(new Copy(List.of("src"), List.of(), "/app/src",
        CopyFrom.buildContext(), Optional.empty(), Optional.empty(), false, false, List.of()));
    assertThat(Copy.fromStage("builder", "/opt/fks/cpu", "/opt/fks/cpu").from()).isEqualTo(CopyFrom.stage("builder"));
    assertThat(Copy.fromStage("builder", "/opt/fks/cpu", "/opt/fks/cpu").stage()).contains("builder");
    assertThat(Copy.fromContext("src", "/app/src").stage()).isEmpty();
    assertThat(Copy.fromContext("src", "/app/src").describe()).isEqualTo("copy 'src'");
  }

  @Test
  void copiesFromAStageOrImageNamedWithBuildArguments() {
    Copy copy = Copy.builder().from(CopyFrom.expanded("${BUILDER_IMAGE}")).source("/out/app").to("/app").build();

    assertThat(copy.from().flag()).contains("${BUILDER_IMAGE}");
    assertThat(copy.stage()).isEmpty();
    assertThatThrownBy(() -> CopyFrom.expanded("builder"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("copy from reference 'builder' refers to no variable: copy from the image or the stage itself");
    assertThatThrownBy(() -> CopyFrom.expanded("${A} b"))
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith("copy from reference '${A} b' ");
  }

  @Test
  void takesEveryFlag() {
    Copy copy = Copy.builder().fromImage("nginx:1.27").source("/etc/nginx/", "/usr/share/nginx/")
        .to("conf/").chown("${NB_UID}:${NB_GID}").chmod("u=rwX,go=rX").link().parents().exclude("*.bak", "*.tmp")
        .build();
    assertThat(copy.from()).isEqualTo(CopyFrom.image("nginx:1.27"));
    assertThat(copy.chown()).contains(new Chown("${NB_UID}", Optional.of("${NB_GID}")));
    assertThat(copy.chmod()).contains("u=rwX,go=rX");
    assertThat(copy.link()).isTrue();
    assertThat(copy.parents()).isTrue();
    assertThat(copy.excludes()).containsExactly("*.bak", "*.tmp");
  }

  @Test
  void expandsPathsOwnerAndMode() {
    Copy copy = Copy.builder().source("${APP}/*.whl").to("$HOME/wheels/").chown("${NB_UID}").chmod("0644").build();
    assertThat(copy.expanded()).containsExactly("${APP}/*.whl", "$HOME/wheels/", "${NB_UID}", "0644");
    Copy text = Copy.builder().text("$NOT_EXPANDED\n").to("/etc/x").build();
    assertThat(text.expanded()).containsExactly("/etc/x");
  }

  @Test
  void acceptsWhatDockerAccepts() {
    assertThat(Copy.fromContext("/requirements.txt", "requirements.txt").destination()).isEqualTo("requirements.txt");
    assertThat(Copy.fromContext("my file.txt", "/app/my file.txt").sources()).containsExactly("my file.txt");
    assertThat(Copy.fromStage("builder", "/opt/app/../lib", "/lib/").sources()).containsExactly("/opt/app/../lib");
    assertThat(Copy.builder().fromNamedContext("wheels").source(".").to("/wheels/").build().from().flag())
        .contains("wheels");
    assertThat(Copy.builder().text("").to("/etc/empty").build().heredocs()).containsExactly(HeredocFile.of(""));
  }

  @Test
  void contextSourceMayNotLeaveTheContext() {
    assertThatThrownBy(() -> Copy.fromContext("src/../../secret", "/app/"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("copy source 'src/../../secret' has a .. segment, which would leave the build context: name a"
            + " path inside it");
  }

  @Test
  void refusesWhatWouldChangeHowDockerReadsTheLine() {
    assertThatThrownBy(() -> Copy.fromContext("-x", "/app/"))
        .hasMessage("copy source '-x' starts with -, which Docker would read as a flag: rename it, or write ./-x");
    assertThatThrownBy(() -> Copy.fromContext("<<EOF", "/app/"))
        .hasMessage("copy source '<<EOF' starts with <<, which Docker would read as a heredoc: to copy text, use"
            + " text(...)");
    assertThatThrownBy(() -> Copy.fromContext("a`b", "/app/"))
        .hasMessage("copy source 'a`b' contains `, which a Dockerfile reads as an escape character: rename it");
    assertThatThrownBy(() -> Copy.fromContext("src", "/app/\nRUN x"))
        .hasMessage("copy destination '/app/\\nRUN x' contains a control character (newline, tab, ...): remove it");
    assertThatThrownBy(() -> Copy.builder().source("src").to("/app/").exclude("a b").build())
        .hasMessage("copy exclude 'a b' contains a blank, \\ or `, which would end or escape the flag: leave them out");
    assertThatThrownBy(() -> Copy.builder().text("x").to("/etc/a b").build())
        .hasMessage("writes text to '/etc/a b', which has a blank: a heredoc's destination cannot be quoted, so"
            + " rename it");
  }

  @Test
  void severalSourcesNeedFolderDestination() {
    assertThatThrownBy(() -> Copy.builder().source("a", "b").to("/app").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("copies 2 sources to '/app', which must end in / when there are several (Docker requires it):"
            + " write /app/");
  }

  @Test
  void needsSourcesOrText() {
    assertThatThrownBy(() -> Copy.builder().to("/app/").build())
        .hasMessage("has no source: name paths with source(...), or give the file's content with text(...)");
    assertThatThrownBy(() -> Copy.builder().source("a").text("x").to("/app/").build())
        .hasMessage("has both sources and text: a COPY writes either files it copies or heredocs, so split it in two");
    assertThatThrownBy(() -> Copy.builder().text("x").fromStage("build").to("/app/x").build())
        .hasMessage("has text and from(build): the text comes from the Dockerfile itself, so leave out from(...)");
    assertThatThrownBy(() -> Copy.builder().source("a").build())
        .hasMessage("copy destination is missing: give a value");
    assertThatThrownBy(() -> Copy.builder().source("a").to("/a").exclude("x", null).build())
        .hasMessage("copy excludes contains null: remove it");
  }

  @Test
  void textMayHoldTabsAndNewlinesButNoOtherControlCharacter() {
    assertThat(Copy.builder().text("a\tb\nc\n").to("/etc/x").build().heredocs())
        .containsExactly(HeredocFile.of("a\tb\nc\n"));
    assertThatThrownBy(() -> Copy.builder().text("a\nb\r\n").to("/etc/x").build())
        .hasMessage("copy text line 2 'b\\r' contains a control character (newline, tab, ...): remove it");
  }

  @Test
  void modeIsOctalSymbolicOrAVariable() {
    for (String mode : List.of("755", "0644", "u=rwX,go=rX", "a+x", "ug+rw,o-rwx", "${MODE}")) {
      assertThat(Copy.builder().source("a").to("/a").chmod(mode).build().chmod()).contains(mode);
    }
    assertThatThrownBy(() -> Copy.builder().source("a").to("/a").chmod("rwx").build())
        .hasMessage("chmod 'rwx' is invalid: write octal such as 0755, symbolic such as u=rwX,go=rX, or a variable"
            + " such as ${MODE}");
    assertThatThrownBy(() -> Copy.builder().source("a").to("/a").chmod("0999").build())
        .hasMessage("chmod '0999' is invalid: write octal such as 0755, symbolic such as u=rwX,go=rX, or a variable"
            + " such as ${MODE}");
  }

  @Test
  void fromMustBeAStageName() {
    assertThatThrownBy(() -> Copy.fromStage("Builder", "/opt", "/opt"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("from: copy from stage 'Builder' is invalid: use up to 63 lowercase letters, digits and _ . -,"
            + " starting with a letter [FKS014]");
  }
}
