package io.github.nuniesmith.fks.images.generator.plan;

import io.github.nuniesmith.fks.images.dsl.AptInstall;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.generator.ContentTags;
import io.github.nuniesmith.fks.images.generator.ImageGraph;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The images to rebuild after a change, parents before children, each with its reasons: what it
 * installs or builds that changed, or which image below it is rebuilt.
 *
 * @param strategy the layout the plan is for
 * @param changes what changed, as given
 * @param rebuilds the images to rebuild, in build order
 * @param unrelated changed files that no image is built from
 */
public record RebuildPlan(Optional<Strategy> strategy, List<Change> changes, List<Rebuild> rebuilds, List<String> unrelated) {
  private static final int SHOWN = 10;

  /**
   * One image to rebuild.
   *
   * @param kind {@code base}, {@code service} or {@code image}
   * @param image its name
   * @param reasons why, e.g. {@code pins langchain>=0.3.0} or {@code built on ml}
   */
  public record Rebuild(String kind, String image, List<String> reasons) {
    /** Copies the list. */
    public Rebuild {
      reasons = List.copyOf(reasons);
    }

    @Override
    public String toString() {
      return kind + " " + image + ": " + String.join("; ", reasons);
    }
  }

  /** Copies the lists. */
  public RebuildPlan {
    changes = List.copyOf(changes);
    rebuilds = List.copyOf(rebuilds);
    unrelated = List.copyOf(unrelated);
  }

  /**
   * The plan for {@code changes} in {@code set}, laid out in a repository as {@code layout} says. A
   * {@link Change.Named} that is no package, pin, source build, base image or image of the set is an
   * {@link IllegalArgumentException} naming close matches.
   */
  public static RebuildPlan of(ImageSet set, RepositoryLayout layout, List<Change> changes) {
    List<Image> images = set.images();
    Map<String, Set<String>> reasons = new LinkedHashMap<>();
    List<String> unrelated = new ArrayList<>();
    for (Change change : changes) {
      if (change instanceof Change.Named named) {
        Map<Image, List<String>> hits = hits(images, named.name(), false);
        set.image(named.name()).ifPresent(i -> hits.computeIfAbsent(i, k -> new ArrayList<>()).add(0, "named as changed"));
        if (hits.isEmpty()) {
          throw new IllegalArgumentException(unknown(set, images, named.name()));
        }
        hits.forEach((image, why) -> why.forEach(w -> add(reasons, image, w)));
      } else if (change instanceof Change.PinEdited pin) {
        // A catalog line is a pip requirement: a source build of the same name did not change.
        Map<Image, List<String>> hits = hits(images, pin.name(), true);
        // Where the line is still there, only the images installing it as written: torch +cu128, not +cpu.
        pin.requirement().ifPresent(now -> hits.values().removeIf(why -> !why.contains("pins " + now)));
        if (hits.isEmpty()) {
          unrelated.add(pin.file() + " (" + pin.name() + ", which no image installs)");
        }
        hits.forEach((image, why) -> why.forEach(w -> add(reasons, image, w + " (" + pin.file() + ")")));
      } else if (change instanceof Change.ImageFile file) {
        add(reasons, set.image(file.image()).orElseThrow(
            () -> new IllegalArgumentException("no image named " + file.image())), file.path() + " changed");
      } else if (change instanceof Change.SharedDefinition shared) {
        images.forEach(image -> add(reasons, image, shared.path() + " changed, and no image is defined there alone"));
      } else if (change instanceof Change.Unrelated other) {
        unrelated.add(other.path());
      }
    }
    ImageGraph graph = ImageGraph.of(set, layout);
    Set<String> rebuilt = reasons.keySet().stream().flatMap(image -> graph.rebuiltWith(image).stream())
        .collect(Collectors.toCollection(TreeSet::new));
    List<Rebuild> rebuilds = new ArrayList<>();
    for (ImageGraph.Node node : graph.nodes()) {
      if (rebuilt.contains(node.name())) {
        Set<String> why = new LinkedHashSet<>(reasons.getOrDefault(node.name(), Set.of()));
        node.parents().stream().filter(rebuilt::contains).forEach(p -> why.add("built on " + p));
        rebuilds.add(new Rebuild(kind(set, node), node.name(), List.copyOf(why)));
      }
    }
    return new RebuildPlan(Hierarchy.of(set).strategy(), changes, rebuilds, unrelated);
  }

  /** The plan as a person reads it: one line per image, in build order. */
  public String format() {
    List<String> inputs = changes.stream().filter(c -> !(c instanceof Change.Unrelated)).map(RebuildPlan::describe)
        .distinct().toList();
    StringBuilder out = new StringBuilder("Rebuild plan (" + strategy.map(String::valueOf).orElse("no strategy") + ") for "
        + (inputs.isEmpty() ? "no change to an image's inputs" : listed(inputs)) + ":\n");
    if (rebuilds.isEmpty()) {
      out.append("  nothing to rebuild\n");
    }
    for (int i = 0; i < rebuilds.size(); i++) {
      out.append(String.format("  %2d. %s", i + 1, rebuilds.get(i))).append('\n');
    }
    if (!unrelated.isEmpty()) {
      out.append("Changed, but no image is built from it: ").append(listed(unrelated)).append('\n');
    }
    return out.toString();
  }

