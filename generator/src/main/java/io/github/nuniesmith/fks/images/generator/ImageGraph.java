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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

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
  private final Map<String, Image> images;
  /** Every node, the bases and the services, in build order, each made once: the renderers read them per image. */
  private final List<Node> ordered;
  private final List<Node> bases;
  private final List<Node> services;
  /** Each image's place in build order, and the services on each base: found once, looked up per image. */
  private final Map<String, Integer> order;
  private final Map<String, List<Node>> servicesOn = new HashMap<>();

  private ImageGraph(Map<String, Node> nodes, Map<String, Image> images) {
    this.nodes = nodes;
    this.images = images;
    this.ordered = List.copyOf(nodes.values());
    this.order = new HashMap<>(capacity(ordered.size()));
    List<Node> bases = new ArrayList<>();
    List<Node> services = new ArrayList<>(ordered.size());
    for (Node node : ordered) {
      order.put(node.name(), order.size());
      if (node.kind() == Kind.SERVICE) {
        services.add(node);
        node.parents().forEach(p -> servicesOn.computeIfAbsent(p, b -> new ArrayList<>()).add(node));
      } else {
        bases.add(node);
      }
    }
    this.bases = List.copyOf(bases);
    this.services = List.copyOf(services);
  }

  /** A hash map's capacity that holds {@code size} entries without growing. */
  private static int capacity(int size) {
    return size + size / 3 + 1;
  }

  /** The graph of {@code set}, laid out in a repository as {@code layout} says. */
  public static ImageGraph of(ImageSet set, RepositoryLayout layout) {
    List<Service> declared = Hierarchy.of(set).services();
    Map<String, Service> services = new HashMap<>(capacity(declared.size()));
    declared.forEach(s -> services.put(s.name(), s));
    List<Node> unordered = new ArrayList<>(set.images().size());
    Map<String, Image> images = new HashMap<>(capacity(set.images().size()));
    for (Image image : set.images()) {
      images.put(image.name(), image);
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
    return new ImageGraph(parentsFirst(unordered), images);
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
    return ordered;
  }

  /** The bases, in build order. */
  public List<Node> bases() {
    return bases;
  }

  /** The services, in build order. */
  public List<Node> services() {
    return services;
  }

  /** The services that build on {@code base}. */
  public List<Node> servicesOn(String base) {
    return List.copyOf(servicesOn.getOrDefault(base, List.of()));
  }

  /** The model of the image named {@code name}. */
  public Image image(String name) {
    node(name);
    return images.get(name);
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
    return order.get(name);
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

  /**
   * The nodes with every parent before its children, otherwise in the set's order: each time, the
   * first node in the set's order whose parents are all placed (Kahn's algorithm, the nodes ready to
   * place kept by their index, so it costs n log n).
   */
  private static Map<String, Node> parentsFirst(List<Node> unordered) {
    int[] waitingFor = new int[unordered.size()];
    Map<String, List<Integer>> children = new HashMap<>();
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int i = 0; i < unordered.size(); i++) {
      // A parent outside the set is never placed: its children stay, and are reported as a cycle.
      for (String parent : unordered.get(i).parents()) {
        waitingFor[i]++;
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(i);
      }
      if (waitingFor[i] == 0) {
        ready.add(i);
      }
    }
    Map<String, Node> ordered = new LinkedHashMap<>(capacity(unordered.size()));
    while (!ready.isEmpty()) {
      Node next = unordered.get(ready.poll());
      ordered.put(next.name(), next);
      for (int child : children.getOrDefault(next.name(), List.of())) {
        if (--waitingFor[child] == 0) {
          ready.add(child);
        }
      }
    }
    if (ordered.size() < unordered.size()) {
      throw new IllegalStateException("images build on each other in a cycle: "
          + unordered.stream().filter(n -> !ordered.containsKey(n.name())).toList());
    }
    return ordered;
  }
}
