package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.generator.ContentSeal.State;
import org.junit.jupiter.api.Test;

class ContentSealTest {
  private static final String DOCKERFILE = "# syntax=docker/dockerfile:1.2\n# Generated.\n# " + ContentSeal.PENDING + "\n\nFROM a\n";

  @Test
  void sealFillsInTheSha256OfTheTextWithoutTheSealLine() {
    String sealed = ContentSeal.seal(DOCKERFILE);

    // printf '# syntax=docker/dockerfile:1.2\n# Generated.\n\nFROM a\n' | sha256sum
    assertThat(sealed).isEqualTo("# syntax=docker/dockerfile:1.2\n# Generated.\n"
        + "# sha256 of this file without this line: 16cc0fcd4f3ad6c7a6ca0b589a70acdc91e00e2f7699df2a484eb0478f15acde\n\nFROM a\n");
  }

  @Test
  void sealedTextIsIntact() {
    assertThat(ContentSeal.state(ContentSeal.seal(DOCKERFILE))).isEqualTo(State.INTACT);
  }

  @Test
  void anyChangeOutsideTheSealLineIsAnEdit() {
    String sealed = ContentSeal.seal(DOCKERFILE);

    assertThat(ContentSeal.state(sealed.replace("FROM a", "FROM b"))).isEqualTo(State.EDITED);
    assertThat(ContentSeal.state(sealed + "RUN true\n")).isEqualTo(State.EDITED);
    assertThat(ContentSeal.state(sealed.replace("\n", "\r\n"))).isEqualTo(State.EDITED);
    assertThat(ContentSeal.state(sealed.replace("# Generated.", "# Generated!"))).isEqualTo(State.EDITED);
  }

  @Test
  void textWithOtherLineBreaksSealsAndReadsBackIntact() {
    for (String lineBreak : new String[] {"\r\n", "\r", "\u2028"}) {
      String sealed = ContentSeal.seal(DOCKERFILE.replace("\n", lineBreak));

      assertThat(ContentSeal.state(sealed)).as(lineBreak.codePointAt(0) + "").isEqualTo(State.INTACT);
      assertThat(ContentSeal.state(sealed.replace("FROM a", "FROM b"))).isEqualTo(State.EDITED);
    }
  }

  @Test
  void theLastSealOnItsLineIsTheOneFilledIn() {
    String twice = "# Generated.\n# " + ContentSeal.PENDING + " " + ContentSeal.PENDING + "\nFROM a\n";
    String sealed = ContentSeal.seal(twice);

    assertThat(sealed).startsWith("# Generated.\n# " + ContentSeal.PENDING + " " + ContentSeal.LABEL);
    assertThat(sealed).doesNotEndWith(ContentSeal.PENDING + "\nFROM a\n");
    assertThat(ContentSeal.state(sealed)).isEqualTo(State.INTACT);
  }

  @Test
  void aChangedSealIsAnEdit() {
    String sealed = ContentSeal.seal(DOCKERFILE);
    String hash = sealed.lines().toList().get(2).substring(sealed.lines().toList().get(2).length() - 64);

    assertThat(ContentSeal.state(sealed.replace(hash, "0".repeat(64)))).isEqualTo(State.EDITED);
  }

  @Test
  void worksInsideAnyCommentSyntax() {
    String markdown = ContentSeal.seal("<!-- Generated. -->\n<!-- " + ContentSeal.PENDING + " -->\n\n# Images\n");

    assertThat(ContentSeal.state(markdown)).isEqualTo(State.INTACT);
    assertThat(ContentSeal.state(markdown.replace("# Images", "# Pictures"))).isEqualTo(State.EDITED);
  }

  @Test
  void textWithoutASealInItsHeaderIsUnsealed() {
    String sealed = ContentSeal.seal(DOCKERFILE);
    String late = "# 1\n# 2\n# 3\n# 4\n# 5\n" + sealed;

    assertThat(ContentSeal.state("# Generated.\nFROM a\n")).isEqualTo(State.UNSEALED);
    assertThat(ContentSeal.state(late)).isEqualTo(State.UNSEALED);
  }

  @Test
  void sealingTextWithoutAPendingSealIsAnError() {
    assertThatThrownBy(() -> ContentSeal.seal("# Generated.\nFROM a\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("its header has no pending seal line ('sha256 of this file without this line: 00000000...') in its"
            + " first 5 lines: render the header of every generated file with Generator's header lines, which end"
            + " with ContentSeal.PENDING, at the top");
    assertThatThrownBy(() -> ContentSeal.seal(ContentSeal.seal(DOCKERFILE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("its header has no pending seal line ('sha256 of this file without this line: 00000000...') in its"
            + " first 5 lines: render the header of every generated file with Generator's header lines, which end"
            + " with ContentSeal.PENDING, at the top");
    assertThatThrownBy(() -> GeneratedFile.withSeal("docker/Dockerfile.x", "# Generated.\nFROM a\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot seal docker/Dockerfile.x: " + "its header has no pending seal line ('sha256 of this file without this line: 00000000...') in its"
            + " first 5 lines: render the header of every generated file with Generator's header lines, which end"
            + " with ContentSeal.PENDING, at the top");
  }
}
