package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.AptInstall;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import io.github.nuniesmith.fks.images.generator.pins.Pin;
import io.github.nuniesmith.fks.images.generator.pins.PinCatalog;
import io.github.nuniesmith.fks.images.generator.pins.PinFile;
import io.github.nuniesmith.fks.images.generator.plan.Change;
import io.github.nuniesmith.fks.images.generator.plan.ChangedFiles;
import io.github.nuniesmith.fks.images.generator.plan.RebuildPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed document's "When to Rebuild Base Images", as rules over the graph of the FKS set that
 * hold for every package, pin, file and image under each strategy: a change rebuilds exactly the
 * images that install or are built from what changed, and every image built on them, parents
 * before children. Where the seed is wrong for these images (PyTorch), the test says what is right.
 */
class MaintenanceTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final String PINS = "src/main/pins";
  private static final ChangedFiles FILES = new ChangedFiles(PINS, "src/main/java", RepositoryLayout.DEFAULT);

  /** Every name a person can give (each package, apt package, source build, base image and image). */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void aNameRebuildsTheImagesThatInstallItAndEveryImageBuiltOnThemParentsFirst(Strategy strategy) {
    RenderedSet fks = RenderedSet.of(strategy);
    for (String name : names(fks.set())) {
      Set<String> direct = new LinkedHashSet<>(installers(fks.set(), name));
      fks.set().image(name).ifPresent(i -> direct.add(i.name()));
      RebuildPlan plan = plan(fks.set(), new Change.Named(name));

      assertThat(images(plan)).as(strategy + " " + name).isEqualTo(fks.builtOn(direct));
      assertParentsFirstWithReasons(fks, plan, direct);
    }
  }

  /** The seed: a Python release and TA-Lib (built in the CPU base every image builds on) rebuild everything. */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void pythonAndTaLibRebuildEveryImage(Strategy strategy) {
    RenderedSet fks = RenderedSet.of(strategy);
    String python = CpuBase.TIER.python().orElseThrow().image().name();

    assertThat(images(plan(fks.set(), new Change.Named(python)))).isEqualTo(fks.names());
    assertThat(images(plan(fks.set(), new Change.Named(CpuBase.TA_LIB.name())))).isEqualTo(fks.names());
    assertThat(images(plan(fks.set(), new Change.Named("TA_Lib")))).as("PEP 503 names").isEqualTo(fks.names());
  }

  /**
   * The seed says "rebuild GPU base only" for PyTorch, but the ML base installs a CPU build of torch
   * for sentence-transformers, and pins may differ between tiers only in their local label: a torch
   * release rebuilds ml too, wherever the ML base is published.
   */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void torchRebuildsTheMlBaseTooBecauseItHoldsACpuTorch(Strategy strategy) {
    RenderedSet fks = RenderedSet.of(strategy);
    List<String> rebuilt = images(plan(fks.set(), new Change.Named(Pins.MlTorch.TORCH.name())));

    assertThat(rebuilt).contains(GpuBase.TIER.name());
    if (fks.set().image(MlBase.TIER.name()).isPresent()) {
      assertThat(rebuilt).contains(MlBase.TIER.name());
    }
  }

  /**
   * Each line of each catalog file: the edit rebuilds the images that install that requirement as
   * written (torch +cu128 and +cpu are different lines of different files) and every image built on
   * them; TA-Lib's Python pin alone leaves the C library's image be.
   */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void aCatalogLineRebuildsTheImagesThatInstallItAsWrittenAndThoseBuiltOnThem(Strategy strategy) throws IOException {
    RenderedSet fks = RenderedSet.of(strategy);
    Map<String, String> texts = catalog();
    int lines = 0;
    for (PinFile file : PinCatalog.read(texts, "Pins").files()) {
      String text = texts.get(file.path());
      for (Pin pin : file.pins()) {
        lines++;
        String now = pin.requirement().toString();
        List<Change> changes = FILES.changes(fks.set(), List.of(file.path()),
            p -> Optional.of(without(text, pin.line())), p -> Optional.of(text));

        assertThat(changes).as(file.path() + ":" + pin.line())
            .containsExactly(new Change.PinEdited(pin.requirement().canonicalName(), file.path(), Optional.of(now)));
        Set<String> direct = new LinkedHashSet<>();
        for (Image image : fks.set().images()) {
          if (RenderedSet.steps(image, PipInstall.class).stream().flatMap(i -> i.requirements().stream())
              .anyMatch(r -> r.toString().equals(now))) {
            direct.add(image.name());
          }
        }
        assertThat(images(RebuildPlan.of(fks.set(), RepositoryLayout.DEFAULT, changes)))
            .as(strategy + " " + file.path() + ":" + pin.line() + " " + now).isEqualTo(fks.builtOn(direct));
      }
    }
    assertThat(lines).as("pins read from " + PINS).isPositive();
  }

  /** A definition class, an image's Dockerfile or a service's build context rebuilds the images built from it. */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void aFileRebuildsTheImagesBuiltFromItAndThoseBuiltOnThem(Strategy strategy) {
    RenderedSet fks = RenderedSet.of(strategy);
    Map<String, Set<String>> definedIn = new TreeMap<>();
    for (Image image : fks.set().images()) {
      definedIn.computeIfAbsent("src/main/java/" + Generator.sourcePath(image.definedIn()), k -> new LinkedHashSet<>())
          .add(image.name());
      assertRebuilds(fks, RepositoryLayout.DEFAULT.generatedFolder() + "/" + image.dockerfile().value(), Set.of(image.name()));
    }
    definedIn.forEach((path, images) -> assertRebuilds(fks, path, images));
    for (Service service : Hierarchy.of(fks.set()).services()) {
      assertRebuilds(fks, RepositoryLayout.DEFAULT.serviceContexts() + "/" + service.name() + "/src/main.py",
          Set.of(service.name()));
    }
    RebuildPlan readme = plan(fks.set(), FILES.changes(fks.set(), List.of("README.md"), p -> Optional.empty(), p -> Optional.empty()));
    assertThat(readme.rebuilds()).isEmpty();
    assertThat(readme.unrelated()).containsExactly("README.md");
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void sharedDefinitionCodeRebuildsEverything(Strategy strategy) {
    RenderedSet fks = RenderedSet.of(strategy);
    String shared = "src/main/java/" + Generator.sourcePath(Fks.class.getName());
    List<Change> changes = FILES.changes(fks.set(), List.of(shared), p -> Optional.empty(), p -> Optional.empty());

    assertThat(changes).containsExactly(new Change.SharedDefinition(shared));
    assertThat(images(plan(fks.set(), changes))).isEqualTo(fks.names());
  }

  /** Its own small set, so that the message is exact. */
  @Test
  void anUnknownNameIsRefusedWithCloseMatches() {
    Tier base = Tier.root(TierRole.CPU, "base", MaintenanceTest.class)
        .python("3.12", "python:3.12-slim-trixie")
        .publishAs("example/images:base", "1.0.0")
        .pip("langchain>=0.3.0", "requests==2.32.3")
        .build();
    ImageSet set = Hierarchy.builder(Strategy.OPTION_1).tier(base).build();

    assertThatThrownBy(() -> plan(set, new Change.Named("langchian")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'langchian' is no package, pin, source build, base image or image of this set (OPTION_1):"
            + " did you mean langchain? Names are compared as PEP 503 names, e.g. ta-lib for TA-Lib.");
    assertThatThrownBy(() -> plan(set, new Change.Named("kubernetes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'kubernetes' is no package, pin, source build, base image or image of this set (OPTION_1):"
            + " check the spelling. Names are compared as PEP 503 names, e.g. ta-lib for TA-Lib.");
  }

  private static void assertRebuilds(RenderedSet fks, String path, Set<String> direct) {
    RebuildPlan plan = plan(fks.set(), FILES.changes(fks.set(), List.of(path), p -> Optional.empty(), p -> Optional.empty()));
    assertThat(images(plan)).as(Hierarchy.of(fks.set()).strategy() + " " + path).isEqualTo(fks.builtOn(direct));
    assertParentsFirstWithReasons(fks, plan, direct);
    plan.rebuilds().stream().filter(r -> direct.contains(r.image()))
        .forEach(r -> assertThat(r.reasons()).as(r.toString()).contains(path + " changed"));
  }

  /** Each rebuilt image comes after the rebuilt images it builds on and names them; the others say why they change. */
  private static void assertParentsFirstWithReasons(RenderedSet fks, RebuildPlan plan, Set<String> direct) {
    List<String> done = new ArrayList<>();
    for (RebuildPlan.Rebuild rebuild : plan.rebuilds()) {
      Image image = fks.set().image(rebuild.image()).orElseThrow();
      for (String parent : RenderedSet.parents(image)) {
        if (images(plan).contains(parent)) {
          assertThat(done).as(rebuild + ": parents first").contains(parent);
          assertThat(rebuild.reasons()).as(rebuild.toString()).contains("built on " + parent);
        }
      }
      if (direct.contains(rebuild.image())) {
        assertThat(rebuild.reasons()).as(rebuild.toString()).anyMatch(r -> !r.startsWith("built on "));
      }
      done.add(rebuild.image());
    }
  }

  /** The images that install, build or start from {@code name}, compared as PEP 503 names. */
  private static List<String> installers(ImageSet set, String name) {
    String wanted = PipRequirement.canonical(name);
    List<String> out = new ArrayList<>();
    for (Image image : set.images()) {
      boolean hit = false;
      for (Stage stage : image.stages()) {
        hit |= stage.from().externalImage().filter(ref -> PipRequirement.canonical(ref.name()).equals(wanted)).isPresent();
      }
      hit |= RenderedSet.steps(image, PipInstall.class).stream().flatMap(i -> i.requirements().stream())
          .anyMatch(r -> r.canonicalName().equals(wanted));
      hit |= RenderedSet.steps(image, SourceBuild.class).stream()
          .anyMatch(b -> PipRequirement.canonical(b.name()).equals(wanted) || b.buildPackages().packages().contains(wanted));
      hit |= RenderedSet.steps(image, AptInstall.class).stream().anyMatch(a -> a.packages().contains(wanted));
      if (hit) {
        out.add(image.name());
      }
    }
    return out;
  }

  /** Every name the model gives: images, base images, pip packages, source builds and apt packages. */
  private static Set<String> names(ImageSet set) {
    Set<String> names = new TreeSet<>();
    for (Image image : set.images()) {
      names.add(image.name());
      image.stages().forEach(s -> s.from().externalImage().ifPresent(ref -> names.add(ref.name())));
      RenderedSet.steps(image, PipInstall.class).forEach(i -> i.requirements().forEach(r -> names.add(r.name())));
      RenderedSet.steps(image, SourceBuild.class).forEach(b -> {
        names.add(b.name());
        names.addAll(b.buildPackages().packages());
      });
      RenderedSet.steps(image, AptInstall.class).forEach(a -> names.addAll(a.packages()));
    }
    return names;
  }

  private static Map<String, String> catalog() throws IOException {
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> files = Files.list(REPOSITORY.resolve(PINS))) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
        texts.put(PINS + "/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  /** {@code text} without its line {@code line} (from 1): the catalog before that pin was added. */
  private static String without(String text, int line) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    lines.remove(line - 1);
    return String.join("\n", lines);
  }

  private static RebuildPlan plan(ImageSet set, Change... changes) {
    return plan(set, List.of(changes));
  }

  private static RebuildPlan plan(ImageSet set, List<Change> changes) {
    return RebuildPlan.of(set, RepositoryLayout.DEFAULT, changes);
  }

  private static List<String> images(RebuildPlan plan) {
    return plan.rebuilds().stream().map(RebuildPlan.Rebuild::image).toList();
  }
}
