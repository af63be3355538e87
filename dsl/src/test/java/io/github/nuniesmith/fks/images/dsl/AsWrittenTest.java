package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AsWrittenTest {
  private static Image.Builder image() {
    return Image.builder("imported", "Dockerfile", AsWrittenTest.class);
  }

  @Test
  void keepsTheUnnamedStages() {
    Image image = image().asWritten("stage-0").stage("stage-0", s -> s.from("debian:bookworm-slim")).build();

    assertThat(image.asWritten()).contains(new AsWritten(List.of("stage-0")));
    assertThat(image().stage("a", s -> s.from("debian:bookworm-slim")).build().asWritten()).isEqualTo(Optional.empty());
  }

  @Test
  void refusesAnUnnamedStageThatIsNoStage() {
    assertThatThrownBy(() -> image().asWritten("other").stage("a", s -> s.from("debian:bookworm-slim")).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("image imported: unnamed stage 'other' is not a stage of this image: use one of [a]");
  }

  @Test
  void refusesAnUnnamedStageThatALaterStageStartsFrom() {
    assertThatThrownBy(() -> image().asWritten("stage-0")
        .stage("stage-0", s -> s.from("debian:bookworm-slim"))
        .stage("b", s -> s.from(new From.Previous("stage-0")))
        .build())
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("image imported: stage b refers to the stage 'stage-0' by name, which is written"
            + " without one: leave it named");
  }

  @Test
  void letsACopyTakeFilesFromAnUnnamedStage() {
    Image image = image().asWritten("stage-0")
        .stage("stage-0", s -> s.from("debian:bookworm-slim"))
        .stage("b", s -> s.from("debian:bookworm-slim").copyFrom("stage-0", "/a", "/a"))
        .build();

    assertThat(image.stages()).hasSize(2);
  }
}
