package io.github.nuniesmith.fks.images.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and deletes a set of files all or nothing. Every new text is first written to a
 * temporary file beside its target; only when all are written are they moved into place, each
 * replaced or deleted file kept aside until the end. A failure at any step undoes the steps before
 * it, so the folder is left exactly as it was.
 */
final class FileTransaction {
  /** Steps done so far, undone last first when a later one fails. */
  private final Deque<Runnable> undo = new ArrayDeque<>();
  /** Files kept aside, deleted once everything succeeded. */
  private final Deque<Path> asides = new ArrayDeque<>();

  /**
   * Writes and deletes what every one of {@code folders} holds, all or nothing across them; folders
   * emptied by a deletion are removed, up to their output folder.
   */
  static void apply(List<OutputSync.Pending> folders) {
    FileTransaction transaction = new FileTransaction();
    try {
      Map<Path, Path> staged = new LinkedHashMap<>();
      for (OutputSync.Pending folder : folders) {
        folder.writes().forEach((target, text) -> staged.put(target, transaction.stage(target, text)));
      }
      staged.forEach(transaction::replace);
      folders.forEach(folder -> folder.deletes().forEach(transaction::delete));
    } catch (RuntimeException e) {
      transaction.rollBack(e);
      throw e;
    }
    transaction.asides.forEach(FileTransaction::deleteQuietly);
    for (OutputSync.Pending folder : folders) {
      folder.deletes().forEach(deleted -> removeEmptyFolders(folder.root(), deleted.getParent()));
    }
  }

  private Path stage(Path target, String text) {
    createFolders(target.getParent());
    Path temp = io(() -> Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp"), target);
    undo.push(() -> deleteQuietly(temp));
    io(() -> Files.writeString(temp, text, StandardCharsets.UTF_8), target);
    return temp;
  }

  private void replace(Path target, Path staged) {
    if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      putAside(target);
    }
    io(() -> move(staged, target), target);
    undo.push(() -> deleteQuietly(target));
  }

  private void delete(Path target) {
    putAside(target);
  }

  /** Moves {@code target} to a temporary name; undoing moves it back. */
  private void putAside(Path target) {
    Path aside = io(() -> Files.createTempFile(target.getParent(), "." + target.getFileName(), ".old"), target);
    io(() -> move(target, aside), target);
    undo.push(() -> io(() -> move(aside, target), target));
    asides.push(aside);
  }

  /** Creates the missing folders of {@code folder}; undoing removes them again. */
  private void createFolders(Path folder) {
    if (Files.isDirectory(folder)) {
      return;
    }
    createFolders(folder.getParent());
    io(() -> Files.createDirectory(folder), folder);
    undo.push(() -> deleteQuietly(folder));
  }

  private void rollBack(RuntimeException failure) {
    while (!undo.isEmpty()) {
      try {
        undo.pop().run();
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
  }

  private static void removeEmptyFolders(Path root, Path folder) {
    for (Path f = folder; f != null && f.startsWith(root) && !f.equals(root); f = f.getParent()) {
      try (var entries = Files.list(f)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      } catch (IOException e) {
        return;
      }
      deleteQuietly(f);
    }
  }

  private static Path move(Path from, Path to) throws IOException {
    try {
      return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Left behind: a temporary name, never a file of the output.
    }
  }

  private interface IoStep<T> {
    T run() throws IOException;
  }

  private static <T> T io(IoStep<T> step, Path about) {
    try {
      return step.run();
    } catch (FileSystemException e) {
      throw new UncheckedIOException("cannot write " + about + ": " + (e.getReason() != null ? e.getReason() : e), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + about + ": " + e, e);
    }
  }
}
