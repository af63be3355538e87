package io.github.nuniesmith.fks.images.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuilderFlagsTest {
  @Test
  void readsLeadingFlagsUnquotedAndLeavesTheRest() {
    BuilderFlags split = BuilderFlags.split("  --mount=type=cache,target=\"/a b\" --network='none'  make  all ");

    assertThat(split.flags()).containsExactly("--mount=type=cache,target=/a b", "--network=none");
    assertThat(split.rest()).isEqualTo("make  all");
  }

  @Test
  void aBackslashEscapesTheNextCharacterAndALoneDoubleDashEndsTheFlags() {
    assertThat(BuilderFlags.split("--chown=a\\ b -- --not-a-flag x"))
        .isEqualTo(new BuilderFlags(List.of("--chown=a b"), "--not-a-flag x"));
  }

  @Test
  void aWordThatDoesNotStartWithTwoDashesEndsTheFlags() {
    assertThat(BuilderFlags.split("-x --link a b")).isEqualTo(new BuilderFlags(List.of(), "-x --link a b"));
    assertThat(BuilderFlags.split("--link")).isEqualTo(new BuilderFlags(List.of("--link"), ""));
  }
}
