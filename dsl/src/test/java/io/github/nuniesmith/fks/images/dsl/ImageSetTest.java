package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageSetTest {
  private static Image image(String name, String dockerfile, String from, String publishes) {
    Image.Builder b = Image.builder(name, dockerfile, ImageSetTest.class).stage("run", s -> s.from(from));
    return (publishes == null ? b : b.publish("run", publishes, "1.0.0")).build();
  }

  @Test
  void rejectsImageBuildingOnAnImageNotInTheSet() {
    Image parent = image("base", "Dockerfile.base", "python:3.12-slim", "nuniesmith/base:1");
    Image child = Image.builder("child", "Dockerfile.child", ImageSetTest.class)
        .stage("run", s -> s.from(parent, "run")).build();

    assertThatThrownBy(() -> ImageSet.builder().image(child).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image child / stage run: builds on image 'base', which is not in this image set:"
            + " add it with image(...)");
    assertThat(ImageSet.builder().image(parent).image(child).build().images()).hasSize(2);
  }

  @Test
  void rejectsAStageNamingATagTheSetPublishes() {
    Image x = image("x", "docker/Dockerfile.x", "python:3.12-slim", "nuniesmith/x:edge");
    Image y = image("y", "docker/Dockerfile.y", "nuniesmith/x:edge-v1.0.0", null);

    assertThatThrownBy(() -> ImageSet.builder().image(x).image(y).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image y / stage run: starts from 'nuniesmith/x:edge-v1.0.0', which image 'x' of this set"
            + " publishes: build on it with from(image, \"run\"), so that the workflow, the bake file and rebuild"
            + " plans see the edge");
  }

  @Test
  void rejectsImagesThatWouldBuildOnEachOtherThroughTheirTags() {
    Image x = image("x", "docker/Dockerfile.x", "nuniesmith/y:edge-v1.0.0", "nuniesmith/x:edge");
    Image y = image("y", "docker/Dockerfile.y", "nuniesmith/x:edge", "nuniesmith/y:edge");

    assertThatThrownBy(() -> ImageSet.builder().image(x).image(y).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith("image x / stage run: starts from 'nuniesmith/y:edge-v1.0.0', which image 'y'");
  }

  @Test
  void acceptsAnImageBuildingOnAnotherThroughItsTarget() {
    Image x = image("x", "docker/Dockerfile.x", "python:3.12-slim", "nuniesmith/x:edge");
    Image y = Image.builder("y", "docker/Dockerfile.y", ImageSetTest.class).stage("run", s -> s.from(x, "run")).build();

    assertThat(ImageSet.builder().image(x).image(y).build().images())
        .extracting(Image::name).containsExactly("x", "y");
  }

  @Test
  void aSetIsHeldToTheBaselineUnlessItNamesAPolicy() {
    ImageSet set = ImageSet.builder().image(image("tools", "Dockerfile", "debian:trixie-slim", null)).build();

    assertThat(set.policy()).isEqualTo(Policy.BASELINE);
    assertThat(set.withPolicy(Policy.STRICT).policy()).isEqualTo(Policy.STRICT);
    assertThat(ImageSet.builder().image(image("tools", "Dockerfile", "debian:trixie-slim", null))
        .policy(Policy.STRICT).build().policy()).isEqualTo(Policy.STRICT);
  }

  @Test
  void platformsAreChosenPerImageWithASetDefault() {
    Image tools = image("tools", "docker/Dockerfile.tools", "debian:trixie-slim", null);
    Image app = image("app", "docker/Dockerfile.app", "debian:trixie-slim", null);

    ImageSet set = ImageSet.builder().platforms("linux/amd64", "linux/arm64").platformsFor("app", "linux/arm64/v8")
        .image(tools).image(app).build();

    assertThat(set.platforms(tools)).containsExactly("linux/amd64", "linux/arm64");
    assertThat(set.platforms(app)).containsExactly("linux/arm64/v8");
    assertThat(ImageSet.builder().image(tools).build().platforms(tools)).isEqualTo(ImageSet.DEFAULT_PLATFORMS);
  }

  @Test
  void refusesBadPlatforms() {
    Image tools = image("tools", "Dockerfile", "debian:trixie-slim", null);
    assertThatThrownBy(() -> ImageSet.builder().platforms("amd64"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("platform 'amd64' is invalid: write os/arch[/variant] such as linux/amd64 or linux/arm64/v8");
    assertThatThrownBy(() -> ImageSet.builder().platforms("linux/amd64", "linux/amd64"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("platforms lists a platform twice: keep one");
    assertThatThrownBy(() -> ImageSet.builder().platformsFor("tool", "linux/amd64").image(tools).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("sets platforms for 'tool', which is no image of this set: use one of [tools]");
  }

  @Test
  void rejectsTwoImagesWithOneName() {
    assertThatThrownBy(() -> ImageSet.builder().image(image("tools", "a/Dockerfile", "debian:trixie-slim", null))
        .image(image("tools", "b/Dockerfile", "debian:trixie-slim", null)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image tools: has the name of another image: rename it");
  }

  @Test
  void keepsOnePartOfEachTypeThatAHigherLevelBuilderAttaches() {
    record Origin(String what) {}
    ImageSet set = ImageSet.builder().image(image("tools", "Dockerfile", "debian:trixie-slim", null))
        .attach(new Origin("imported")).build();

    assertThat(set.part(Origin.class)).contains(new Origin("imported"));
    assertThat(set.withPolicy(Policy.STRICT).part(Origin.class)).contains(new Origin("imported"));
    assertThat(set.part(String.class)).isEmpty();
    assertThatThrownBy(() -> ImageSet.builder().attach(new Origin("a")).attach(new Origin("b")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("has a Origin attached already: attach one of each type");
  }
}
