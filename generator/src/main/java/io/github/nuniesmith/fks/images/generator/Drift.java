package io.github.nuniesmith.fks.images.generator;

import java.util.List;

/**
 * How committed output differs from what the definitions render.
 *
 * @param missing files the definitions render that are not on disk
 * @param changed files on disk whose text differs
 * @param extra generated files on disk that the definitions no longer render
 * @param edited those of {@code changed} and {@code extra} edited by hand since they were generated
 * @param diff a unified diff of the differences, capped
 */
public record Drift(
    List<String> missing, List<String> changed, List<String> extra, List<String> edited, String diff) {
  /** Lines of diff shown at most, so that one message stays readable. */
  public static final int MAX_DIFF_LINES = 50;
  /** What makes the generate goal overwrite or delete files edited by hand. */
  public static final String FORCE_SWITCH = "-Dfks.force=true";

  /** Copies the lists. */
  public Drift {
    missing = List.copyOf(missing);
    changed = List.copyOf(changed);
    extra = List.copyOf(extra);
    edited = List.copyOf(edited);
  }

  /** Whether disk and definitions agree. */
  public boolean isClean() {
    return missing.isEmpty() && changed.isEmpty() && extra.isEmpty();
  }

  /**
   * One message for all files: what differs, the diff, and the command that fixes it: {@code
   * regenerateCommand}, with the {@link #FORCE_SWITCH force switch} when a file was edited by hand,
   * since generating refuses to discard hand edits otherwise.
   */
  public String report(String regenerateCommand) {
    StringBuilder out = new StringBuilder("Generated files are out of date with their definitions:\n");
    missing.forEach(p -> out.append("  missing: ").append(p).append('\n'));
    changed.forEach(p -> out.append("  changed: ").append(p).append(handEdited(p)).append('\n'));
    extra.forEach(p -> out.append("  no longer generated: ").append(p).append(handEdited(p)).append('\n'));
    out.append('\n').append(diff).append('\n');
    if (edited.isEmpty()) {
      return out.append("To bring them up to date, run: ").append(regenerateCommand).append('\n').toString();
    }
    return out.append("Generating discards hand edits only when forced: move any edit you want to keep into the"
            + " definitions first.\nTo bring them up to date, discarding the hand edits, run: ")
        .append(regenerateCommand).append(' ').append(FORCE_SWITCH).append('\n').toString();
  }

  private String handEdited(String path) {
    return edited.contains(path) ? " (edited by hand since it was generated)" : "";
  }
}
