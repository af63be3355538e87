package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.generator.RelativePath;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which definitions class a goal renders and the folders it writes, as {@code -Dfks.definitions},
 * {@code -Dfks.output} and {@code -Dfks.workflows} choose them. It guards what a render must not
 * touch: generate deletes the generated files of its folders that it does not render, so only the
 * repository's own definitions write their committed output folder and the workflow folder beside
 * it, and no render writes into the definitions' sources.
 */
final class Destination {
  /** Where a render of definitions other than the repository's own may go, named in refusals. */
  static final String EXAMPLE = "target/images";

  private final Path root;
  private final String definitions;
  private final Optional<Committed> committed;
  private final Path output;
  private final Optional<Path> workflows;
  private final List<Path> sources;

  /**
   * The repository's own definitions and the folder their output is committed in.
   *
   * @param definitions the class, e.g. io.github.nuniesmith.fks.images.fks.FksImages
   * @param output its output folder, absolute
   */
  record Committed(String definitions, Path output) {
    /** Its workflow folder: {@code .github/workflows} beside the output folder. */
    Path workflows() {
      return workflowsBeside(output);
    }
  }

  private Destination(Path root, String definitions, Optional<Committed> committed, Path output,
      Optional<Path> workflows, List<Path> sources) {
    this.root = root;
    this.definitions = definitions;
    this.committed = committed;
    this.output = output;
    this.workflows = workflows;
    this.sources = List.copyOf(sources);
  }

  /**
   * The destination the properties choose, each folder relative to {@code root} or absolute; a
   * blank property takes the repository's own value. Refuses, with an {@link
   * IllegalArgumentException} naming the property, an output folder the rules above forbid.
   *
   * @param definitions -Dfks.definitions, the class to render
   * @param output -Dfks.output
   * @param workflows -Dfks.workflows
   * @param committedDefinitions the repository's own definitions class, if it has one
   * @param committedOutput their output folder
   * @param sources the folders of the definitions' sources, which no render writes into
   */
  static Destination choose(Path root, String definitions, String output, String workflows,
      String committedDefinitions, String committedOutput, List<Path> sources) {
    Path base = root.toAbsolutePath().normalize();
    Optional<Committed> committed = blank(committedDefinitions) ? Optional.empty()
        : Optional.of(new Committed(committedDefinitions.strip(), resolve(base, committedOutput)));
    String chosen = !blank(definitions) ? definitions.strip()
        : committed.map(Committed::definitions).orElseThrow(() -> new IllegalArgumentException(
            "fks.definitions: name the class implementing ImageSetDefinition to render, e.g."
                + " -Dfks.definitions=com.example.Images"));
    Path folder;
    if (!blank(output)) {
      folder = resolve(base, output);
    } else if (committed.isPresent() && committed.get().definitions().equals(chosen)) {
      folder = committed.get().output();
    } else {
      throw new IllegalArgumentException("fks.output: name the folder to render " + chosen + " into, e.g."
          + " -Dfks.output=" + EXAMPLE + committed.map(c -> ": only the repository's own definitions, "
          + c.definitions() + ", have one by default").orElse(""));
    }
    Destination destination = new Destination(base, chosen, committed, folder,
        blank(workflows) ? Optional.empty() : Optional.of(resolve(base, workflows)), sources);
    if (RelativePath.of(base, folder).filter(relative -> !relative.isEmpty()).isEmpty()) {
      throw new IllegalArgumentException("fks.output " + folder + " is not a folder inside the repository root "
          + base + ", from which the workflow and the bake file name their paths: use one such as " + EXAMPLE);
    }
    destination.refuse("fks.output", folder);
    destination.workflows.ifPresent(w -> destination.refuse("fks.workflows", w));
    destination.workflows.map(destination::shown).filter(w -> !w.matches("[A-Za-z0-9._/-]+")).ifPresent(w -> {
      // The folder is named in the regenerate command of every file's header.
      throw new IllegalArgumentException("fks.workflows '" + w + "' must be a path of letters, digits and . _ - /,"
          + " such as " + RelativePath.shown(base, workflowsBeside(base.resolve(EXAMPLE))));
    });
    return destination;
  }

