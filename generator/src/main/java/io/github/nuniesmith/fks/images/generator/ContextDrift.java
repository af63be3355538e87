package io.github.nuniesmith.fks.images.generator;

import java.util.List;

/**
 * How the service build contexts differ from what the services' Dockerfiles copy. People own the
 * contexts' files, so only what is missing counts: a file that differs from its starter is theirs.
 *
 * @param missing what a Dockerfile copies and its context lacks, from the repository root, e.g.
 *     {@code services/risk/src}
 * @param withoutStarter those of {@code missing} that no starter file creates: only a person can
 * @param orphans folders of the contexts folder that no service builds from, e.g. {@code services/old}
 */
public record ContextDrift(List<String> missing, List<String> withoutStarter, List<String> orphans) {
  /** Copies the lists. */
  public ContextDrift {
    missing = List.copyOf(missing);
    withoutStarter = List.copyOf(withoutStarter);
    orphans = List.copyOf(orphans);
  }

  /** Whether every context holds what its Dockerfile copies. */
  public boolean isClean() {
    return missing.isEmpty();
  }

  /** One message for all contexts: what each lacks, and the command that creates it. */
  public String report(String fixCommand) {
    StringBuilder out = new StringBuilder("Service build contexts lack what their Dockerfiles copy:\n");
    for (String path : missing) {
      out.append("  missing: ").append(path)
          .append(withoutStarter.contains(path) ? " (its service gives no starter file for it: create it)" : "")
          .append('\n');
    }
    if (!withoutStarter.containsAll(missing)) {
      out.append("To create them from their services' starter files, run: ").append(fixCommand).append('\n');
    }
    return out.toString();
  }

  /** One warning per folder no service builds from; the generator never deletes one. */
  public List<String> orphanWarnings() {
    return orphans.stream().map(folder -> folder + "/ is the build context of no service (was its service"
        + " removed?): delete the folder, or define the service again; generate leaves it alone").toList();
  }
}
