package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.ContextPath;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.StarterFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The build context of each service, {@code <folder>/<name>/}. Its files belong to the people who
 * write the service: the generator creates what a context lacks of what the Dockerfile copies, from
 * the service's {@link StarterFile starter files}, and never overwrites or deletes a file. A folder
 * whose service is gone is reported, not deleted.
 */
public final class ServiceContexts {
  private final Path root;
  private final String shownAs;
  private final List<Service> services;

  /**
   * The contexts of {@code services} in the folder {@code root}, named {@code shownAs} in messages
   * (its path from the repository root, e.g. {@code services}).
   */
  public ServiceContexts(Path root, String shownAs, List<Service> services) {
    this.root = root.toAbsolutePath().normalize();
    this.shownAs = shownAs;
    this.services = List.copyOf(services);
  }

  /** What the contexts lack, and the folders no service builds from. */
  public ContextDrift compare() {
    List<String> missing = new ArrayList<>();
    List<String> withoutStarter = new ArrayList<>();
    for (Service service : services) {
      for (ContextPath copied : service.copiedFromContext()) {
        if (!Files.exists(context(service).resolve(copied.value()))) {
          String shown = shownAs + "/" + service.name() + "/" + copied.value().replaceAll("/$", "");
          missing.add(shown);
          if (service.starterFilesFor(copied).isEmpty()) {
            withoutStarter.add(shown);
          }
        }
      }
    }
    return new ContextDrift(missing, withoutStarter, orphans());
  }

  /**
   * The starter files that create what the contexts lack, checked but not written: {@link
   * OutputSync#commit} writes them all or nothing, with the generated files. Its drift lists them as
   * missing, from the repository root. It never replaces or deletes a file.
   */
  OutputSync.Pending prepare() {
    Map<Path, String> writes = new LinkedHashMap<>();
    List<String> created = new ArrayList<>();
    for (Service service : services) {
      for (ContextPath copied : service.copiedFromContext()) {
        if (Files.exists(context(service).resolve(copied.value()))) {
          continue;
        }
        for (StarterFile starter : service.starterFilesFor(copied)) {
          Path target = context(service).resolve(starter.path().value());
          refuseLinks(target);
          writes.put(target, starter.text());
          created.add(shownAs + "/" + relative(target));
        }
      }
    }
    return new OutputSync.Pending(root, new Drift(created, List.of(), List.of(), List.of(), ""), writes, List.of());
  }

  /** What an interrupted write left in the contexts folder, from the repository root; see {@link OutputSync#leftovers()}. */
  public List<String> leftovers() {
    return OutputSync.leftovers(root).stream().map(p -> shownAs + "/" + p).toList();
  }

  /** The folder holding the contexts. */
  Path root() {
    return root;
  }

  private Path context(Service service) {
    return root.resolve(service.name());
  }

  /** A link inside the contexts folder could lead the write anywhere; the folder itself may be one. */
  private void refuseLinks(Path target) {
    OutputSync.linkBetween(root, target).ifPresent(link -> {
      throw new IllegalArgumentException("cannot create " + shownAs + "/" + relative(target) + ": it goes through"
          + " the link " + shownAs + "/" + relative(link) + ", which may leave " + shownAs
          + "/; replace the link with a folder, or create the file by hand");
    });
  }

  private List<String> orphans() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    Set<String> names = new TreeSet<>(services.stream().map(Service::name).toList());
    try (Stream<Path> entries = Files.list(root)) {
      // A hidden folder (.venv, .pytest_cache) is a tool's, never a context.
      return entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".") && !names.contains(n)).sorted()
          .map(n -> shownAs + "/" + n).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  private String relative(Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }
}
