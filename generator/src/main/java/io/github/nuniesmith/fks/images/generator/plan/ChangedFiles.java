package io.github.nuniesmith.fks.images.generator.plan;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.ImageGraph;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import io.github.nuniesmith.fks.images.generator.pins.PinCatalog;
import io.github.nuniesmith.fks.images.generator.pins.PinFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns the files changed in a range of commits into {@link Change}s: catalog lines that differ,
 * files the CI workflow rebuilds an image for (its Dockerfile, a service's build context),
 * definition classes of images, shared definition code, and everything else.
 *
 * @param pins the catalog folder, e.g. {@code src/main/pins/}
 * @param sources the definitions' source root, e.g. {@code src/main/java/}
 * @param layout where the workflow finds the Dockerfiles and the services' build contexts
 */
public record ChangedFiles(String pins, String sources, RepositoryLayout layout) {
  /** Each folder ends in {@code /}, as paths from the repository root. */
  public ChangedFiles {
    pins = folder(pins);
    sources = folder(sources);
    Objects.requireNonNull(layout, "layout");
  }

  /**
   * The changes that {@code paths} (from the repository root, {@code /}-separated) make to {@code set}.
   * {@code before} and {@code after} give a catalog file's text at either end of the range, empty
   * where it does not exist.
   */
  public List<Change> changes(ImageSet set, List<String> paths, Function<String, Optional<String>> before,
      Function<String, Optional<String>> after) {
    // The workflow's own path filters decide, so that the plan rebuilds what CI rebuilds.
    ImageGraph graph = ImageGraph.of(set, layout);
    List<Change> changes = new ArrayList<>();
    for (String path : new TreeSet<>(paths)) {
      List<String> owners = graph.ownersOf(path);
      if (path.startsWith(pins) && path.endsWith(".txt")) {
        Map<String, Line> old = pins(path, before.apply(path));
        Map<String, Line> now = pins(path, after.apply(path));
        union(old, now).stream()
            .filter(name -> !Objects.equals(old.get(name), now.get(name)))
            .forEach(name -> changes.add(new Change.PinEdited(name, path,
                Optional.ofNullable(now.get(name)).map(Line::requirement))));
      } else if (!owners.isEmpty()) {
        owners.forEach(image -> changes.add(new Change.ImageFile(image, path)));
      } else if (path.startsWith(sources) && path.endsWith(".java")) {
        List<Image> defined = set.images().stream()
            .filter(i -> path.equals(sources + Generator.sourcePath(i.definedIn()))).toList();
        if (defined.isEmpty()) {
          changes.add(new Change.SharedDefinition(path));
        }
        defined.forEach(i -> changes.add(new Change.ImageFile(i.name(), path)));
      } else {
        changes.add(new Change.Unrelated(path));
      }
    }
    return changes;
  }

  /** A package's line in one version of a catalog file: its requirement and the file's index. */
  private record Line(String requirement, String index) {}

  /**
   * Each package's line in one version of a catalog file. A version that no longer reads as a
   * catalog counts as having none, so that all of the other version's pins differ.
   */
  private static Map<String, Line> pins(String path, Optional<String> text) {
    Map<String, Line> pins = new LinkedHashMap<>();
    try {
      for (PinFile file : text.map(t -> PinCatalog.read(Map.of(path, t), "").files()).orElse(List.of())) {
        String index = file.index().map(PackageIndex::url).orElse("");
        file.pins().forEach(p -> pins.put(p.requirement().canonicalName(), new Line(p.requirement().toString(), index)));
      }
    } catch (DefinitionException e) {
      return Map.of();
    }
    return pins;
  }

  private static TreeSet<String> union(Map<String, Line> a, Map<String, Line> b) {
    TreeSet<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  private static String folder(String path) {
    return path.isEmpty() || path.endsWith("/") ? path : path + "/";
  }
}
