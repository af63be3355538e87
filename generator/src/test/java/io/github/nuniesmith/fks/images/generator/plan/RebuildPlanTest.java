package io.github.nuniesmith.fks.images.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import io.github.nuniesmith.fks.images.generator.ContentTags;
import io.github.nuniesmith.fks.images.generator.ContextFiles;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Plans on a small set: a tier with apt packages and a source build, a service, and two images, the
 * second built on the first but listed before it.
 */
class RebuildPlanTest {
  private static final Tier CPU = Tier.root(TierRole.CPU, "cpu", RebuildPlanTest.class)
      .python("3.12", "python:3.12-slim-trixie").publishAs("example/img:base", "1.0.0")
      .buildPackages("cmake").runtimePackages("libopenblas0")
      .sourceBuild(SourceBuild.tarball("zlib", "1.3.1").url("https://example.com/zlib-1.3.1.tar.gz")
          .sha256("9a93b2b7dfdac77ceba5a558a580e74667dd6fede4585b91eefb60f03b72df23").buildPackages("make").build())
      .pip("numpy==2.1.0")
      .build();
  private static final ImageSet SET = set();

  private static ImageSet set() {
    Image tools = Image.builder("tools", "tools/Dockerfile", RebuildPlanTest.class)
        .stage("main", s -> s.from("debian:trixie-slim").apt("curl"))
        .publish("main", "example/tools:main", "1.0.0")
        .build();
    Image more = Image.builder("more-tools", "more/Dockerfile", RebuildPlanTest.class)
        .stage("main", s -> s.from(tools, "main"))
        .build();
    return Hierarchy.builder(Strategy.OPTION_1).tier(CPU)
        .service(Service.builder("api", CPU, RebuildPlanTest.class).port(8000).command("python", "-m", "api").build())
        .image(more).image(tools)
        .build();
  }

  private static List<String> plan(Change... changes) {
    return RebuildPlan.of(SET, RepositoryLayout.DEFAULT, List.of(changes)).rebuilds().stream().map(RebuildPlan.Rebuild::toString).toList();
  }

  @Test
  void findsPipPinsSourceBuildsAptPackagesAndBaseImagesByName() {
    assertThat(plan(new Change.Named("NumPy"))).containsExactly("base cpu: pins numpy==2.1.0", "service api: built on cpu");
    assertThat(plan(new Change.Named("debian"))).containsExactly(
        "image tools: starts from debian:trixie-slim", "image more-tools: built on tools");
    assertThat(plan(new Change.Named("curl"))).first().isEqualTo("image tools: installs apt package curl");
    assertThat(plan(new Change.Named("zlib"))).first().isEqualTo("base cpu: builds zlib 1.3.1 from source");
    assertThat(plan(new Change.Named("make"))).first().isEqualTo("base cpu: installs apt package make");
    assertThat(plan(new Change.Named("libopenblas0"))).first().isEqualTo("base cpu: installs apt package libopenblas0");
    assertThat(plan(new Change.Named("python"))).first().isEqualTo("base cpu: starts from python:3.12-slim-trixie");
  }

  @Test
  void aNamedImageRebuildsWhatIsBuiltOnItOnly() {
    assertThat(plan(new Change.Named("api"))).containsExactly("service api: named as changed");
    assertThat(plan(new Change.Named("cpu"), new Change.Named("numpy"))).containsExactly(
        "base cpu: named as changed; pins numpy==2.1.0", "service api: built on cpu");
  }

