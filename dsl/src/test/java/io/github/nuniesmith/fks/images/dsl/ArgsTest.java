package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgsTest {
  @Test
  void declaresSeveralArgumentsInOrderAndExpandsTheirDefaults() {
    Args args = Args.of(Arg.of("VERSION", "0.0.0"), Arg.of("COMMIT"), Arg.of("REF", "${VERSION}"));

    assertThat(args.args()).extracting(Arg::name).containsExactly("VERSION", "COMMIT", "REF");
    assertThat(args.expanded()).containsExactly("0.0.0", "${VERSION}");
    assertThat(args.describe()).isEqualTo("args VERSION COMMIT REF");
  }

  @Test
  void refusesNoArgumentANullOneAndANameGivenTwice() {
    assertThatThrownBy(() -> new Args(List.of()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("args is empty: give at least one");
    assertThatThrownBy(() -> Args.of(Arg.of("A"), null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("args contains null: remove it");
    assertThatThrownBy(() -> Args.of(Arg.of("A", "1"), Arg.of("A")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("args declare A twice: declare each once");
  }

  @Test
  void aStageSeesEachArgumentAfterTheStep() {
    Image image = Image.builder("app", "Dockerfile", ArgsTest.class)
        .args(Arg.of("REGISTRY", "docker.io"), Arg.of("BASE", "library/python"))
        .stage("run", s -> s.from("${REGISTRY}/${BASE}:3.12").args(Arg.of("TARGETOS"), Arg.of("TARGETARCH"))
            .workdir("/out/${TARGETOS}-${TARGETARCH}"))
        .build();

    assertThat(image.globalArgs()).extracting(Arg::name).containsExactly("REGISTRY", "BASE");
    assertThat(image.globalArgInstructions()).containsExactly(
        Args.of(Arg.of("REGISTRY", "docker.io"), Arg.of("BASE", "library/python")));
    assertThatThrownBy(() -> Image.builder("app", "Dockerfile", ArgsTest.class)
            .stage("run", s -> s.from("python:3.12").args(Arg.of("A"), Arg.of("B", "${A}${C}"))).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith("image app / stage run / args A B: refers to ${A}, which this stage does not declare");
    assertThatThrownBy(() -> Image.builder("app", "Dockerfile", ArgsTest.class).arg("A").args(Arg.of("B"), Arg.of("A"))
            .stage("run", s -> s.from("python:3.12")).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("declares the global ARG A twice");
  }
}
