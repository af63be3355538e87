package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/**
 * How an image imported from a Dockerfile renders: as it was written, without the {@code SHELL} with
 * pipefail the generator otherwise puts before a stage's first RUN (an imported file runs its RUNs with
 * the shell it chose), and with the stages it left unnamed written without {@code AS name}.
 *
 * @param unnamedStages the stages rendered without {@code AS name}; no FROM may refer to them, and a COPY
 *     --from refers to one by its index
 */
public record AsWritten(List<String> unnamedStages) {
  /** Copies the list. */
  public AsWritten {
    unnamedStages = List.copyOf(Checks.notNull(unnamedStages, "unnamed stages"));
  }

  /** Refuses an unnamed stage that is not a stage of {@code stages} or that a later stage names. */
  void check(List<Stage> stages) {
    List<String> names = stages.stream().map(Stage::name).toList();
    for (String unnamed : unnamedStages) {
      Checks.check(names.contains(unnamed), "unnamed stage %s is not a stage of this image: use one of %s",
          Checks.quote(unnamed), names);
      for (Stage stage : stages) {
        // A COPY --from may name it by its index, as BuildKit reads it; FROM takes names only.
        boolean named = stage.from() instanceof From.Previous p && p.stage().equals(unnamed);
        Checks.check(!named, "stage %s refers to the stage %s by name, which is written without one: leave it"
            + " named", stage.name(), Checks.quote(unnamed));
      }
    }
  }
}
