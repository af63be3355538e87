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
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes and deletes a set of files all or nothing, also when the process is killed. Every new text
 * is first staged in the {@link FolderLock#STATE state folder} of the first output folder, where it
 * cannot be taken for output; then a journal listing every step is renamed into place (the commit
 * point); then each target is put aside and replaced. A failure undoes the steps done, so the folders
 * are left exactly as they were. After a kill, {@link #recover} (run under the lock, before any
 * write) finishes the steps where the journal exists and otherwise discards the staged files.
 */
final class FileTransaction {
  static final String JOURNAL = "journal";
  private static final String JOURNAL_HEADER = "fks-images journal 1";
  /** For the crash tests: halt the JVM, as abruptly as kill -9, before this file operation (from 1); 0 never. */
  private static final int HALT_BEFORE = Integer.getInteger("fks.images.test.haltBeforeFileOperation", 0);
  /** The exit status of such a halt. */
  static final int HALTED = 137;
  private static final AtomicInteger OPERATIONS = new AtomicInteger();

  /** One step: write {@code text} to {@code target}, or delete it where {@code text} is null. */
  private record Step(int id, Path target, String text) {
    String staged() {
      return id + ".new";
    }

    String aside() {
      return id + ".old";
    }
  }

  private final Path state;
  /** Steps done so far, undone last first when a later one fails. */
  private final Deque<IoStep<?>> undo = new ArrayDeque<>();

  private FileTransaction(Path state) {
    this.state = state;
  }

  /**
   * Writes and deletes what every one of {@code folders} holds, all or nothing across them; folders
   * emptied by a deletion are removed, up to their output folder. The caller holds every folder's lock.
   */
  static void apply(List<OutputSync.Pending> folders) {
    List<Step> steps = new ArrayList<>();
    for (OutputSync.Pending folder : folders) {
      folder.writes().forEach((target, text) -> steps.add(new Step(steps.size(), target, text)));
      folder.deletes().forEach(target -> steps.add(new Step(steps.size(), target, null)));
    }
    if (steps.isEmpty()) {
      return;
    }
    Path first = folders.stream().map(OutputSync.Pending::root).sorted().findFirst().orElseThrow();
    FileTransaction transaction = new FileTransaction(first.resolve(FolderLock.STATE));
    try {
      for (Step step : steps) {
        if (step.text() != null) {
          transaction.stage(step);
        }
      }
      transaction.writeJournal(first, steps);
      steps.forEach(transaction::perform);
    } catch (RuntimeException e) {
      if (transaction.rollBack(e)) {
        transaction.discard();
        throw e;
      }
      throw new WriteNotUndone("the write failed and so did its undo, so the files are half written until the"
          + " next generation, which finishes this write from its journal", e);
    }
    try {
      transaction.finish(steps, folders.stream().map(OutputSync.Pending::root).toList());
    } catch (RuntimeException e) {
      throw new WriteNotUndone("the new files are in place, but clearing the write's journal failed; the next"
          + " generation removes what is left of it", e);
    }
  }

  /**
   * Finishes or undoes the work an interrupted run left in the state folders of {@code roots}, which
   * the caller holds locked: where a journal exists the run had committed, so its remaining steps are
   * done; otherwise its staged files are deleted and its targets were never touched.
   */
  static void recover(List<Path> roots, Consumer<String> log) {
    for (Path root : roots) {
      Path state = root.resolve(FolderLock.STATE);
      Path journal = state.resolve(JOURNAL);
      FileTransaction transaction = new FileTransaction(state);
      if (Files.exists(journal)) {
        List<Step> steps = readJournal(root, journal, roots);
        for (Step step : steps) {
          Path staged = state.resolve(step.staged());
          if (step.text() != null && Files.exists(staged)) {
            transaction.createFolders(step.target().getParent());
            operation(() -> move(staged, step.target()), step.target());
          } else if (step.text() == null && Files.exists(step.target(), LinkOption.NOFOLLOW_LINKS)) {
            operation(() -> Files.deleteIfExists(step.target()), step.target());
          }
        }
        transaction.finish(steps, roots);
        log.accept("fks-images: finished the write of an interrupted run in " + root + " (" + steps.size() + " files)");
      } else {
        List<Path> discarded = transaction.discard();
        if (discarded.stream().anyMatch(p -> !p.getFileName().toString().endsWith(".old"))) {
          log.accept("fks-images: deleted the staged files of an interrupted run in " + root
              + "; it had not started to replace files");
        } else if (!discarded.isEmpty()) {
          log.accept("fks-images: deleted the files an interrupted run in " + root + " had replaced; its writes"
              + " were complete");
        }
      }
    }
  }

  /** Counts a file operation, for the crash tests' halt. */
  static void fileOperation() {
    if (HALT_BEFORE > 0 && OPERATIONS.incrementAndGet() == HALT_BEFORE) {
      Runtime.getRuntime().halt(HALTED);
    }
  }

  private void stage(Step step) {
    Path staged = state.resolve(step.staged());
    operation(() -> Files.writeString(staged, step.text(), StandardCharsets.UTF_8), step.target());
    undo.push(() -> Files.deleteIfExists(staged));
  }

  /** The commit point: once the journal has its name, a killed run is finished by the next one. */
  private void writeJournal(Path first, List<Step> steps) {
    StringBuilder text = new StringBuilder(JOURNAL_HEADER).append('\n');
    for (Step step : steps) {
      text.append(step.text() == null ? "delete " : "write ").append(step.id()).append(' ')
          .append(first.relativize(step.target()).toString().replace('\\', '/')).append('\n');
    }
    Path temp = state.resolve(JOURNAL + ".tmp");
    operation(() -> Files.writeString(temp, text, StandardCharsets.UTF_8), temp);
    operation(() -> move(temp, state.resolve(JOURNAL)), temp);
  }

  private void perform(Step step) {
    Path target = step.target();
    Path staged = state.resolve(step.staged());
    if (step.text() != null) {
      createFolders(target.getParent());
    }
    if (step.text() == null || Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      Path aside = state.resolve(step.aside());
      operation(() -> move(target, aside), target);
      undo.push(() -> move(aside, target));
    }
    if (step.text() != null) {
      operation(() -> move(staged, target), target);
      undo.push(() -> move(target, staged));
    }
  }

  /** Creates the missing folders of {@code folder}; undoing removes them again. */
  private void createFolders(Path folder) {
    if (Files.isDirectory(folder)) {
      return;
    }
    createFolders(folder.getParent());
    operation(() -> Files.createDirectory(folder), folder);
    undo.push(() -> Files.deleteIfExists(folder));
  }

  /** Undoes every step done; whether all were undone. */
  private boolean rollBack(RuntimeException failure) {
    boolean undone = true;
    while (!undo.isEmpty()) {
      try {
        undo.pop().run();
      } catch (IOException | RuntimeException e) {
        failure.addSuppressed(e);
        undone = false;
      }
    }
    return undone;
  }

  /** After the last step: the journal goes first, so that the files put aside are mere leftovers. */
  private void finish(List<Step> steps, List<Path> roots) {
    for (Step step : steps) {
      if (step.text() == null) {
        roots.stream().filter(step.target()::startsWith).findFirst()
            .ifPresent(root -> removeEmptyFolders(root, step.target().getParent()));
      }
    }
    operation(() -> Files.deleteIfExists(state.resolve(JOURNAL)), state);
    discard();
  }

  /** Deletes every file of the state folder but the lock, the journal first; returns them. */
  private List<Path> discard() {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(state)) {
      list.filter(p -> !p.getFileName().toString().equals(FolderLock.LOCK_FILE)).sorted().forEach(files::add);
    } catch (IOException e) {
      return List.of();
    }
    Path journal = state.resolve(JOURNAL);
    if (files.remove(journal)) {
      files.add(0, journal);
    }
    for (Path file : files) {
      operation(() -> Files.deleteIfExists(file), file);
    }
    return files;
  }

  /** The steps of {@code journal}, kept in {@code root}; each must name a file inside one of {@code roots}. */
  private static List<Step> readJournal(Path root, Path journal, List<Path> roots) {
    List<String> lines;
    try {
      lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the journal " + journal + " of an interrupted run: " + e, e);
    }
    if (lines.isEmpty() || !lines.get(0).equals(JOURNAL_HEADER)) {
      throw unreadable(journal, 1, roots);
    }
    List<Step> steps = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] parts = lines.get(i).split(" ", 3);
      if (parts.length != 3 || !parts[0].matches("write|delete") || !parts[1].matches("[0-9]{1,9}")) {
        throw unreadable(journal, i + 1, roots);
      }
      Path target = root.resolve(parts[2]).normalize();
      if (roots.stream().noneMatch(r -> target.startsWith(r) && !target.equals(r)
          && !target.startsWith(r.resolve(FolderLock.STATE)))) {
        throw unreadable(journal, i + 1, roots);
      }
      steps.add(new Step(Integer.parseInt(parts[1]), target, parts[0].equals("write") ? "" : null));
    }
    return steps;
  }

  private static IllegalStateException unreadable(Path journal, int line, List<Path> roots) {
    return new IllegalStateException("the journal " + journal + " of an interrupted run cannot be finished here:"
        + " its line " + line + " is not a step on a file of the folders this run writes " + roots + ". Generate"
        + " with the same folders as that run, or delete " + journal.getParent() + " to discard its work (its"
        + " files may then be half written).");
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
      try {
        Files.deleteIfExists(f);
      } catch (IOException e) {
        return;
      }
    }
  }

  private static Path move(Path from, Path to) throws IOException {
    try {
      return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private interface IoStep<T> {
    T run() throws IOException;
  }

  /** One counted file operation; a failure names the file it was about. */
  private static <T> T operation(IoStep<T> step, Path about) {
    fileOperation();
    try {
      return step.run();
    } catch (FileSystemException e) {
      throw new UncheckedIOException("cannot write " + about + ": " + (e.getReason() != null ? e.getReason() : e), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + about + ": " + e, e);
    }
  }
}
