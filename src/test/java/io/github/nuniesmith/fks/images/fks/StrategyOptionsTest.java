package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.generator.ContentTags;
import io.github.nuniesmith.fks.images.generator.ContextFiles;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.HierarchyFiles;
import io.github.nuniesmith.fks.images.generator.ImageGraph;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The seed's three strategy options, rendered from the same definitions: what each base and service
 * builds on, and that the workflow's needs-chain, path filters and the bake file's contexts say the
 * same as the FROM lines of the Dockerfiles.
 */
class StrategyOptionsTest {
  private static final String CPU = CpuBase.TIER.name();
  private static final String ML = MlBase.TIER.name();
  private static final String GPU = GpuBase.TIER.name();
  private static final Pattern FROM = Pattern.compile("(?m)^FROM (\\S+)");
  private static final Map<Strategy, Map<String, String>> RENDERED = new EnumMap<>(Strategy.class);
  private static final Map<Strategy, Map<String, Map<String, Object>>> JOBS = new EnumMap<>(Strategy.class);

  @Test
  void optionOneBuildsGpuOnMlAndEachServiceOnItsOwnTier() {
    Map<String, List<String>> parents = parents(Strategy.OPTION_1);

    assertThat(bases(Strategy.OPTION_1, parents)).containsExactly(
        Map.entry(CPU, List.of()), Map.entry(ML, List.of(CPU)), Map.entry(GPU, List.of(ML)));
    assertThat(servicesOn(parents)).containsExactlyEntriesOf(declaredOn(Map.of(CPU, CPU, ML, ML, GPU, GPU)));
  }

  @Test
  void optionTwoGivesTheMlServicesTheGpuBaseAndPublishesNoMlBase() {
    Map<String, List<String>> parents = parents(Strategy.OPTION_2);

    assertThat(bases(Strategy.OPTION_2, parents)).containsExactly(Map.entry(CPU, List.of()), Map.entry(GPU, List.of(CPU)));
    assertThat(servicesOn(parents)).containsExactlyEntriesOf(declaredOn(Map.of(CPU, CPU, ML, GPU, GPU, GPU)));
  }

  @Test
  void optionThreeBuildsGpuOnCpuBesideMl() {
    Map<String, List<String>> parents = parents(Strategy.OPTION_3);

    assertThat(bases(Strategy.OPTION_3, parents)).containsExactly(
        Map.entry(CPU, List.of()), Map.entry(ML, List.of(CPU)), Map.entry(GPU, List.of(CPU)));
    assertThat(servicesOn(parents)).containsExactlyEntriesOf(declaredOn(Map.of(CPU, CPU, ML, ML, GPU, GPU)));
  }

  @Test
  void aChangeToTheMlDockerfileRebuildsMlGpuUnderOptionOneAndTheirServicesNeverTheCpuBase() {
    TreeSet<String> option1 = new TreeSet<>(List.of(ML, GPU));
    option1.addAll(declaredOn(Map.of(ML, ML, GPU, GPU)).values().stream().flatMap(List::stream).toList());
    assertThat(rebuiltBy(Strategy.OPTION_1, "generated/" + MlBase.TIER.dockerfile().value())).isEqualTo(option1);

    TreeSet<String> option3 = new TreeSet<>(List.of(ML));
    option3.addAll(declaredOn(Map.of(ML, ML)).getOrDefault(ML, List.of()));
    assertThat(rebuiltBy(Strategy.OPTION_3, "generated/" + MlBase.TIER.dockerfile().value())).isEqualTo(option3);

    TreeSet<String> option2 = new TreeSet<>(List.of(GPU));
    option2.addAll(declaredOn(Map.of(ML, GPU, GPU, GPU)).getOrDefault(GPU, List.of()));
    assertThat(rebuiltBy(Strategy.OPTION_2, "generated/" + GpuBase.TIER.dockerfile().value())).isEqualTo(option2);

    assertThat(rebuiltBy(Strategy.OPTION_1, "generated/" + CpuBase.TIER.dockerfile().value()))
        .isEqualTo(new TreeSet<>(parents(Strategy.OPTION_1).keySet()));
    for (Service service : FksServices.all()) {
      assertThat(rebuiltBy(Strategy.OPTION_1, "services/" + service.name() + "/requirements.txt"))
          .containsExactly(service.name());
    }
    assertThat(rebuiltBy(Strategy.OPTION_1, "README.md")).isEmpty();
  }

