package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code docker buildx bake} file of the hierarchy: one target per published stage, parents
 * linked through {@code target:} contexts so that bake builds them first and uses them in place of
 * the content tags the Dockerfiles name; groups {@code bases}, {@code services} and {@code default}. The
 * variable {@link #PARENTS} turns the links off: with {@code registry}, a child pulls its parents'
 * tags, as CI does on the default branch after the parents' jobs pushed them.
 */
final class BakeRenderer {
  /** The bake file's path in the output folder. */
  static final String FILE = "docker-bake.hcl";
  /** The bake variable (and environment variable) that says where parents come from. */
  static final String PARENTS = "FKS_PARENTS";
  /** Parents are built in the same bake from this checkout: the default, and pull requests. */
  static final String PARENTS_BUILT = "target";
  /** Parents are pulled by their tags from the registry. */
  static final String PARENTS_PULLED = "registry";

  /**
   * One bake target.
   *
   * @param name the target's name
   * @param context the build context, from the repository root
   * @param dockerfile the Dockerfile, from the context
   * @param stage the stage to build
   * @param tags its tags
   * @param contexts the parent tags, each with the bake target that builds it
   * @param platforms the platforms its image is built for
   */
  record BakeTarget(String name, String context, String dockerfile, String stage, List<String> tags,
      Map<String, String> contexts, List<String> platforms) {}

  private BakeRenderer() {}

  static GeneratedFile render(ImageGraph graph, ContentTags contentTags, List<String> header,
      Function<String, List<String>> platforms, String generatedFolder) {
    // Strings, lists and maps only, made here: walking ten thousand records by reflection would cost more.
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("header", header);
    model.put("usage", "Build from the repository root: docker buildx bake -f " + generatedFolder + "/" + FILE
        + " [default | bases | services | <target>]");
    model.put("parents", PARENTS);
    model.put("parentsDefault", quoted(PARENTS_BUILT));
    model.put("parentsUsage", "Parents of a target: " + PARENTS + "=" + PARENTS_BUILT + " (default) builds them here"
        + " from this checkout; " + PARENTS + "=" + PARENTS_PULLED + " pulls their tags");
    List<String> bases = new ArrayList<>();
    graph.bases().forEach(n -> n.targets().forEach(t -> bases.add(quoted(targetName(n, t)))));
    model.put("bases", bases);
    List<String> services = new ArrayList<>(graph.services().size());
    graph.services().forEach(s -> services.add(quoted(targetName(s, s.targets().get(0)))));
    model.put("services", services);
    List<Map<String, Object>> targets = new ArrayList<>();
    // Services on one base share their parents' contexts and their platforms: each quoted once.
    Map<Map<String, String>, Map<String, String>> contextValues = new HashMap<>();
    Map<List<String>, List<String>> quotedPlatforms = new HashMap<>();
    for (BakeTarget t : targets(graph, contentTags, platforms)) {
      Map<String, Object> target = Map.of("name", quoted(t.name()), "context", quoted(t.context()),
          "dockerfile", quoted(t.dockerfile()), "stage", quoted(t.stage()), "tags", quoted(t.tags()),
          "contexts", contextValues.computeIfAbsent(t.contexts(), BakeRenderer::contextValues),
          "platforms", quotedPlatforms.computeIfAbsent(t.platforms(), BakeRenderer::quoted));
      targets.add(target);
    }
    model.put("targets", targets);
    return GeneratedFile.withSeal(FILE, Templates.processPlain("docker-bake.hcl.ftl", model));
  }

  /**
   * Every published target of every image, in build order, with its tags: the moving one, the
   * versioned one and, where others build on it, its content tag, which its children's FROM names.
   */
  static List<BakeTarget> targets(ImageGraph graph, ContentTags contentTags,
      Function<String, List<String>> platforms) {
    List<BakeTarget> targets = new ArrayList<>();
    for (ImageGraph.Node node : graph.nodes()) {
      Map<String, String> contexts = new LinkedHashMap<>();
      for (ImageGraph.ParentTarget parent : node.from()) {
        contexts.put(contentTags.of(parent.image(), parent.target()).orElseThrow().toString(),
            "target:" + targetName(graph.node(parent.image()), parent.target()));
      }
      // Bake reads a target's Dockerfile relative to its context.
      String dockerfile = RelativePath.between(node.context(), node.dockerfile());
      List<String> nodePlatforms = platforms.apply(node.name());
      for (Target target : node.targets()) {
        targets.add(new BakeTarget(targetName(node, target), node.context(), dockerfile, target.stage(),
            tags(node, target, contentTags), contexts, nodePlatforms));
      }
    }
    return targets;
  }

  /** The tags bake pushes for {@code target}: the human ones, then the content tag where it has one. */
  static List<String> tags(ImageGraph.Node node, Target target, ContentTags contentTags) {
    List<String> tags = new ArrayList<>(target.tags().size() + 1);
    target.tags().forEach(t -> tags.add(t.toString()));
    contentTags.of(node.name(), target).ifPresent(t -> tags.add(t.toString()));
    return tags;
  }

  /** A service's one target is named after it; a base's targets after the base and the stage. */
  static String targetName(ImageGraph.Node node, Target target) {
    return node.kind() == ImageGraph.Kind.SERVICE ? node.name() : node.name() + "-" + target.stage();
  }

  /** Each parent tag maps to its bake target, or to itself pulled from the registry when asked. */
  private static Map<String, String> contextValues(Map<String, String> contexts) {
    Map<String, String> out = new LinkedHashMap<>();
    contexts.forEach((tag, target) -> out.put(quoted(tag), PARENTS + " == " + quoted(PARENTS_PULLED) + " ? "
        + quoted("docker-image://" + tag) + " : " + quoted(target)));
    return out;
  }

  /** The bake targets of {@code node}, in its stages' order. */
  static List<String> targetNames(ImageGraph.Node node) {
    return node.targets().stream().map(t -> targetName(node, t)).toList();
  }

  /**
   * The targets bake builds before {@code node}'s when parents are built here: those its contexts
   * link, and theirs, parents first.
   */
  static List<String> linkedTargets(ImageGraph graph, ImageGraph.Node node) {
    List<String> out = new ArrayList<>();
    for (ImageGraph.ParentTarget parent : node.from()) {
      ImageGraph.Node parentNode = graph.node(parent.image());
      linkedTargets(graph, parentNode).stream().filter(t -> !out.contains(t)).forEach(out::add);
      String name = targetName(parentNode, parent.target());
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private static List<String> quoted(List<String> values) {
    List<String> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add(quoted(v)));
    return out;
  }

  /** An HCL string literal; {@code ${}} and {@code %{}} would otherwise start a template. */
  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "$${").replace("%{", "%%{") + "\"";
  }
}