  /** The definitions class to render. */
  String definitions() {
    return definitions;
  }

  /**
   * Whether that class is the repository's own definitions, which alone write the committed folders,
   * read the pin catalog and own the service contexts folder: true where the repository names none.
   */
  boolean own() {
    return committed.map(c -> c.definitions().equals(definitions)).orElse(true);
  }

  /**
   * {@code command} with the properties that chose this destination, where they differ from the
   * repository's own: what regenerates or checks these files, e.g. {@code ./mvnw -Pgenerate
   * -Dfks.definitions=com.example.Images -Dfks.output=target/images}.
   */
  String command(String command) {
    StringBuilder out = new StringBuilder(command);
    if (!own()) {
      out.append(" -Dfks.definitions=").append(definitions);
    }
    if (!committedOutput()) {
      out.append(" -Dfks.output=").append(shown(output));
    }
    workflows.ifPresent(w -> out.append(" -Dfks.workflows=").append(shown(w)));
    return out.toString();
  }

  /** Whether the output folder is the committed one, whose files messages name from inside it. */
  boolean committedOutput() {
    return committed.map(c -> own() && output.equals(c.output())).orElse(true);
  }

  /** The output folder, absolute. */
  Path output() {
    return output;
  }

  /**
   * The workflow folder of {@code set}: the one -Dfks.workflows names, else for a set with tiers
   * {@code .github/workflows} beside the output folder; none for a set without tiers, whose images
   * are not a hierarchy the workflow builds in order, unless -Dfks.workflows asks for one.
   */
  Optional<Path> workflows(ImageSet set) {
    if (workflows.isPresent() || Hierarchy.of(set).tiers().isEmpty()) {
      return workflows;
    }
    Path beside = workflowsBeside(output);
    refuse("fks.workflows", beside);
    return Optional.of(beside);
  }

  /**
   * Refuses {@code folder}, which {@code property} chose, where this render must not write: in or
   * around a committed folder other than its own, or inside the definitions' sources.
   */
  private void refuse(String property, Path folder) {
    String fix = " of its own, e.g. -D" + property + "=" + (property.equals("fks.output") ? EXAMPLE
        : RelativePath.shown(root, workflowsBeside(root.resolve(EXAMPLE))));
    if (committed.isPresent()) {
      Committed c = committed.get();
      Path mine = property.equals("fks.output") ? c.output() : c.workflows();
      for (Path theirs : List.of(c.output(), c.workflows())) {
        String relation = relation(folder, theirs);
        if (!relation.isEmpty() && !(own() && folder.equals(mine))) {
          throw new IllegalArgumentException(property + " " + shown(folder) + relation + shown(theirs)
              + "/, a folder of " + c.definitions() + ", the repository's own definitions; generate deletes the"
              + " generated files in its folders that it does not render, so render " + definitions
              + " into a folder" + fix);
        }
      }
    }
    for (Path source : sources) {
      Path s = source.toAbsolutePath().normalize();
      if (folder.startsWith(s)) {
        throw new IllegalArgumentException(property + " " + shown(folder) + " is inside " + shown(s)
            + "/, the definitions' sources, where generate would write and delete files: use a folder" + fix);
      }
    }
  }

  /** How {@code folder} overlaps {@code other}, as words between their names; empty when apart. */
  private static String relation(Path folder, Path other) {
    return folder.equals(other) ? " is " : folder.startsWith(other) ? " is inside "
        : other.startsWith(folder) ? " holds " : "";
  }

  private String shown(Path folder) {
    return RelativePath.shown(root, folder);
  }

  private static Path workflowsBeside(Path output) {
    return output.resolveSibling(".github").resolve("workflows");
  }

  private static Path resolve(Path base, String folder) {
    return base.resolve(folder.strip()).toAbsolutePath().normalize();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
