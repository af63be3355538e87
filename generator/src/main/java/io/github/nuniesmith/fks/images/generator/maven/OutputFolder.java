package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.generator.Drift;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.OutputSync;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A folder the goals write or check, with the files it must hold.
 *
 * @param shownAs the prefix its paths get in messages: empty for the output folder, {@code
 *     .github/workflows/} for the workflows
 * @param sync the folder's sync, owning only generated files
 * @param files what it must hold
 */
record OutputFolder(String shownAs, OutputSync sync, List<GeneratedFile> files) {
  /** How every folder differs from its files, as one drift. */
  static Drift compare(List<OutputFolder> folders) {
    return combined(folders, folder -> folder.sync().compare(folder.files()));
  }

  /**
   * Writes every folder's files and {@code contexts}' new files, all or nothing across them, and
   * returns what changed in the folders. Every folder is checked first, so a refusal in any of them
   * (a file not generated, a hand edit) stops the run before anything is written.
   */
  static Drift write(List<OutputFolder> folders, boolean force, OutputSync.Pending contexts) {
    Map<OutputFolder, OutputSync.Pending> pending = new LinkedHashMap<>();
    for (OutputFolder folder : folders) {
      pending.put(folder, folder.sync().prepare(folder.files(), force));
    }
    List<OutputSync.Pending> all = new ArrayList<>(pending.values());
    all.add(contexts);
    OutputSync.commit(all);
    return combined(folders, folder -> pending.get(folder).drift());
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