  @Test
  void anUnknownNameWithNothingCloseSaysToCheckTheSpelling() {
    assertThatThrownBy(() -> plan(new Change.Named("kubernetes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'kubernetes' is no package, pin, source build, base image or image of this set (OPTION_1):"
            + " check the spelling. Names are compared as PEP 503 names, e.g. ta-lib for TA-Lib.");
  }

  @Test
  void anEditedPinRebuildsOnlyTheImagesInstallingItAsWritten() {
    assertThat(plan(new Change.PinEdited("numpy", "pins/cpu.txt", Optional.of("numpy==2.1.0"))))
        .containsExactly("base cpu: pins numpy==2.1.0 (pins/cpu.txt)", "service api: built on cpu");
    assertThat(plan(new Change.PinEdited("numpy", "pins/other.txt", Optional.of("numpy==2.2.0")))).isEmpty();
    assertThat(plan(new Change.PinEdited("zlib", "pins/cpu.txt", Optional.empty()))).isEmpty();
  }

  @Test
  void aPinThatNoImageInstallsIsReportedNotRefused() {
    RebuildPlan plan = RebuildPlan.of(SET, RepositoryLayout.DEFAULT, List.of(new Change.PinEdited("scipy", "pins/cpu.txt", Optional.empty())));

    assertThat(plan.format()).isEqualTo("""
        Rebuild plan (OPTION_1) for scipy in pins/cpu.txt:
          nothing to rebuild
        Changed, but no image is built from it: pins/cpu.txt (scipy, which no image installs)
        """);
  }

  @Test
  void onlyUnrelatedFilesRebuildNothing() {
    assertThat(RebuildPlan.of(SET, RepositoryLayout.DEFAULT, List.of(new Change.Unrelated("README.md"))).format()).isEqualTo("""
        Rebuild plan (OPTION_1) for no change to an image's inputs:
          nothing to rebuild
        Changed, but no image is built from it: README.md
        """);
  }

  @Test
  void sharedCodeRebuildsEveryImageAndUnrelatedFilesAreListedUpToTen() {
    List<Change> changes = new java.util.ArrayList<>(List.of(new Change.SharedDefinition("src/Shared.java")));
    IntStream.rangeClosed(1, 12).forEach(i -> changes.add(new Change.Unrelated("doc" + i + ".md")));

    assertThat(RebuildPlan.of(SET, RepositoryLayout.DEFAULT, changes).format()).isEqualTo("""
        Rebuild plan (OPTION_1) for src/Shared.java:
           1. base cpu: src/Shared.java changed, and no image is defined there alone
           2. image tools: src/Shared.java changed, and no image is defined there alone
           3. image more-tools: src/Shared.java changed, and no image is defined there alone; built on tools
           4. service api: src/Shared.java changed, and no image is defined there alone; built on cpu
        Changed, but no image is built from it: doc1.md, doc2.md, doc3.md, doc4.md, doc5.md, doc6.md, doc7.md, \
        doc8.md, doc9.md, doc10.md and 2 more
        """);
  }

  @Test
  void aChangedFileInAServicesBuildContextRebuildsTheService() {
    List<Change> changes = new ChangedFiles("src/main/pins", "src/main/java", RepositoryLayout.DEFAULT)
        .changes(SET, List.of("services/api/main.py", "docs/index.md"), p -> Optional.empty(), p -> Optional.empty());

    assertThat(RebuildPlan.of(SET, RepositoryLayout.DEFAULT, changes).format()).isEqualTo("""
        Rebuild plan (OPTION_1) for services/api/main.py:
           1. service api: services/api/main.py changed
        Changed, but no image is built from it: docs/index.md
        """);
  }

  /** The plan names the content tags the rebuilt images others build on publish, as the bake file does. */
  @Test
  void theContentTagsOfTheRebuiltImagesOthersBuildOnAreListed() {
    ContentTags tags = new Generator("src/test/java", "regenerate").contentTags(SET, ContextFiles.NONE);
    Image cpu = SET.image("cpu").orElseThrow();
    Image tools = SET.image("tools").orElseThrow();

    assertThat(RebuildPlan.of(SET, RepositoryLayout.DEFAULT, List.of(new Change.Named("numpy"))).contentTags(SET, tags))
        .isEqualTo("Content tags children will build FROM (a tag the registry has already is not pushed again):\n"
            + "  cpu: " + tags.of("cpu", cpu.targets().get(0)).orElseThrow() + ", "
            + tags.of("cpu", cpu.targets().get(1)).orElseThrow() + "\n");
    assertThat(RebuildPlan.of(SET, RepositoryLayout.DEFAULT, List.of(new Change.Named("curl"))).contentTags(SET, tags))
        .isEqualTo("Content tags children will build FROM (a tag the registry has already is not pushed again):\n"
            + "  tools: " + tags.of("tools", tools.targets().get(0)).orElseThrow() + "\n");
    assertThat(RebuildPlan.of(SET, RepositoryLayout.DEFAULT, List.of(new Change.Named("api"))).contentTags(SET, tags))
        .isEmpty();
  }
}
