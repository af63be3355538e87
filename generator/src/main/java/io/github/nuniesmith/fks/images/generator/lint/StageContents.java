package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Copy;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import io.github.nuniesmith.fks.images.dsl.VirtualEnv;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each stage of a set has for its Python to run, through the stages it starts from ({@link
 * Lineage}) and the stages it copies from: virtual environments, packages pip put into a system
 * site-packages, native libraries built from source. One per lint run: a stage's contents are found
 * once, from its parent's, so a tier that many services start from is read once.
 */
final class StageContents {
  /**
   * What a stage has.
   *
   * @param environments environment folders, each with where it was created
   * @param systemPackages by where they were installed, the first pip install there
   * @param libraries native libraries by name
   */
  record Contents(Map<String, String> environments, Map<String, String> systemPackages,
      Map<String, Library> libraries) {
    Contents() {
      this(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    }
  }

  /** A native library and the stage that builds it. */
  record Library(SourceBuild build, String stage) {
    String name() {
      return build.name();
    }

    String prefix() {
      return build.prefix().value();
    }
  }

  /** A stage's contents, and the virtual environment active at its end (null when none is). */
  private record Found(Contents contents, String active) {}

  /** Shared by the threads of a lint run: a stage two of them find at once, each finds equal. */
  private final Map<String, Found> known = new ConcurrentHashMap<>();

  /** What {@code stage} of {@code image} has. */
  Contents of(Image image, Stage stage) {
    return found(image, stage).contents();
  }

  private Found found(Image image, Stage stage) {
    String key = image.name() + "\n" + stage.name();
    Found found = known.get(key);
    if (found == null) {
      found = read(image, stage);
      known.put(key, found);
    }
    return found;
  }

  /** The parent's contents, then what the stage's own steps add, in the order Lineage walks them. */
  private Found read(Image image, Stage stage) {
    Contents out = new Contents();
    String active = null;
    Optional<Found> parent = Lineage.parent(image, stage).map(at -> found(at.image(), at.stage()));
    if (parent.isPresent()) {
      out.environments().putAll(parent.get().contents().environments());
      out.systemPackages().putAll(parent.get().contents().systemPackages());
      out.libraries().putAll(parent.get().contents().libraries());
      active = parent.get().active();
    }
    String where = "stage '" + stage.name() + "' of image " + image.name();
    for (Step step : stage.steps()) {
      if (step instanceof VirtualEnv venv) {
        active = venv.location().value();
        out.environments().putIfAbsent(active, where);
      } else if (step instanceof PipInstall pip && active == null) {
        out.systemPackages().putIfAbsent(where, pip.requirements().isEmpty()
            ? "pip install -r " + pip.requirementsFile().orElseThrow()
            : "pip '" + pip.requirements().get(0).name() + "'");
      } else if (step instanceof SourceBuild build) {
        out.libraries().putIfAbsent(build.name(), new Library(build, stage.name()));
      } else if (step instanceof Copy copy && copy.stage().isPresent()) {
        Contents source = of(image, image.stage(copy.stage().get()).orElseThrow());
        for (String path : copy.sources()) {
          source.environments().forEach((e, w) -> {
            if (overlaps(path, e)) {
              out.environments().putIfAbsent(e, w);
            }
          });
          source.libraries().values().stream().filter(l -> overlaps(path, l.prefix()))
              .forEach(l -> out.libraries().putIfAbsent(l.name(), l));
        }
      }
    }
    return new Found(out, active);
  }

  /** Whether copying {@code path} copies some of {@code folder}: one holds the other. */
  static boolean overlaps(String path, String folder) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.equals(folder) || p.startsWith(folder + "/") || folder.startsWith(p + "/");
  }
}
