package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Target;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.generator.ContentTags;
import io.github.nuniesmith.fks.images.generator.ContextFiles;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.HierarchyFiles;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A change to a base reaches every image built on it through the Dockerfiles alone: children build
 * FROM their parents' content tags, so {@code generate} after a change to a base rewrites the FROM
 * lines of every image below it, and nothing else; the bake file, the workflow and IMAGES.md name
 * the same tags. The changes are made to a copy of the FKS set, image by image, so the test holds
 * whatever the definitions are.
 */
class BaseChangeTest {
  private static final Pattern CONTENT_TAG = Pattern.compile("[a-z0-9._-]+(/[a-z0-9._-]+)*:[a-z0-9._-]*-c[0-9a-f]{12}\\b");

  /** The copy, unchanged, renders exactly what FksImages renders. */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void theCopyRendersWhatFksImagesRenders(Strategy strategy) {
    ImageSet fks = new FksImages().imageSet(strategy);

    assertThat(RenderedSet.of(copy(fks, "")).files()).isEqualTo(RenderedSet.of(fks).files());
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void aChangeToABaseChangesTheFromLinesOfEveryImageBuiltOnItAndNothingElse(Strategy strategy) {
    ImageSet fks = new FksImages().imageSet(strategy);
    RenderedSet before = RenderedSet.of(fks);
    for (Tier tier : Hierarchy.of(fks).tiers()) {
      RenderedSet after = RenderedSet.of(copy(fks, tier.name()));
      List<String> below = before.builtOn(Set.of(tier.name()));
      below.remove(tier.name());
      assertThat(below).as("%s: images built on %s", strategy, tier.name()).isNotEmpty();

      for (Image image : fks.images()) {
        String path = image.dockerfile().value();
        List<String> changed = changedLines(before.files().get(path), after.files().get(path));
        if (image.name().equals(tier.name())) {
          assertThat(changed).as("%s: %s, the changed base", strategy, path).isNotEmpty();
        } else if (below.contains(image.name())) {
          assertThat(changed).as("%s: %s, built on %s", strategy, path, tier.name()).isNotEmpty()
              .allMatch(l -> l.startsWith("FROM ") || l.startsWith("# sha256 of this file"));
          assertThat(changed.stream().filter(l -> l.startsWith("FROM "))).as(path)
              .allMatch(l -> CONTENT_TAG.matcher(l).find());
        } else {
          assertThat(changed).as("%s: %s, not built on %s", strategy, path, tier.name()).isEmpty();
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void aChangeToAServiceChangesNoBasesTagNorDockerfile(Strategy strategy) {
    ImageSet fks = new FksImages().imageSet(strategy);
    for (String service : Hierarchy.of(fks).services().stream().map(s -> s.name()).toList()) {
      ImageSet changed = copy(fks, service);
      assertThat(tags(changed)).as(service).isEqualTo(tags(fks)).isNotEmpty();
      RenderedSet before = RenderedSet.of(fks);
      RenderedSet after = RenderedSet.of(changed);
      for (Tier tier : Hierarchy.of(fks).tiers()) {
        String path = fks.image(tier.name()).orElseThrow().dockerfile().value();
        assertThat(after.files().get(path)).as(service + " changed: " + path).isEqualTo(before.files().get(path));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Strategy.class)
  void theSameInputsGiveTheSameTags(Strategy strategy) {
    assertThat(tags(new FksImages().imageSet(strategy))).isEqualTo(tags(copy(new FksImages().imageSet(strategy), "")))
        .isNotEmpty().allSatisfy((target, tag) -> assertThat(tag).matches(CONTENT_TAG));
  }

  /** Every content tag a Dockerfile builds FROM is pushed by the bake file, checked by the workflow and shown in IMAGES.md. */
  @ParameterizedTest
  @EnumSource(Strategy.class)
  void theBakeFileTheWorkflowAndImagesMdNameTheContentTagsTheDockerfilesBuildFrom(Strategy strategy) {
    ImageSet set = new FksImages().imageSet(strategy);
    HierarchyFiles files = new HierarchyFiles(RenderedSet.GENERATOR, RepositoryLayout.DEFAULT);
    Map<String, String> byPath = new LinkedHashMap<>();
    List<GeneratedFile> all = new ArrayList<>(files.generated(set));
    all.addAll(files.workflows(set));
    all.forEach(f -> byPath.put(f.path(), f.content()));
    Set<String> fromLines = new TreeSet<>();
    RenderedSet.of(set).files().values().forEach(text -> text.lines().filter(l -> l.startsWith("FROM "))
        .forEach(l -> CONTENT_TAG.matcher(l).results().forEach(m -> fromLines.add(m.group()))));
    Set<String> derived = new TreeSet<>(tags(set).values());

    assertThat(fromLines).isEqualTo(derived).isNotEmpty();
    for (String file : List.of("docker-bake.hcl", "build-images.yml", "IMAGES.md")) {
      assertThat(contentTags(byPath.get(file))).as(file).isEqualTo(derived);
    }
    // The bake file pushes each content tag with its target's human tags, which the workflow re-points to it.
    for (Image image : set.images()) {
      for (Target target : image.targets()) {
        String content = tags(set).get(image.name() + "-" + target.stage());
        if (content != null) {
          assertThat(byPath.get("docker-bake.hcl")).contains("tags       = [\"" + target.moving() + "\", \""
              + target.pinned() + "\", \"" + content + "\"]");
          assertThat(byPath.get("build-images.yml")).contains(" " + content + " " + target.moving() + " " + target.pinned() + "\n");
        }
      }
    }
  }

  /**
   * {@code fks} rebuilt image by image, parents first, each child on the rebuilt parent; the image
   * named {@code changed} gets one more stage, as an edit to its definition would change its file.
   */
  static ImageSet copy(ImageSet fks, String changed) {
    Map<String, Image> copies = new LinkedHashMap<>();
    Hierarchy.Builder set = Hierarchy.builder(Hierarchy.of(fks).strategy().orElseThrow());
    for (Image image : ContentTags.builtOn(fks.images())) {
      copies.put(image.name(), copyOf(image, changed, copies));
    }
    for (Image image : fks.images()) {
      copies.computeIfAbsent(image.name(), n -> copyOf(image, changed, copies));
    }
    fks.images().forEach(i -> set.image(copies.get(i.name())));
    return set.build();
  }

  private static Image copyOf(Image image, String changed, Map<String, Image> copies) {
    List<Stage> stages = new ArrayList<>();
    for (Stage stage : image.stages()) {
      From from = stage.from() instanceof From.Published p ? new From.Published(copies.get(p.image().name()), p.target())
          : stage.from();
      stages.add(new Stage(stage.name(), from, stage.steps(), stage.suppressions()));
    }
    if (image.name().equals(changed)) {
      stages.add(new Stage("changed", new From.Previous(stages.get(stages.size() - 1).name()), List.of()));
    }
    return new Image(image.name(), image.dockerfile(), image.definedIn(), stages, image.targets(), image.suppressions());
  }

  /** Every content tag of {@code set}, by image and stage. */
  private static Map<String, String> tags(ImageSet set) {
    ContentTags tags = RenderedSet.GENERATOR.contentTags(set, ContextFiles.NONE);
    Map<String, String> out = new TreeMap<>();
    for (Image image : set.images()) {
      image.targets().forEach(t -> tags.of(image.name(), t).ifPresent(c -> out.put(image.name() + "-" + t.stage(), c.toString())));
    }
    return out;
  }

  private static Set<String> contentTags(String text) {
    Set<String> out = new TreeSet<>();
    CONTENT_TAG.matcher(text).results().forEach(m -> out.add(m.group()));
    return out;
  }

  /** The lines of {@code after} that {@code before} does not have at the same place, and the reverse. */
  private static List<String> changedLines(String before, String after) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String x = i < a.size() ? a.get(i) : "";
      String y = i < b.size() ? b.get(i) : "";
      if (!x.equals(y)) {
        out.add(y.isEmpty() ? x : y);
      }
    }
    return out;
  }
}
