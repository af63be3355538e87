package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.generator.Drift;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.OutputSync;
import io.github.nuniesmith.fks.images.generator.ServiceContexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A folder the goals write or check, with the files it must hold.
 *
 * @param folder the folder, absolute
 * @param shownAs the prefix its paths get in messages: empty for the output folder, {@code
 *     .github/workflows/} for the workflows
 * @param sync the folder's sync, owning only generated files
 * @param files what it must hold
 */
record OutputFolder(Path folder, String shownAs, OutputSync sync, List<GeneratedFile> files) {
  /** How every folder differs from its files, as one drift. */
  static Drift compare(List<OutputFolder> folders) {
    return combined(folders, folder -> folder.sync().compare(folder.files()));
  }

  /**
   * Writes every folder's files and creates what {@code contexts} lack, all or nothing across them,
   * and returns what changed in the folders. Every folder is checked first, so a refusal in any of
   * them (a file not generated, a hand edit) stops the run before anything is written. Waits for
   * another run writing them, telling {@code log}.
   */
  static Written write(List<OutputFolder> folders, ServiceContexts contexts, boolean force, Consumer<String> log) {
    Map<OutputSync, List<GeneratedFile>> files = new LinkedHashMap<>();
    folders.forEach(folder -> files.put(folder.sync(), folder.files()));
    OutputSync.Written written = OutputSync.write(files, List.of(contexts), force, log);
    return new Written(combined(folders, folder -> written.folders().get(folder.sync())), written.created());
  }

  /**
   * What a write changed.
   *
   * @param drift what changed in the output folders, paths as shown to the user
   * @param created the starter files created in the services' build contexts
   */
  record Written(Drift drift, List<String> created) {}

  /** An error naming the files an interrupted run left in any folder, and {@code fixCommand}, which cleans them. */
  static void refuseLeftovers(List<OutputFolder> folders, ServiceContexts contexts, String fixCommand) {
    List<String> leftovers = new ArrayList<>();
    folders.forEach(folder -> folder.sync().leftovers().forEach(p -> leftovers.add(folder.shownAs() + p)));
    leftovers.addAll(contexts.leftovers());
    if (!leftovers.isEmpty()) {
      throw new IllegalStateException(OutputSync.leftoversReport(leftovers, fixCommand));
    }
  }

  private static Drift combined(List<OutputFolder> folders, Function<OutputFolder, Drift> action) {
    List<String> missing = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    List<String> edited = new ArrayList<>();
    StringBuilder diff = new StringBuilder();
    for (OutputFolder folder : folders) {
      Drift drift = action.apply(folder);
      drift.missing().forEach(p -> missing.add(folder.shownAs() + p));
      drift.changed().forEach(p -> changed.add(folder.shownAs() + p));
      drift.extra().forEach(p -> extra.add(folder.shownAs() + p));
      drift.edited().forEach(p -> edited.add(folder.shownAs() + p));
      diff.append(drift.diff());
    }
    return new Drift(missing, changed, extra, edited, diff.toString());
  }
}
