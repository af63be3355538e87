package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import io.github.nuniesmith.fks.images.dsl.blocks.TaLibCompatibility;
import io.github.nuniesmith.fks.images.dsl.blocks.TorchFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Python packages that must match something else: FKS019 the TA-Lib package and the C library built
 * in the image or an image it builds on, FKS020 torch, torchvision and torchaudio of one release
 * (pins of the stages it builds on count, the nearest first), FKS021 the torch family from a PyTorch
 * index pinned to that index's build. Each finding points at the stage that pins the package.
 */
final class PythonReleases implements Check {
  private static final List<String> TORCH_COMPANIONS = List.of("torchvision", "torchaudio");

  @Override
  public void check(LintSubject subject, Findings findings) {
    for (Stage stage : subject.image().stages()) {
      List<PipInstall> installs = stage.steps().stream().filter(PipInstall.class::isInstance)
          .map(PipInstall.class::cast).toList();
      // Only a stage that installs a package of these rules is checked, so a long chain of stages costs linear time.
      if (installs.stream().flatMap(i -> i.requirements().stream()).noneMatch(PythonReleases::concerned)) {
        continue;
      }
      Lineage lineage = Lineage.of(subject.image(), stage);
      Optional<Built> taLib = taLibBuild(lineage);
      for (PipInstall install : installs) {
        for (PipRequirement r : install.requirements()) {
          TorchFamily.indexMismatch(r, install.index(), install.extraIndexes()).ifPresent(m -> add(findings, Rule.FKS021, stage, r, m));
          if (r.canonicalName().equals(TaLibCompatibility.PYTHON_NAME) && taLib.isPresent()) {
            String where = "the TA-Lib C library " + taLib.get().build().version() + " of "
                + subject.names().of(taLib.get().image());
            TaLibCompatibility.problem(taLib.get().build(), where, r)
                .ifPresent(m -> add(findings, Rule.FKS019, stage, r, m));
          }
        }
      }
      torch(subject, stage, lineage, findings);
    }
  }

  /** Whether {@code r} is TA-Lib's Python package or a member of the torch family. */
  private static boolean concerned(PipRequirement r) {
    return r.canonicalName().equals(TaLibCompatibility.PYTHON_NAME) || r.canonicalName().equals("torch")
        || TORCH_COMPANIONS.contains(r.canonicalName());
  }

  /** The torch family's exact pins this stage ends up with: its own, else the nearest stage's below it. */
  private static void torch(LintSubject subject, Stage stage, Lineage lineage, Findings findings) {
    Map<String, PipRequirement> pins = new LinkedHashMap<>();
    Map<String, Lineage.Located> pinnedIn = new LinkedHashMap<>();
    for (Lineage.Located located : lineage.stages()) {
      for (Step step : located.stage().steps()) {
        if (step instanceof PipInstall install) {
          for (PipRequirement r : install.requirements()) {
            if (TorchFamily.isPinnedMember(r) && !pins.containsKey(r.canonicalName())) {
              pins.put(r.canonicalName(), r);
              pinnedIn.put(r.canonicalName(), located);
            }
          }
        }
      }
    }
    PipRequirement torch = pins.get("torch");
    if (torch == null) {
      return;
    }
    Lineage.Located torchIn = pinnedIn.get("torch");
    boolean own = torchIn.stage() == stage;
    String where = own ? "" : " (" + subject.names().of(torchIn.image()) + ", stage "
        + torchIn.stage().name() + ")";
    for (String name : TORCH_COMPANIONS) {
      PipRequirement other = pins.get(name);
      // Reported where one of the pair is pinned, not again in every stage built on it.
      if (other != null && (own || pinnedIn.get(name).stage() == stage)) {
        TorchFamily.mismatch(torch, where, other).ifPresent(m -> add(findings, Rule.FKS020, stage, other, m));
      }
    }
  }

  /** A source build and the image that has it. */
  private record Built(Image image, SourceBuild build) {}

  /** The TA-Lib C library built in the nearest image of the lineage, in any of its stages. */
  private static Optional<Built> taLibBuild(Lineage lineage) {
    return lineage.stages().stream().map(Lineage.Located::image)
        .flatMap(i -> i.stages().stream().flatMap(s -> s.steps().stream())
            .filter(s -> s instanceof SourceBuild b && b.name().equals(TaLibCompatibility.C_NAME))
            .map(s -> new Built(i, (SourceBuild) s)))
        .findFirst();
  }

  private static void add(Findings findings, Rule rule, Stage stage, PipRequirement r, String message) {
    findings.add(rule, stage.name(), Pattern.compile(Pattern.quote(r.toString())), "pip '" + r.name() + "'", message);
  }
}
