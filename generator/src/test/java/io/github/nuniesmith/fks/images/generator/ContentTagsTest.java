package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Target;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ContentTagsTest {
  private static final Generator GENERATOR = Hierarchies.GENERATOR;

  @Test
  void everyTargetOfAnImageOthersBuildOnGetsItsMovingTagAndTwelveHexDigits() {
    ImageSet set = Hierarchies.threeTiers();
    ContentTags tags = GENERATOR.contentTags(set, ContextFiles.NONE);

    assertThat(tags.images()).containsExactly("cpu", "ml", "gpu");
    for (Tier tier : Hierarchy.of(set).tiers()) {
      for (Target target : set.image(tier.name()).orElseThrow().targets()) {
        assertThat(tags.of(tier.name(), target)).get().asString()
            .matches(java.util.regex.Pattern.quote(target.moving().toString()) + "-c[0-9a-f]{12}");
      }
    }
    assertThat(Hierarchy.of(set).services()).allSatisfy(s -> assertThat(tags.images()).doesNotContain(s.name()));
  }

  @Test
  void aFromNamesTheParentTargetsContentTagAndIsRefusedWhileTheParentHasNone() {
    ImageSet set = Hierarchies.threeTiers();
    From.Published parent = set.images().stream().flatMap(i -> i.stages().stream())
        .map(Stage::from).filter(From.Published.class::isInstance).map(From.Published.class::cast).findFirst().orElseThrow();
    ContentTags tags = GENERATOR.contentTags(set, ContextFiles.NONE);
    String expected = tags.of(parent.image().name(), parent.image().target(parent.target()).orElseThrow()).orElseThrow()
        .toString();

    assertThat(tags.reference(parent)).isEqualTo(expected);
    assertThat(tags.reference(parent)).isEqualTo(expected);
    // A refusal is not kept as an answer: asked again, it is refused again.
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> ContentTags.NONE.reference(parent)).isInstanceOf(IllegalStateException.class)
          .hasMessage("image " + parent.image().name() + " has no content tag yet: render the images others build on"
              + " first");
    }
  }

  @Test
  void theSameInputsGiveTheSameTags() {
    assertThat(tagsOf(chain("pip==25.2", "requests==2.32.3"), ContextFiles.NONE))
        .isEqualTo(tagsOf(chain("pip==25.2", "requests==2.32.3"), ContextFiles.NONE));
  }

  @Test
  void aChangeToTheRootChangesTheTagOfEveryImageBelowIt() {
    Map<String, String> before = tagsOf(chain("pip==25.2", "requests==2.32.3"), ContextFiles.NONE);
    Map<String, String> after = tagsOf(chain("pip==25.3", "requests==2.32.3"), ContextFiles.NONE);

    assertThat(before.keySet()).isEqualTo(after.keySet()).isNotEmpty();
    before.forEach((target, tag) -> assertThat(after.get(target)).as(target).isNotEqualTo(tag));
  }

  @Test
  void aChangeToAServiceChangesNoTag() {
    assertThat(tagsOf(chain("pip==25.2", "requests==2.32.4"), ContextFiles.NONE))
        .isEqualTo(tagsOf(chain("pip==25.2", "requests==2.32.3"), ContextFiles.NONE));
  }

  @Test
  void aChildsFromNamesItsParentsContentTagAlsoWhenRenderedAlone() {
    ImageSet set = chain("pip==25.2", "requests==2.32.3");
    ContentTags tags = GENERATOR.contentTags(set, ContextFiles.NONE);
    Image ml = set.image("ml").orElseThrow();
    Image cpu = set.image("cpu").orElseThrow();

    assertThat(GENERATOR.render(ml).content()).contains(
        "FROM " + tags.of("cpu", cpu.target("builder").orElseThrow()).orElseThrow() + " AS builder\n",
        "FROM " + tags.of("cpu", cpu.target("runtime").orElseThrow()).orElseThrow() + " AS runtime\n");
    assertThat(GENERATOR.render(set).stream().filter(f -> f.path().equals(ml.dockerfile().value())))
        .singleElement().extracting(GeneratedFile::content).isEqualTo(GENERATOR.render(ml).content());
  }

  @Test
  void theBuildContextFilesAParentReadsAreInItsTagAndNoOthers() {
    ImageSet set = withWheelhouse();
    Map<String, String> wheels = tagsOf(set, files(Map.of("wheels/a.whl", "1", "notes.txt", "1")));

    assertThat(tagsOf(set, files(Map.of("wheels/a.whl", "1", "notes.txt", "2"))))
        .as("a file the Dockerfile does not read").isEqualTo(wheels);
    assertThat(tagsOf(set, files(Map.of("wheels/a.whl", "2", "notes.txt", "1"))))
        .as("a file the Dockerfile reads").doesNotContainEntry("cpu-builder", wheels.get("cpu-builder"));
    assertThat(tagsOf(set, files(Map.of("notes.txt", "1"))))
        .as("the read folder missing").doesNotContainEntry("cpu-builder", wheels.get("cpu-builder"));
  }

  @Test
  void aParentThatReadsItsContextNeedsItsFiles() {
    assertThatThrownBy(() -> GENERATOR.render(withWheelhouse()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image cpu reads wheels from its build context, and other images build on it: its content tag"
            + " needs those files. Read them with ContextFiles.read(repositoryRoot, set, layout), as generate does,"
            + " and render with Generator.render(set, files)");
  }

  @Test
  void aSourceNamesAFileEveryFileBelowAFolderOrAGlobWithinOneName() {
    assertThat(ContentTags.glob("wheels/").matcher("wheels/a/b.whl").matches()).isTrue();
    assertThat(ContentTags.glob("./wheels").matcher("wheelsx/b.whl").matches()).isFalse();
    assertThat(ContentTags.glob("req*.txt").matcher("requirements.txt").matches()).isTrue();
    assertThat(ContentTags.glob("req*.txt").matcher("sub/requirements.txt").matches()).isFalse();
    assertThat(ContentTags.glob("a?.txt").matcher("ab.txt").matches()).isTrue();
    assertThat(ContentTags.glob("a+b.txt").matcher("aab.txt").matches()).isFalse();
    assertThat(ContentTags.glob(".").matcher("any/file").matches()).isTrue();
  }

  /** cpu, ml on it with a service each: cpu pins {@code cpuPin}, the service on ml {@code servicePin}. */
  private static ImageSet chain(String cpuPin, String servicePin) {
    Tier cpu = Tier.root(TierRole.CPU, "cpu", ContentTagsTest.class)
        .python("3.12", "python:3.12-slim-trixie").publishAs("example/fks:base", "1.0.0").pip(cpuPin).build();
    Tier ml = Tier.on(cpu, TierRole.ML, "ml", ContentTagsTest.class)
        .publishAs("example/fks:base-ml", "1.0.0").pip("langchain>=0.3.0").build();
    return Hierarchy.builder(Strategy.OPTION_1).tier(cpu).tier(ml)
        .service(Service.builder("app", cpu, ContentTagsTest.class).port(8000).command("python", "-m", "app").build())
        .service(Service.builder("ai", ml, ContentTagsTest.class).port(8001).command("python", "-m", "ai")
            .pip(servicePin).build())
        .build();
  }

  /** A cpu tier that installs from a wheelhouse in its build context, with a service on it. */
  private static ImageSet withWheelhouse() {
    Tier cpu = Tier.root(TierRole.CPU, "cpu", ContentTagsTest.class)
        .python("3.12", "python:3.12-slim-trixie").publishAs("example/fks:base", "1.0.0")
        .pip(PipInstall.builder("fixcpu==1.0").index(PackageIndex.wheelhouse("wheels")).build()).build();
    return Hierarchy.builder(Strategy.OPTION_1).tier(cpu)
        .service(Service.builder("app", cpu, ContentTagsTest.class).port(8000).command("python", "-m", "app").build())
        .build();
  }

  /** The cpu image's context, holding {@code files} with the given hashes. */
  private static ContextFiles files(Map<String, String> files) {
    return new ContextFiles(Map.of("cpu", new TreeMap<>(files)));
  }

  /** Every content tag of {@code set}, by image and stage. */
  private static Map<String, String> tagsOf(ImageSet set, ContextFiles files) {
    ContentTags tags = GENERATOR.contentTags(set, files);
    Map<String, String> out = new TreeMap<>();
    for (Image image : set.images()) {
      image.targets().forEach(t -> tags.of(image.name(), t).ifPresent(tag -> out.put(image.name() + "-" + t.stage(), tag.toString())));
    }
    return out;
  }
}
