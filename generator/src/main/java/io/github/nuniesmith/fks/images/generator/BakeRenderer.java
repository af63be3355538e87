package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code docker buildx bake} file of the hierarchy: one target per published stage, parents
 * linked through {@code target:} contexts so that bake builds them first and uses them in place of
 * the tags the Dockerfiles name; groups {@code bases}, {@code services} and {@code default}.
 */
final class BakeRenderer {
  /** The bake file's path in the output folder. */
  static final String FILE = "docker-bake.hcl";

  /**
   * One bake target.
   *
   * @param name the target's name
   * @param context the build context, from the repository root
   * @param dockerfile the Dockerfile, from the context
   * @param stage the stage to build
   * @param tags its tags
   * @param contexts the parent tags each replaced by the bake target that builds it
   */
  record BakeTarget(String name, String context, String dockerfile, String stage, List<String> tags,
      Map<String, String> contexts) {}

  private BakeRenderer() {}

  static GeneratedFile render(ImageGraph graph, List<String> header, List<String> platforms, String generatedFolder) {
    List<BakeTarget> targets = targets(graph);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("header", header);
    model.put("platforms", platforms.stream().map(BakeRenderer::quoted).toList());
    model.put("usage", "Build from the repository root: docker buildx bake -f " + generatedFolder + "/" + FILE
        + " [default | bases | services | <target>]");
    model.put("bases", graph.bases().stream()
        .flatMap(n -> n.targets().stream().map(t -> quoted(targetName(n, t)))).toList());
    model.put("services", graph.services().stream().map(s -> quoted(targetName(s, s.targets().get(0)))).toList());
    model.put("targets", targets.stream().map(t -> new BakeTarget(quoted(t.name()), quoted(t.context()),
        quoted(t.dockerfile()), quoted(t.stage()), t.tags().stream().map(BakeRenderer::quoted).toList(),
        quotedKeys(t.contexts()))).toList());
    return GeneratedFile.withSeal(FILE, Templates.process("docker-bake.hcl.ftl", model));
  }

  /** Every published target of every image, in build order. */
  static List<BakeTarget> targets(ImageGraph graph) {
    List<BakeTarget> targets = new ArrayList<>();
    for (ImageGraph.Node node : graph.nodes()) {
      Map<String, String> contexts = new LinkedHashMap<>();
      for (ImageGraph.ParentTarget parent : node.from()) {
        contexts.put(parent.target().pinned().toString(),
            "target:" + targetName(graph.node(parent.image()), parent.target()));
      }
      String dockerfile = relative(node.context(), node.dockerfile());
      for (Target target : node.targets()) {
        targets.add(new BakeTarget(targetName(node, target), node.context(), dockerfile, target.stage(),
            List.of(target.moving().toString(), target.pinned().toString()), contexts));
      }
    }
    return targets;
  }

  /** A service's one target is named after it; a base's targets after the base and the stage. */
  static String targetName(ImageGraph.Node node, Target target) {
    return node.kind() == ImageGraph.Kind.SERVICE ? node.name() : node.name() + "-" + target.stage();
  }

  /** Bake reads a target's Dockerfile relative to its context. */
  private static String relative(String context, String file) {
    return Path.of(context).relativize(Path.of(file)).toString().replace('\\', '/');
  }

  private static Map<String, String> quotedKeys(Map<String, String> contexts) {
    Map<String, String> out = new LinkedHashMap<>();
    contexts.forEach((k, v) -> out.put(quoted(k), quoted(v)));
    return out;
  }

  /** An HCL string literal; {@code ${}} and {@code %{}} would otherwise start a template. */
  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("${", "$${").replace("%{", "%%{") + "\"";
  }
}
