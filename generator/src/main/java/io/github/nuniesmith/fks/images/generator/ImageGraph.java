package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Target;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hierarchy as CI and the bake file see it: every image with the images it builds on, in build
 * order, its tags, and the files whose change rebuilds it. Derived from the model alone.
 */
public final class ImageGraph {
  /** Whether an image is a base that others build on, or a service. */
  public enum Kind {
    /** A tier, or any further image of the set. */
    BASE,
    /** A service, built on its tier. */
    SERVICE
  }

  /**
   * A published target of a parent that a stage starts from.
   *
   * @param image the parent's name
   * @param target the parent's target, whose versioned tag the Dockerfile names
   */
  public record ParentTarget(String image, Target target) {}

  /**
   * One image.
   *
   * @param name its name, e.g. {@code ml}
   * @param kind base or service
   * @param parents the images it builds on, in the order its stages name them
   * @param from the parents' targets its stages start from
   * @param dockerfile its Dockerfile, from the repository root
   * @param context its build context, from the repository root
   * @param targets the stages it publishes, with their tags
   */
  public record Node(String name, Kind kind, List<String> parents, List<ParentTarget> from,
      String dockerfile, String context, List<Target> targets) {
    /** Copies the lists. */
    public Node {
      parents = List.copyOf(parents);
      from = List.copyOf(from);
      targets = List.copyOf(targets);
    }

    /** The files whose change rebuilds this image itself: its Dockerfile, and a service's context. */
    public List<String> ownPaths() {
      return kind == Kind.SERVICE ? List.of(dockerfile, context + "/**") : List.of(dockerfile);
    }
  }

  private final Map<String, Node> nodes;

  private ImageGraph(Map<String, Node> nodes) {
    this.nodes = nodes;
  }

  /** The graph of {@code set}, laid out in a repository as {@code layout} says. */
  public static ImageGraph of(ImageSet set, RepositoryLayout layout) {
    Map<String, Service> services = new LinkedHashMap<>();
    Hierarchy.of(set).services().forEach(s -> services.put(s.name(), s));
    List<Node> unordered = new ArrayList<>();
    for (Image image : set.images()) {
      List<ParentTarget> from = new ArrayList<>();
      List<String> parents = new ArrayList<>();
      for (Stage stage : image.stages()) {
        if (stage.from() instanceof From.Published p) {
          ParentTarget parent = new ParentTarget(p.image().name(), p.image().target(p.target()).orElseThrow());
          if (!from.contains(parent)) {
            from.add(parent);
          }
          if (!parents.contains(parent.image())) {
            parents.add(parent.image());
          }
        }
      }
      String dockerfile = layout.generatedFolder() + "/" + image.dockerfile().value();
      Service service = services.get(image.name());
      unordered.add(service == null
          ? new Node(image.name(), Kind.BASE, parents, from, dockerfile, folderOf(dockerfile), image.targets())
          : new Node(image.name(), Kind.SERVICE, parents, from, dockerfile,
              layout.serviceContexts() + "/" + service.name(), List.of(serviceTarget(service))));
    }
    return new ImageGraph(parentsFirst(unordered));
  }

  /**
   * A service is published in its tier's repository under its own name, versioned with the tier it
   * builds on: {@code nuniesmith/fks:app} and {@code nuniesmith/fks:app-v1.0.0}.
   */
  static Target serviceTarget(Service service) {
    return Target.of("runtime", service.tier().image().withTag(service.name()), service.tier().version());
  }

  /** Every image, each after the images it builds on. */
  public List<Node> nodes() {
    return List.copyOf(nodes.values());
  }

  /** The bases, in build order. */
  public List<Node> bases() {
    return nodes.values().stream().filter(n -> n.kind() == Kind.BASE).toList();
  }

  /** The services, in build order. */
  public List<Node> services() {
    return nodes.values().stream().filter(n -> n.kind() == Kind.SERVICE).toList();
  }

  /** The services that build on {@code base}. */
  public List<Node> servicesOn(String base) {
    return services().stream().filter(s -> s.parents().contains(base)).toList();
  }

  /** The image named {@code name}. */
  public Node node(String name) {
    Node node = nodes.get(name);
    if (node == null) {
      throw new IllegalArgumentException("no image " + name + " in the graph: use one of " + nodes.keySet());
    }
    return node;
  }

  /** The images {@code name} builds on, directly or not, each after the images it builds on. */
  public List<String> ancestors(String name) {
    List<String> out = new ArrayList<>();
    for (String parent : node(name).parents()) {
      for (String a : ancestors(parent)) {
        if (!out.contains(a)) {
          out.add(a);
        }
      }
      if (!out.contains(parent)) {
        out.add(parent);
      }
    }
    return out;
  }

  /** The images a change to {@code name} rebuilds: itself and every image built on it, in build order. */
  public List<String> rebuiltWith(String name) {
    node(name);
    return nodes.keySet().stream().filter(n -> n.equals(name) || ancestors(n).contains(name)).toList();
  }

  /** The files whose change rebuilds {@code name}: its own and those of every image below it. */
  public List<String> triggerPaths(String name) {
    List<String> out = new ArrayList<>();
    for (String image : concat(ancestors(name), name)) {
      out.addAll(node(image).ownPaths());
    }
    return out;
  }

  /** The images whose own files cover the file {@code path}, in build order; not the images built on them. */
  public List<String> ownersOf(String path) {
    return nodes.values().stream().filter(n -> n.ownPaths().stream().anyMatch(p -> matches(p, path)))
        .map(Node::name).toList();
  }

  /** The images a change to the file {@code path} rebuilds, in build order. */
  public List<String> rebuiltByPath(String path) {
    return ownersOf(path).stream().flatMap(n -> rebuiltWith(n).stream()).distinct()
        .sorted((a, b) -> Integer.compare(order(a), order(b))).toList();
  }

  private int order(String name) {
    return new ArrayList<>(nodes.keySet()).indexOf(name);
  }

  /** Whether a trigger path, a file or a folder ending in {@code /**}, covers {@code path}. */
  static boolean matches(String trigger, String path) {
    return trigger.endsWith("/**") ? path.startsWith(trigger.substring(0, trigger.length() - 2)) : trigger.equals(path);
  }

  private static List<String> concat(List<String> list, String last) {
    List<String> out = new ArrayList<>(list);
    out.add(last);
    return out;
  }

  private static String folderOf(String path) {
    return Optional.ofNullable(Path.of(path).getParent()).map(p -> p.toString().replace('\\', '/')).orElse(".");
  }

  /** The nodes with every parent before its children, otherwise in the set's order. */
  private static Map<String, Node> parentsFirst(List<Node> unordered) {
    Map<String, Node> ordered = new LinkedHashMap<>();
    List<Node> remaining = new ArrayList<>(unordered);
    while (!remaining.isEmpty()) {
      Node next = remaining.stream().filter(n -> ordered.keySet().containsAll(n.parents())).findFirst()
          .orElseThrow(() -> new IllegalStateException("images build on each other in a cycle: " + remaining));
      ordered.put(next.name(), next);
      remaining.remove(next);
    }
    return ordered;
  }
}
