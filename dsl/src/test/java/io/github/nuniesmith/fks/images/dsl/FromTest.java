package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FromTest {
  @Test
  void publishedNamesParentImageAndTarget() {
    Image parent = Image.builder("parent", "docker/Dockerfile.parent", FromTest.class)
        .stage("run", s -> s.from("python:3.12"))
        .publish("run", "nuniesmith/parent:x", "1.0.0")
        .build();

    From.Published from = new From.Published(parent, "run");

    assertThat(from.image()).isSameAs(parent);
    assertThat(from.target()).isEqualTo("run");
  }

  @Test
  void publishedRejectsTargetTheParentDoesNotPublish() {
    Image parent = Image.builder("parent", "docker/Dockerfile.parent", FromTest.class)
        .stage("run", s -> s.from("python:3.12"))
        .build();

    assertThatThrownBy(() -> new From.Published(parent, "run"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image parent publishes no target 'run': use one of []");
  }

  @Test
  void previousRejectsBadStageName() {
    assertThatThrownBy(() -> new From.Previous("Base"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("parent stage 'Base' is invalid: use up to 63 lowercase letters, digits and _ . -,"
            + " starting with a letter");
  }

  @Test
  void buildArgRejectsBadName() {
    assertThatThrownBy(() -> new From.BuildArg("PYTHON-IMAGE", ImageRef.parse("python:3.12")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("build argument 'PYTHON-IMAGE' is invalid: use letters, digits and _");
  }

  @Test
  void externalImageIsTheRegistryImageThisSetDoesNotBuild() {
    Image parent = Image.builder("parent", "docker/Dockerfile.parent", FromTest.class)
        .stage("run", s -> s.from("python:3.12"))
        .publish("run", "nuniesmith/parent:x", "1.0.0")
        .build();
    ImageRef python = ImageRef.parse("python:3.12");

    assertThat(new From.External(python).externalImage()).contains(python);
    assertThat(new From.BuildArg("PYTHON_IMAGE", python).externalImage()).contains(python);
    assertThat(new From.Previous("base").externalImage()).isEmpty();
    assertThat(new From.Published(parent, "run").externalImage()).isEmpty();
  }

  @Test
  void platformIsAPlatformOrVariables() {
    assertThat(new From.External(ImageRef.parse("python:3.12")).withPlatform("linux/arm64").platform())
        .contains("linux/arm64");
    assertThat(new From.Previous("base").withPlatform("${BUILDPLATFORM}").expanded()).containsExactly("${BUILDPLATFORM}");
    assertThatThrownBy(() -> new From.Previous("base").withPlatform("linux/amd64 --network=host"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("platform 'linux/amd64 --network=host' is invalid: use os/arch[/variant] such as linux/arm64, or"
            + " a variable such as $BUILDPLATFORM");
    assertThatThrownBy(() -> new From.Previous("base").withPlatform("$(uname)"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("platform '$(uname)' is invalid: use os/arch[/variant] such as linux/arm64, or a variable such as"
            + " $BUILDPLATFORM");
  }

  @Test
  void expandedNeedsAVariableAndReferenceCharacters() {
    assertThat(From.image("$REGISTRY/base:${TAG:-1.0}")).isEqualTo(new From.Expanded("$REGISTRY/base:${TAG:-1.0}"));
    assertThat(new From.Expanded("${BASE}").expanded()).containsExactly("${BASE}");
    assertThatThrownBy(() -> new From.Expanded("python:3.12"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("from reference 'python:3.12' refers to no variable: start from the image or the stage itself");
    assertThatThrownBy(() -> new From.Expanded("${BASE} AS x"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("from reference '${BASE} AS x' is invalid: use an image reference or stage name with $NAME or"
            + " ${NAME...} references");
    assertThatThrownBy(() -> new From.Expanded("${BASE"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("from reference '${BASE' has a ${ without its closing }: write $NAME, ${NAME}, ${NAME:-default}"
            + " or ${NAME:+alternative}");
  }
}
