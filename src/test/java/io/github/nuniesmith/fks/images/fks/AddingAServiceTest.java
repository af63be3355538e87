package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Port;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.Generation;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import io.github.nuniesmith.fks.images.generator.lint.LintPolicy;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adding a service is one edit: a copy of the FKS set with one more service, rendered as {@code
 * generate} renders it, differs from the set only in the new service's Dockerfile and the files that
 * describe the whole hierarchy (workflow, bake file, IMAGES.md); every other file is byte-identical.
 */
class AddingAServiceTest {
  /** A name and port no FKS service has yet, so that the test holds whichever services are defined. */
  private static final String NAME = Stream.iterate("added", n -> n + "-x")
      .filter(n -> FksServices.all().stream().noneMatch(s -> s.name().equals(n))).findFirst().orElseThrow();
  private static final int PORT = 1 + FksServices.all().stream()
      .flatMap(s -> s.ports().stream()).mapToInt(Port::number).max().orElse(8000);
  private static final List<String> HIERARCHY_FILES =
      List.of("generated/IMAGES.md", "generated/docker-bake.hcl", ".github/workflows/build-images.yml");

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void aNewServiceAddsItsDockerfileAndChangesOnlyTheHierarchyFiles(Strategy strategy) {
    Map<String, String> before = outputs(fksCopy(strategy, set -> {}));
    // As a user adds one: the line FksServices.all() would get, with its own apt and pip packages.
    Service service = FksServices.service(NAME, CpuBase.TIER, PORT)
        .buildPackages("gfortran")
        .runtimePackages("libgomp1")
        .pip("scikit-learn==1.5.2")
        .build();
    Map<String, String> after = outputs(fksCopy(strategy, set -> set.service(service)));

    String dockerfile = "generated/services/" + NAME + "/Dockerfile";
    List<String> added = after.keySet().stream().filter(p -> !before.containsKey(p)).toList();
    assertThat(added).as("files added with " + NAME).contains(dockerfile)
        .allMatch(p -> p.contains("/" + NAME + "/"), "in a folder of " + NAME);
    assertThat(before.keySet()).as("files removed by adding " + NAME).isSubsetOf(after.keySet());
    assertThat(changed(before, after)).as("files whose text changed").containsExactlyInAnyOrderElementsOf(HIERARCHY_FILES);
    for (String file : HIERARCHY_FILES) {
      assertThat(addedLines(before.get(file), after.get(file))).as(file + ": lines added").anyMatch(l -> l.contains(NAME));
    }
    DockerfileText text = DockerfileText.parse(after.get(dockerfile));
    assertThat(text.stages().get(0).withKeyword("RUN")).as(dockerfile).anyMatch(r -> r.endsWith(" gfortran"));
    assertThat(text.last().withKeyword("RUN")).as(dockerfile).anyMatch(r -> r.endsWith(" libgomp1"));
    assertThat(text.last().withKeyword("EXPOSE")).as(dockerfile).containsExactly("EXPOSE " + PORT + "/tcp");
    assertThat(text.stages().get(0).withKeyword("RUN")).as(dockerfile).anyMatch(r -> r.contains(" 'scikit-learn==1.5.2'"));
  }

  /** The copy is faithful: without the new service it renders exactly what FksImages renders. */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void theCopyOfTheSetRendersWhatFksImagesRenders(Strategy strategy) {
    Map<String, String> fks = outputs(new FksImages().imageSet(strategy));
    Map<String, String> copy = outputs(fksCopy(strategy, set -> {}));

    assertThat(copy.keySet()).containsExactlyElementsOf(fks.keySet());
    assertThat(changed(fks, copy)).isEmpty();
  }

  /** FksImages's parts, as FksImages puts them together, plus whatever {@code more} adds. */
  private static ImageSet fksCopy(Strategy strategy, Consumer<Hierarchy.Builder> more) {
    Hierarchy.Builder set = Hierarchy.builder(strategy).tier(CpuBase.TIER).tier(MlBase.TIER).tier(GpuBase.TIER);
    FksServices.all().forEach(set::service);
    more.accept(set);
    return set.build();
  }

  /** Every file generate writes for {@code set}, by path from the repository root. */
  private static Map<String, String> outputs(ImageSet set) {
    Generation generation = Generation.of(set, RenderedSet.GENERATOR, RepositoryLayout.DEFAULT, LintPolicy.DEFAULT);
    assertThat(generation.report().hasErrors()).as(generation.report().text()).isFalse();
    Map<String, String> files = new TreeMap<>();
    for (GeneratedFile f : generation.generated()) {
      files.put(RepositoryLayout.DEFAULT.generatedFolder() + "/" + f.path(), f.content());
    }
    for (GeneratedFile f : generation.workflows()) {
      files.put(".github/workflows/" + f.path(), f.content());
    }
    return files;
  }

  /** The paths in both maps whose text differs. */
  private static List<String> changed(Map<String, String> before, Map<String, String> after) {
    return before.keySet().stream().filter(after::containsKey).filter(p -> !before.get(p).equals(after.get(p))).toList();
  }

  /** The lines of {@code after} that {@code before} does not have: what a reviewer sees added. */
  private static List<String> addedLines(String before, String after) {
    TreeSet<String> old = new TreeSet<>(before.lines().toList());
    return after.lines().filter(l -> !old.contains(l)).toList();
  }

}
