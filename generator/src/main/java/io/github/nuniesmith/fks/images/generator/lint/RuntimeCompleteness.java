package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Copy;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.RefreshLibraries;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
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
  @Override
  public void check(LintSubject subject, Findings findings) {
    Image image = subject.image();
    for (Stage stage : image.stages()) {
      // Only a stage that copies from another has something to compare: its lineage is walked for those only.
      if (stage.steps().stream().noneMatch(s -> s instanceof Copy c && c.stage().isPresent())) {
        continue;
      }
      StageContents.Contents own = subject.contents().of(image, stage);
      Map<String, String> missing = new LinkedHashMap<>();
      for (Step step : stage.steps()) {
        if (step instanceof Copy copy && copy.stage().isPresent()) {
          String from = copy.stage().get();
          StageContents.Contents builder = subject.contents().of(image, image.stage(from).orElseThrow());
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
      checkLdconfig(subject, stage, findings);
    }
  }

  /** A copied native library is found by the loader only after ldconfig. */
  private static void checkLdconfig(LintSubject subject, Stage stage, Findings findings) {
    Image image = subject.image();
    StageContents.Library pending = null;
    for (Step step : stage.steps()) {
      if (step instanceof RefreshLibraries) {
        pending = null;
      } else if (step instanceof Copy copy && copy.stage().isPresent()) {
        StageContents.Contents source = subject.contents().of(image, image.stage(copy.stage().get()).orElseThrow());
        for (StageContents.Library lib : source.libraries().values()) {
          if (copy.sources().stream().anyMatch(s -> StageContents.overlaps(s, lib.prefix()))) {
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
}
