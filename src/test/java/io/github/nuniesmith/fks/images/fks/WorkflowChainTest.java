package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.HierarchyFiles;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

/**
 * How a change to a base travels through the generated workflow and bake file: on a pull request,
 * every image the change rebuilds bakes that base from the same checkout in the same job; on the
 * default branch, it waits for the base's job, which pushes, and pulls what was pushed.
 */
class WorkflowChainTest {
  private static final String BAKE_FILE = "generated/docker-bake.hcl";
  private static final Pattern TARGET = Pattern.compile("(?s)target \"([a-z0-9-]+)\" \\{\n(.*?)\n}");
  private static final Pattern TAGS = Pattern.compile("tags += \\[(.*)]");
  private static final Pattern SKIPPING = Pattern.compile("\\$\\{\\{ steps\\.published\\.outputs\\.build \\|\\| '([a-z0-9,-]+)' }}");
  private static final Pattern CONTEXT = Pattern.compile(
      "\"([^\"]+)\" = FKS_PARENTS == \"registry\" \\? \"docker-image://([^\"]+)\" : \"target:([a-z0-9-]+)\"");

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void onAPullRequestEveryImageAChangedBaseRebuildsBakesThatBaseFromTheSameCheckout(Strategy strategy) {
    Rendered r = new Rendered(strategy);
    assertThat(r.env("FKS_PARENTS")).isEqualTo("${{ github.event_name != 'pull_request'"
        + " && github.ref == 'refs/heads/main' && 'registry' || 'target' }}");
    assertThat(r.env("PUSH")).startsWith("${{ github.event_name != 'pull_request' && ");

    for (Tier base : Hierarchy.of(r.set).tiers()) {
      List<String> children = r.rebuiltBy("generated/" + r.set.image(base.name()).orElseThrow().dockerfile().value());
      children.remove(base.name());
      assertThat(children).as("images the filters rebuild after a change to %s", base.name()).isNotEmpty();
      for (String child : children) {
        Map<String, Object> bake = r.bakeStep(child);
        assertThat(bake.get("source")).as(child).isEqualTo(".");
        assertThat(bake.get("files")).as(child).isEqualTo(BAKE_FILE);
        assertThat(bake.get("push")).as(child).isEqualTo("${{ env.PUSH == 'true' }}");
        // With FKS_PARENTS=target, bake builds every target the child's contexts link, and theirs.
        TreeSet<String> built = new TreeSet<>();
        r.targetsOf(child).forEach(t -> r.linked(t, built));
        assertThat(built).as("%s: bake targets built from this checkout", child).containsAll(r.targetsOf(base.name()));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void onTheDefaultBranchEveryChildWaitsForItsParentsPushAndPullsWhatWasPushed(Strategy strategy) {
    Rendered r = new Rendered(strategy);

    for (Tier base : Hierarchy.of(r.set).tiers()) {
      List<String> children = r.rebuiltBy("generated/" + r.set.image(base.name()).orElseThrow().dockerfile().value());
      children.remove(base.name());
      Map<String, Object> baseBake = r.bakeStep(base.name());
      List<String> pushedTags = r.targetsOf(base.name()).stream().flatMap(t -> r.tags(t).stream()).toList();
      for (String child : children) {
        assertThat(r.needsTransitively(r.jobOf(child))).as(child).contains("build-" + base.name());
        // With FKS_PARENTS=registry, a child's contexts pull the tags its parents' jobs push.
        for (String target : r.targetsOf(child)) {
          r.contexts(target).forEach((tag, pulled) -> assertThat(pulled).as(target).isEqualTo(tag));
        }
      }
      assertThat(baseBake.get("push")).isEqualTo("${{ env.PUSH == 'true' }}");
      for (String child : children) {
        List<String> parentTags = r.targetsOf(child).stream().flatMap(t -> r.contexts(t).keySet().stream()).toList();
        if (r.parentsOf(child).contains(base.name())) {
          assertThat(pushedTags).as("%s pulls tags that build-%s pushes", child, base.name())
              .containsAnyElementsOf(parentTags);
        }
      }
    }
  }

  /**
   * On the default branch, also on a manual run or a re-run, a base's job first asks the registry for
   * the content tags the bake file pushes for it: one it has is not built or pushed again, and the
   * human tags are pointed at it; a pull request builds every target, as nothing is pushed.
   */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  @SuppressWarnings("unchecked")
  void onTheDefaultBranchABaseJobSkipsTheContentTagsTheRegistryHasAlready(Strategy strategy) {
    Rendered r = new Rendered(strategy);

    for (Tier base : Hierarchy.of(r.set).tiers()) {
      String job = "build-" + base.name();
      List<Map<String, Object>> steps = (List<Map<String, Object>>) r.jobs.get(job).get("steps");
      List<String> expected = new ArrayList<>();
      for (String target : r.targetsOf(base.name())) {
        List<String> tags = r.tags(target);
        assertThat(tags).as(target + ": moving, versioned and content tag").hasSize(3);
        expected.add(target + " " + tags.get(2) + " " + tags.get(0) + " " + tags.get(1));
      }
      Map<String, Object> check = r.step(job, "published");
      int bake = steps.indexOf(steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("docker/bake-action@"))
          .findFirst().orElseThrow());
      assertThat(steps.indexOf(check)).as(job).isLessThan(bake);
      assertThat(check.get("if")).as(job).isEqualTo("env.PUSH == 'true'");
      assertThat(((String) ((Map<String, Object>) check.get("env")).get("CONTENT_TAGS")).lines()).as(job)
          .containsExactlyElementsOf(expected);
      assertThat((String) check.get("run")).as(job).contains(
          "docker buildx imagetools inspect --format '{{json .Manifest}}' \"$content\"",
          "docker buildx imagetools create --tag \"$tag\" \"$content\"",
          "| tee -a \"$GITHUB_STEP_SUMMARY\"",
          ">> \"$GITHUB_OUTPUT\"");
      assertThat(steps.get(bake).get("if")).as(job).isEqualTo("env.PUSH != 'true' || steps.published.outputs.build != ''");
      // A manual run sets every base's filter, so it runs this check too.
      assertThat(r.jobs.get("changes").get("outputs")).as(job).extracting(o -> ((Map<String, Object>) o).get(base.name()))
          .asString().startsWith("${{ github.event_name == 'workflow_dispatch' || ");
    }
  }

  /** The rendered workflow and bake file of one strategy, and what they say. */
  private static final class Rendered {
    final ImageSet set;
    final Map<String, Object> workflow;
    final Map<String, Map<String, Object>> jobs;
    final Map<String, String> bakeBlocks = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    Rendered(Strategy strategy) {
      set = new FksImages().imageSet(strategy);
      HierarchyFiles files = new HierarchyFiles(new Generator("src/main/java", "./mvnw -Pgenerate"), RepositoryLayout.DEFAULT);
      List<GeneratedFile> all = new ArrayList<>(files.generated(set));
      all.addAll(files.workflows(set));
      Map<String, String> byPath = new LinkedHashMap<>();
      all.forEach(f -> byPath.put(f.path(), f.content()));
      workflow = new Yaml().load(byPath.get("build-images.yml"));
      jobs = (Map<String, Map<String, Object>>) workflow.get("jobs");
      Matcher m = TARGET.matcher(byPath.get("docker-bake.hcl"));
      while (m.find()) {
        bakeBlocks.put(m.group(1), m.group(2));
      }
    }

    @SuppressWarnings("unchecked")
    String env(String name) {
      return (String) ((Map<String, Object>) workflow.get("env")).get(name);
    }

    /** The images whose paths-filter filter a change to {@code path} sets. */
    @SuppressWarnings("unchecked")
    List<String> rebuiltBy(String path) {
      Map<String, Object> with = (Map<String, Object>) step("changes", "filter").get("with");
      Map<String, List<String>> filters = new Yaml().load((String) with.get("filters"));
      List<String> out = new ArrayList<>();
      filters.forEach((name, globs) -> {
        if (globs.stream().anyMatch(g -> g.endsWith("/**") ? path.startsWith(g.substring(0, g.length() - 2)) : g.equals(path))) {
          out.add(name);
        }
      });
      return out;
    }

    /** The job that builds {@code image}: its base job, or the services job whose matrix may hold it. */
    @SuppressWarnings("unchecked")
    String jobOf(String image) {
      if (jobs.containsKey("build-" + image)) {
        return "build-" + image;
      }
      Map<String, Object> env = (Map<String, Object>) step("changes", "services").get("env");
      Map<String, List<String>> services = new Yaml().load((String) env.get("JOBS"));
      String id = services.entrySet().stream().filter(e -> e.getValue().contains(image)).map(Map.Entry::getKey)
          .findFirst().orElseThrow(() -> new AssertionError("no job builds " + image));
      Map<String, Object> matrix = (Map<String, Object>) ((Map<String, Object>) jobs.get(id).get("strategy")).get("matrix");
      assertThat(matrix.get("service")).isEqualTo("${{ fromJSON(needs.changes.outputs." + id + ") }}");
      return id;
    }

    /** The bake step of the job that builds {@code image}, its targets checked. */
    @SuppressWarnings("unchecked")
    Map<String, Object> bakeStep(String image) {
      String job = jobOf(image);
      List<Map<String, Object>> steps = (List<Map<String, Object>>) jobs.get(job).get("steps");
      Map<String, Object> bake = steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith("docker/bake-action@"))
          .findFirst().orElseThrow(() -> new AssertionError(job + " has no bake step"));
      Map<String, Object> with = (Map<String, Object>) bake.get("with");
      String targets = (String) with.get("targets");
      // A base's job builds those of its targets whose content tag is not published, by default all.
      Matcher skipping = SKIPPING.matcher(targets);
      String all = skipping.matches() ? skipping.group(1) : targets;
      assertThat(job.startsWith("build-") ? List.of(all.split(",")) : List.of(image))
          .as(job).isEqualTo(targetsOf(image));
      if (!job.startsWith("build-")) {
        assertThat(targets).isEqualTo("${{ matrix.service }}");
      }
      return with;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> step(String job, String id) {
      return ((List<Map<String, Object>>) jobs.get(job).get("steps")).stream().filter(s -> id.equals(s.get("id")))
          .findFirst().orElseThrow(() -> new AssertionError(job + " has no step " + id));
    }

    /** Every job {@code job} waits for, directly or not. */
    @SuppressWarnings("unchecked")
    TreeSet<String> needsTransitively(String job) {
      TreeSet<String> out = new TreeSet<>();
      for (String need : (List<String>) jobs.get(job).getOrDefault("needs", List.of())) {
        out.add(need);
        out.addAll(needsTransitively(need));
      }
      return out;
    }

    /** The bake targets of {@code image}: a service's own name, a base's {@code <name>-<stage>}. */
    List<String> targetsOf(String image) {
      return bakeBlocks.keySet().stream().filter(t -> t.equals(image) || t.startsWith(image + "-")
          && set.images().stream().map(Image::name).noneMatch(t::equals)).toList();
    }

    List<String> tags(String target) {
      Matcher m = TAGS.matcher(bakeBlocks.get(target));
      assertThat(m.find()).as(target).isTrue();
      return List.of(m.group(1).replace("\"", "").split(", "));
    }

    /** Each parent tag of {@code target} with the image bake pulls for it under FKS_PARENTS=registry. */
    Map<String, String> contexts(String target) {
      Map<String, String> out = new LinkedHashMap<>();
      CONTEXT.matcher(bakeBlocks.get(target)).results().forEach(c -> out.put(c.group(1), c.group(2)));
      return out;
    }

    /** The targets bake builds first for {@code target} under FKS_PARENTS=target, added to {@code out}. */
    void linked(String target, TreeSet<String> out) {
      CONTEXT.matcher(bakeBlocks.get(target)).results().map(c -> c.group(3)).forEach(t -> {
        out.add(t);
        linked(t, out);
      });
    }

    /** The images whose targets {@code image}'s contexts name. */
    List<String> parentsOf(String image) {
      TreeSet<String> linked = new TreeSet<>();
      targetsOf(image).forEach(t -> CONTEXT.matcher(bakeBlocks.get(t)).results().forEach(c -> linked.add(c.group(3))));
      return set.images().stream().map(Image::name)
          .filter(n -> targetsOf(n).stream().anyMatch(linked::contains)).toList();
    }
  }
}