  /** Parents as the Dockerfiles' FROM lines name them, against the workflow's jobs and filters. */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void theWorkflowsNeedsChainEqualsTheGraph(Strategy strategy) {
    Map<String, List<String>> parents = parents(strategy);
    Map<String, Map<String, Object>> jobs = jobs(strategy);

    for (String base : bases(strategy, parents).keySet()) {
      List<String> needs = new ArrayList<>(List.of("verify", "changes"));
      parents.get(base).forEach(p -> needs.add("build-" + p));
      assertThat(jobs.get("build-" + base).get("needs")).as(base).isEqualTo(needs);
    }
    Map<String, List<String>> matrices = new TreeMap<>();
    jobs.forEach((id, job) -> {
      if (id.startsWith("services-on-")) {
        assertThat(job.get("needs")).as(id).isEqualTo(List.of("verify", "changes", "build-" + id.substring(12)));
        matrices.put(id.substring(12), matrix(strategy, id));
      }
    });
    assertThat(matrices).isEqualTo(new TreeMap<>(servicesOn(parents)));
    assertThat(jobs.keySet()).filteredOn(id -> id.startsWith("build-"))
        .containsExactlyInAnyOrderElementsOf(bases(strategy, parents).keySet().stream().map(b -> "build-" + b).toList());
  }

