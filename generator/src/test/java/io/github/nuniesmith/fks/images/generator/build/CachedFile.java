package io.github.nuniesmith.fks.images.generator.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A file of a cache that concurrent builds share (two clones tested at once on one machine): made
 * once, under a lock that holds across processes, into a temporary folder of its own beside it,
 * then moved into place in one step. A reader finds the whole file or none; what a failed run made
 * is deleted at once, and what a killed run left is deleted by the next one, under the lock.
 */
final class CachedFile {
  /** Writes the file at the path it is given, or throws. */
  @FunctionalInterface
  interface Producer {
    void produce(Path partial) throws IOException, InterruptedException;
  }

  /** A file lock belongs to the whole process, so this process's threads take turns first. */
  private static final Object IN_PROCESS = new Object();

  private CachedFile() {}

  /** What runs while a lock is held. */
  @FunctionalInterface
  interface Action {
    void run() throws IOException, InterruptedException;
  }

  /** {@code target}, made by {@code producer} unless it exists. */
  static Path ensure(Path target, Producer producer) throws IOException, InterruptedException {
    if (Files.exists(target)) {
      return target;
    }
    Path folder = target.toAbsolutePath().getParent();
    holding(folder.resolve(target.getFileName() + ".lock"), () -> {
      if (Files.exists(target)) {
        return;
      }
      deleteLeftovers(folder, partialPrefix(target));
      Path partialFolder = Files.createTempDirectory(folder, partialPrefix(target) + "-");
      try {
        Path partial = partialFolder.resolve(target.getFileName());
        producer.produce(partial);
        if (!Files.isRegularFile(partial)) {
          throw new IOException("the producer of " + target + " wrote no file at " + partial);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        deleteTree(partialFolder);
      }
    });
    return target;
  }

  /** Runs {@code action} holding {@code lockFile}'s lock, for which other threads and processes wait. */
  static void holding(Path lockFile, Action action) throws IOException, InterruptedException {
    synchronized (IN_PROCESS) {
      try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        // Closing the channel releases the lock.
        channel.lock();
        action.run();
      }
    }
  }

  /** What temporary names for {@code target} start with: {@code python-bookworm.partial} for python-bookworm.tar. */
  private static String partialPrefix(Path target) {
    String name = target.getFileName().toString();
    int dot = name.indexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + ".partial";
  }

  /** Deletes what runs killed while holding the lock left: only the lock holder may. */
  private static void deleteLeftovers(Path folder, String prefix) throws IOException {
    List<Path> leftovers;
    try (Stream<Path> entries = Files.list(folder)) {
      leftovers = entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
    }
    for (Path leftover : leftovers) {
      deleteTree(leftover);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