  /**
   * The content tags that the rebuilt images others build on will publish, as the bake file and the
   * workflow name them; empty when no such image is rebuilt.
   */
  public String contentTags(ImageSet set, ContentTags tags) {
    StringBuilder out = new StringBuilder();
    for (Rebuild rebuild : rebuilds) {
      List<String> published = set.image(rebuild.image()).orElseThrow().targets().stream()
          .flatMap(t -> tags.of(rebuild.image(), t).stream()).map(Object::toString).toList();
      if (!published.isEmpty()) {
        out.append("  ").append(rebuild.image()).append(": ").append(String.join(", ", published)).append('\n');
      }
    }
    return out.isEmpty() ? "" : "Content tags children will build FROM (a tag the registry has already is not pushed"
        + " again):\n" + out;
  }

  /** Up to ten items, then how many more: a range can change hundreds of files. */
  private static String listed(List<String> items) {
    List<String> shown = items.subList(0, Math.min(items.size(), SHOWN));
    return String.join(", ", shown) + (items.size() > shown.size() ? " and " + (items.size() - shown.size()) + " more" : "");
  }

  private static String describe(Change change) {
    if (change instanceof Change.Named n) {
      return n.name();
    }
    if (change instanceof Change.PinEdited p) {
      return p.name() + " in " + p.file();
    }
    if (change instanceof Change.ImageFile f) {
      return f.path();
    }
    return ((Change.SharedDefinition) change).path();
  }

  private static void add(Map<String, Set<String>> reasons, Image image, String why) {
    reasons.computeIfAbsent(image.name(), k -> new LinkedHashSet<>()).add(why);
  }

  /**
   * What each image installs, builds or starts from under {@code name}, e.g. {@code pins TA-Lib==0.5.1};
   * with {@code pipOnly}, only its pip requirements.
   */
  private static Map<Image, List<String>> hits(List<Image> images, String name, boolean pipOnly) {
    String wanted = PipRequirement.canonical(name);
    Map<Image, List<String>> hits = new LinkedHashMap<>();
    for (Image image : images) {
      Set<String> why = new LinkedHashSet<>();
      for (Stage stage : image.stages()) {
        stage.from().externalImage().filter(ref -> !pipOnly && PipRequirement.canonical(ref.name()).equals(wanted))
            .ifPresent(ref -> why.add("starts from " + ref));
        for (Step step : stage.steps()) {
          if (!pipOnly || step instanceof PipInstall) {
            why.addAll(installs(step, wanted));
          }
        }
      }
      if (!why.isEmpty()) {
        hits.put(image, new ArrayList<>(why));
      }
    }
    return hits;
  }

  private static List<String> installs(Step step, String wanted) {
    List<String> why = new ArrayList<>();
    if (step instanceof PipInstall pip) {
      pip.requirements().stream().filter(r -> r.canonicalName().equals(wanted)).forEach(r -> why.add("pins " + r));
    } else if (step instanceof SourceBuild build) {
      if (PipRequirement.canonical(build.name()).equals(wanted)) {
        why.add("builds " + build.name() + " " + build.version() + " from source");
      }
      why.addAll(installs(build.buildPackages(), wanted));
    } else if (step instanceof AptInstall apt) {
      apt.packages().stream().filter(p -> aptName(p).equals(wanted)).forEach(p -> why.add("installs apt package " + p));
    }
    return why;
  }

  /** Every name a change can be given by, for suggestions. */
  private static Set<String> names(List<Image> images) {
    Set<String> names = new TreeSet<>();
    for (Image image : images) {
      names.add(image.name());
      for (Stage stage : image.stages()) {
        stage.from().externalImage().ifPresent(ref -> names.add(ref.name()));
        for (Step step : stage.steps()) {
          if (step instanceof PipInstall pip) {
            pip.requirements().forEach(r -> names.add(r.canonicalName()));
          } else if (step instanceof SourceBuild build) {
            names.add(build.name());
            build.buildPackages().packages().forEach(p -> names.add(aptName(p)));
          } else if (step instanceof AptInstall apt) {
            apt.packages().forEach(p -> names.add(aptName(p)));
          }
        }
      }
    }
    return names;
  }

  private static String unknown(ImageSet set, List<Image> images, String name) {
    String wanted = PipRequirement.canonical(name);
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    List<String> close = names(images).stream()
        .filter(n -> n.startsWith(wanted) || wanted.startsWith(n) && n.length() >= 3
            || distance.apply(n, wanted) <= Math.max(2, wanted.length() / 4))
        .sorted(Comparator.comparingInt((String n) -> distance.apply(n, wanted)).thenComparing(n -> n))
        .limit(5)
        .toList();
    return "'" + name + "' is no package, pin, source build, base image or image of this set ("
        + Hierarchy.of(set).strategy().map(String::valueOf).orElse("no strategy")
        + "): " + (close.isEmpty() ? "check the spelling." : "did you mean " + String.join(", ", close) + "?")
        + " Names are compared as PEP 503 names, e.g. ta-lib for TA-Lib.";
  }

  private static String aptName(String aptPackage) {
    int eq = aptPackage.indexOf('=');
    return eq < 0 ? aptPackage : aptPackage.substring(0, eq);
  }

  /** A tier is a base, any further image of the set that is no service an image. */
  private static String kind(ImageSet set, ImageGraph.Node node) {
    if (node.kind() == ImageGraph.Kind.SERVICE) {
      return "service";
    }
    return Hierarchy.of(set).tiers().stream().map(Tier::name).anyMatch(node.name()::equals) ? "base" : "image";
  }
}