  /** A change to any image's Dockerfile sets the filters of that image and of every image built on it. */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void theWorkflowsPathFiltersEqualTheGraph(Strategy strategy) {
    Map<String, List<String>> parents = parents(strategy);
    Map<String, String> dockerfiles = dockerfiles(strategy);

    for (String image : parents.keySet()) {
      TreeSet<String> expected = new TreeSet<>(descendants(parents, image));
      expected.add(image);
      assertThat(rebuiltBy(strategy, "generated/" + dockerfiles.get(image))).as(image).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void theBakeFilesContextsEqualTheGraph(Strategy strategy) {
    Map<String, List<String>> parents = parents(strategy);
    Pattern target = Pattern.compile("(?s)target \"([a-z-]+)\" \\{\n  context    = \"([^\"]+)\"\n  dockerfile = \"([^\"]+)\"(.*?)\n}");
    Pattern context = Pattern.compile("\"[^\"]+\" = [^\n]*\"target:([a-z]+)-(builder|runtime)\"");
    Matcher m = target.matcher(file(strategy, "docker-bake.hcl"));
    int targets = 0;
    while (m.find()) {
      targets++;
      String image = m.group(1).replaceFirst("-(builder|runtime)$", "");
      TreeSet<String> linked = new TreeSet<>();
      Matcher c = context.matcher(m.group(4));
      while (c.find()) {
        linked.add(c.group(1));
      }
      assertThat(linked).as(m.group(1)).isEqualTo(new TreeSet<>(parents.get(image)));
    }
    ImageSet set = new FksImages().imageSet(strategy);
    assertThat(targets).as("a builder and a runtime target per tier, one target per service")
        .isEqualTo(2 * Hierarchy.of(set).tiers().size() + Hierarchy.of(set).services().size());
  }

  /** The graph as the generator computes it, for the build-order check. */
  @Test
  void theGeneratorsBuildOrderPutsEveryParentFirst() {
    for (Strategy strategy : Strategy.values()) {
      ImageGraph graph = ImageGraph.of(new FksImages().imageSet(strategy), RepositoryLayout.DEFAULT);
      List<String> order = graph.nodes().stream().map(ImageGraph.Node::name).toList();
      parents(strategy).forEach((image, p) -> p.forEach(parent ->
          assertThat(order.indexOf(parent)).as(strategy + " " + image).isLessThan(order.indexOf(image))));
    }
  }

  /** Each image's parents, read from the FROM lines of its rendered Dockerfile. */
  private static Map<String, List<String>> parents(Strategy strategy) {
    ImageSet set = new FksImages().imageSet(strategy);
    Generator generator = new Generator("src/main/java", "./mvnw -Pgenerate");
    ContentTags tags = generator.contentTags(set, ContextFiles.NONE);
    Map<String, String> publisher = new LinkedHashMap<>();
    for (Image image : set.images()) {
      // Children name a parent by the content tag it publishes beside its human tags.
      image.targets().forEach(t -> tags.of(image.name(), t).ifPresent(c -> publisher.put(c.toString(), image.name())));
    }
    Map<String, String> texts = new LinkedHashMap<>();
    generator.render(set).forEach(f -> texts.put(f.path(), f.content()));
    Map<String, List<String>> parents = new LinkedHashMap<>();
    for (Image image : set.images()) {
      List<String> found = new ArrayList<>();
      Matcher m = FROM.matcher(texts.get(image.dockerfile().value()));
      while (m.find()) {
        String parent = publisher.get(m.group(1));
        if (parent != null && !found.contains(parent)) {
          found.add(parent);
        }
      }
      parents.put(image.name(), found);
    }
    return parents;
  }

  /** The published tiers with their parents. */
  private static Map<String, List<String>> bases(Strategy strategy, Map<String, List<String>> parents) {
    Map<String, List<String>> bases = new LinkedHashMap<>();
    Hierarchy.of(new FksImages().imageSet(strategy)).tiers().forEach(t -> bases.put(t.name(), parents.get(t.name())));
    return bases;
  }

  /** The services that are no tier, grouped by the one image each builds on. */
  private static Map<String, List<String>> servicesOn(Map<String, List<String>> parents) {
    Set<String> services = new LinkedHashSet<>();
    FksServices.all().forEach(s -> services.add(s.name()));
    Map<String, List<String>> on = new LinkedHashMap<>();
    parents.forEach((image, p) -> {
      if (services.contains(image)) {
        assertThat(p).as(image).hasSize(1);
        on.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(image);
      }
    });
    return on;
  }

  /**
   * The services as FksServices declares them, grouped by where {@code rewired} (declared tier to
   * the tier a strategy builds it on) puts their declared tier, in the order of the groups' first services.
   */
  private static Map<String, List<String>> declaredOn(Map<String, String> rewired) {
    Map<String, List<String>> on = new LinkedHashMap<>();
    for (Service service : FksServices.all()) {
      String tier = rewired.get(service.tier().name());
      if (tier != null) {
        on.computeIfAbsent(tier, k -> new ArrayList<>()).add(service.name());
      }
    }
    return on;
  }

  private static List<String> descendants(Map<String, List<String>> parents, String image) {
    List<String> out = new ArrayList<>();
    parents.forEach((child, p) -> {
      if (p.contains(image)) {
        out.add(child);
        out.addAll(descendants(parents, child));
      }
    });
    return out;
  }

  private static Map<String, String> dockerfiles(Strategy strategy) {
    Map<String, String> paths = new LinkedHashMap<>();
    new FksImages().imageSet(strategy).images().forEach(i -> paths.put(i.name(), i.dockerfile().value()));
    return paths;
  }

  /** The image filters of the workflow that a change to {@code path} sets, as paths-filter matches globs. */
  private static TreeSet<String> rebuiltBy(Strategy strategy, String path) {
    TreeSet<String> images = new TreeSet<>();
    filters(strategy).forEach((name, globs) -> {
      boolean hit = globs.stream().anyMatch(g -> g.endsWith("/**") ? path.startsWith(g.substring(0, g.length() - 2)) : g.equals(path));
      if (hit && !name.startsWith("services-on-")) {
        images.add(name);
      }
    });
    return images;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> filters(Strategy strategy) {
    List<Map<String, Object>> steps = (List<Map<String, Object>>) jobs(strategy).get("changes").get("steps");
    Map<String, Object> with = (Map<String, Object>) steps.get(1).get("with");
    return (Map<String, List<String>>) new Yaml().load((String) with.get("filters"));
  }

  /** The services a services job may build: the changes job computes its matrix from them at run time. */
  @SuppressWarnings("unchecked")
  private static List<String> matrix(Strategy strategy, String job) {
    List<Map<String, Object>> steps = (List<Map<String, Object>>) jobs(strategy).get("changes").get("steps");
    Map<String, Object> env = (Map<String, Object>) steps.get(2).get("env");
    return ((Map<String, List<String>>) new Yaml().load((String) env.get("JOBS"))).get(job);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> jobs(Strategy strategy) {
    return JOBS.computeIfAbsent(strategy, s -> {
      Map<String, Object> workflow = new Yaml().load(file(s, "build-images.yml"));
      return (Map<String, Map<String, Object>>) workflow.get("jobs");
    });
  }

  private static String file(Strategy strategy, String path) {
    return RENDERED.computeIfAbsent(strategy, StrategyOptionsTest::render).get(path);
  }

  /** The hierarchy files of {@code strategy} by path: the bake file, IMAGES.md and the workflow. */
  private static Map<String, String> render(Strategy strategy) {
    HierarchyFiles files = new HierarchyFiles(new Generator("src/main/java", "./mvnw -Pgenerate"), RepositoryLayout.DEFAULT);
    ImageSet set = new FksImages().imageSet(strategy);
    List<GeneratedFile> all = new ArrayList<>(files.generated(set));
    all.addAll(files.workflows(set));
    Map<String, String> byPath = new LinkedHashMap<>();
    all.forEach(f -> byPath.put(f.path(), f.content()));
    return byPath;
  }
}
