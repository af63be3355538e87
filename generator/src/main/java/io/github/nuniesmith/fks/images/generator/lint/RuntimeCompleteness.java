package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Copy;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.RefreshLibraries;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import io.github.nuniesmith.fks.images.dsl.VirtualEnv;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FKS023: a stage that copies from a builder stage has everything the builder's Python needs: each
 * virtual environment the builder's lineage created, the packages pip put into a system
 * site-packages (only a stage of the same lineage has those), and each native library built from
 * source, followed by ldconfig. This is the seed document's mistake: a builder on the ML base, a
 * runtime on a fresh python image, and every package of the base gone.
 */
final class RuntimeCompleteness implements Check {
  /** What a stage has: environment folders, system site-packages by stage, native libraries. */
  private record Contents(Map<String, String> environments, Map<String, String> systemPackages,
      Map<String, Library> libraries) {
    Contents() {
      this(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    }
  }

  /** A native library and the stage that builds it. */
  private record Library(SourceBuild build, String stage) {
    String name() {
      return build.name();
    }

    String prefix() {
      return build.prefix().value();
    }
  }

  @Override
  public void check(LintSubject subject, Findings findings) {
    Image image = subject.image();
    // Each stage's contents are found once per image: a stage's lineage and its builders' overlap.
    Map<String, Contents> known = new HashMap<>();
    for (Stage stage : image.stages()) {
      // Only a stage that copies from another has something to compare: its lineage is walked for those only.
      if (stage.steps().stream().noneMatch(s -> s instanceof Copy c && c.stage().isPresent())) {
        continue;
      }
      Contents own = contents(image, stage, known);
      Map<String, String> missing = new LinkedHashMap<>();
      for (Step step : stage.steps()) {
        if (step instanceof Copy copy && copy.stage().isPresent()) {
          String from = copy.stage().get();
          Contents builder = contents(image, image.stage(from).orElseThrow(), known);
          builder.environments().keySet().stream().filter(e -> !own.environments().containsKey(e))
              .forEach(e -> missing.putIfAbsent("environment " + e, "copies from stage '" + from
                  + "' but lacks its Python environment " + e + ", so those packages are missing here: copy"
                  + " it with copyFrom(\"" + from + "\", \"" + e + "\", \"" + e + "\"), or start from a stage"
                  + " that has it"));
          builder.systemPackages().forEach((where, pip) -> {
            if (!own.systemPackages().containsKey(where)) {
              missing.putIfAbsent("system " + where, "copies from stage '" + from + "', but " + pip
                  + " went into the system site-packages of " + where + ", which this stage does not start"
                  + " from, so those packages are missing here: install into a virtual environment and copy"
                  + " its folder, or start this stage from " + where);
            }
          });
          builder.libraries().values().stream().filter(l -> !own.libraries().containsKey(l.name()))
              .forEach(l -> missing.putIfAbsent("library " + l.name(), "copies from stage '" + from
                  + "' but lacks the native library " + l.name() + " it has: copy it with copyFrom(\""
                  + l.stage() + "\", \"" + l.prefix() + "/lib/\", \"/usr/local/lib/\")"
                  + " followed by a RefreshLibraries step"));
        }
      }
      missing.forEach((what, message) -> findings.add(Rule.FKS023, stage.name(), "", message));
      checkLdconfig(image, stage, known, findings);
    }
  }

  /** A copied native library is found by the loader only after ldconfig. */
  private static void checkLdconfig(Image image, Stage stage, Map<String, Contents> known, Findings findings) {
    Library pending = null;
    for (Step step : stage.steps()) {
      if (step instanceof RefreshLibraries) {
        pending = null;
      } else if (step instanceof Copy copy && copy.stage().isPresent()) {
        Contents source = contents(image, image.stage(copy.stage().get()).orElseThrow(), known);
        for (Library lib : source.libraries().values()) {
          if (copy.sources().stream().anyMatch(s -> overlaps(s, lib.prefix()))) {
            pending = lib;
          }
        }
      }
    }
    if (pending != null) {
      findings.add(Rule.FKS023, stage.name(), "", "copies the native library " + pending.name()
          + " but runs no ldconfig after it, so the loader may not find it: add a RefreshLibraries step after"
          + " the copy");
    }
  }

  /** What {@code stage} of {@code image} has, through its lineage; found once, then taken from {@code known}. */
  private static Contents contents(Image image, Stage stage, Map<String, Contents> known) {
    String key = image.name() + "\n" + stage.name();
    Contents found = known.get(key);
    if (found == null) {
      found = contents(Lineage.of(image, stage), known);
      known.put(key, found);
    }
    return found;
  }

  private static Contents contents(Lineage lineage, Map<String, Contents> known) {
    Contents out = new Contents();
    String active = null;
    for (int i = lineage.stages().size() - 1; i >= 0; i--) {
      Lineage.Located at = lineage.stages().get(i);
      String where = "stage '" + at.stage().name() + "' of image " + at.image().name();
      for (Step step : at.stage().steps()) {
        if (step instanceof VirtualEnv venv) {
          active = venv.location().value();
          out.environments().putIfAbsent(active, where);
        } else if (step instanceof PipInstall pip && active == null) {
          out.systemPackages().putIfAbsent(where, pip.requirements().isEmpty()
              ? "pip install -r " + pip.requirementsFile().orElseThrow()
              : "pip '" + pip.requirements().get(0).name() + "'");
        } else if (step instanceof SourceBuild build) {
          out.libraries().putIfAbsent(build.name(), new Library(build, at.stage().name()));
        } else if (step instanceof Copy copy && copy.stage().isPresent()) {
          Contents source = contents(at.image(), at.image().stage(copy.stage().get()).orElseThrow(), known);
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
    }
    return out;
  }

  /** Whether copying {@code path} copies some of {@code folder}: one holds the other. */
  private static boolean overlaps(String path, String folder) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.equals(folder) || p.startsWith(folder + "/") || folder.startsWith(p + "/");
  }
}
