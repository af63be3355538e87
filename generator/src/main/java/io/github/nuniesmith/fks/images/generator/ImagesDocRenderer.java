package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Target;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code IMAGES.md}: a Mermaid diagram of the hierarchy, a table per base (tags, what it builds
 * on, Dockerfile, packages with pins, services on it) and one row per service, for reviewers.
 */
final class ImagesDocRenderer {
  /** The page's path in the output folder. */
  static final String FILE = "IMAGES.md";

  /**
   * A row of a two-column table.
   *
   * @param key the left cell
   * @param value the right cell, Markdown
   */
  record Row(String key, String value) {}

  /**
   * One base: its rows and its packages.
   *
   * @param name its name
   * @param rows tags, what it builds on, Dockerfile, services
   * @param packages package, pin, where it comes from
   */
  record Base(String name, List<Row> rows, List<List<String>> packages) {}

  private ImagesDocRenderer() {}

  static GeneratedFile render(ImageSet set, ImageGraph graph, ContentTags contentTags, List<String> header) {
    // Records only where there are few (the bases): the services' rows are lists, handed over without a walk.
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("header", header);
    model.put("summary", Hierarchy.of(set).strategy().map(s -> "Strategy " + s + ": ").orElse("") + graph.bases().size() + " bases and "
        + graph.services().size() + " services. An arrow points from an image to one built on it. Children build"
        + " FROM content tags (" + code(ContentTags.MARK + "<" + ContentTags.DIGITS + " hex digits>") + " of a sha256 over"
        + " the parent's inputs), which never move; the moving and versioned tags follow the newest build.");
    model.put("diagram", mermaid(graph));
    List<Base> bases = new ArrayList<>();
    for (ImageGraph.Node node : graph.bases()) {
      Image image = graph.image(node.name());
      List<Row> rows = new ArrayList<>();
      rows.add(new Row("Tags", String.join("<br>", node.targets().stream().map(t -> tags(node, t, contentTags)).toList())));
      rows.add(new Row("Builds on", buildsOn(image, contentTags)));
      rows.add(new Row("Dockerfile", link(node.dockerfile(), image.dockerfile().value())));
      List<String> services = graph.servicesOn(node.name()).stream().map(s -> s.name()).toList();
      rows.add(new Row("Services on it", services.isEmpty() ? "none" : String.join(", ", services)));
      Optional<Tier> tier = Hierarchy.of(set).tiers().stream().filter(t -> t.name().equals(node.name())).findFirst();
      bases.add(new Base(node.name(), rows, tier.map(ImagesDocRenderer::packages).orElse(List.of())));
    }
    model.put("bases", Templates.plain(bases));
    List<List<String>> services = new ArrayList<>();
    for (ImageGraph.Node node : graph.services()) {
      Image image = graph.image(node.name());
      services.add(List.of(node.name(), tags(node, node.targets().get(0), contentTags), buildsOn(image, contentTags),
          link(node.dockerfile(), image.dockerfile().value()), code(node.context())));
    }
    model.put("services", services);
    return GeneratedFile.withSeal(FILE, Templates.processPlain("IMAGES.md.ftl", model));
  }

  /** The diagram's lines: bases as boxes with their tag, services as rounded nodes, then the edges. */
  static List<String> mermaid(ImageGraph graph) {
    List<String> lines = new ArrayList<>(List.of("flowchart TD"));
    for (ImageGraph.Node node : graph.nodes()) {
      // An image published under no tag (a plain Image, not a tier) is shown by its name alone.
      String tag = node.targets().isEmpty() ? "" : "<br/>" + node.targets().get(0).moving();
      lines.add(node.kind() == ImageGraph.Kind.BASE
          ? "  " + node.name() + "[\"" + node.name() + tag + "\"]"
          : "  " + node.name() + "([\"" + node.name() + "\"])");
    }
    for (ImageGraph.Node node : graph.nodes()) {
      node.parents().forEach(p -> lines.add("  " + p + " --> " + node.name()));
    }
    return lines;
  }

  /** Package, pin, source: source builds, then pip installs in order, then apt lists. */
  static List<List<String>> packages(Tier tier) {
    List<List<String>> rows = new ArrayList<>();
    for (SourceBuild build : tier.sourceBuilds()) {
      rows.add(List.of(code(build.name()) + " (C library, built from source)", code(build.version()), build.source()));
    }
    for (PipInstall install : tier.pipInstalls()) {
      String index = install.index().isDefault() ? "PyPI" : install.index().wheelhouse()
          .map(folder -> "wheelhouse " + code(folder.value())).orElse(install.index().url());
      for (PipRequirement r : install.requirements()) {
        String pin = r.specifiers().isEmpty() ? "any"
            : code(String.join(",", r.specifiers().stream().map(PipRequirement.Specifier::toString).toList()));
        rows.add(List.of(code(cell(r.name())), r.marker().isEmpty() ? pin : pin + " if " + code(cell(r.marker())), index));
      }
    }
    if (!tier.buildPackages().isEmpty()) {
      rows.add(List.of(String.join(", ", tier.buildPackages()), "the suite's", "apt, builder target only"));
    }
    if (!tier.runtimePackages().isEmpty()) {
      rows.add(List.of(String.join(", ", tier.runtimePackages()), "the suite's", "apt, both targets"));
    }
    return rows;
  }

  /** What the image's stages start from: parents' content tags, external images, build arguments. */
  private static String buildsOn(Image image, ContentTags contentTags) {
    List<String> parents = new ArrayList<>();
    for (Stage stage : image.stages()) {
      String parent = stage.from() instanceof From.Published p
          ? code(contentTags.reference(p))
          : image.baseImage(stage).map(ref -> code(ref.toString())).orElse(null);
      if (stage.from() instanceof From.BuildArg a) {
        parent += " (build argument " + code(a.name()) + ")";
      }
      if (parent != null && !parents.contains(parent)) {
        parents.add(parent);
      }
    }
    return String.join(", ", parents);
  }

  /** The moving and versioned tags, then the content tag where others build on the image. */
  private static String tags(ImageGraph.Node node, Target target, ContentTags contentTags) {
    return code(target.moving().toString()) + ", " + code(target.pinned().toString())
        + contentTags.of(node.name(), target).map(t -> ", content tag " + code(t.toString())).orElse("")
        + " (stage " + code(target.stage()) + ")";
  }

  /** A link from {@code IMAGES.md}, which sits in the output folder, to a file shown by its repository path. */
  private static String link(String shown, String fromOutputFolder) {
    return "[" + shown + "](" + fromOutputFolder + ")";
  }

  private static String code(String text) {
    return "`" + text + "`";
  }

  /** A table cell: a pipe would end the cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
