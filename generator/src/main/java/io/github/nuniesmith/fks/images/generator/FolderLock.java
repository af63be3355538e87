package io.github.nuniesmith.fks.images.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One writer at a time for an output folder: threads of this JVM queue on a lock of their own (a
 * second {@link FileChannel#lock} in one JVM throws), processes on a file lock in the folder's
 * {@link #STATE state folder}. The lock file is deleted on release, so that nothing stays behind;
 * a waiter that locked a file already deleted sees that its token is not the one at the path and
 * tries again.
 */
final class FolderLock implements AutoCloseable {
  /** The hidden folder holding the lock, the journal and the staged files, never output. */
  static final String STATE = ".fks-images";
  static final String LOCK_FILE = "lock";
  private static final long POLL_MILLIS = 20;
  private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

  private final Path root;
  private final Path createdFrom;
  private final ReentrantLock local;
  private final FileChannel channel;
  private final FileChannel reader;
  private final FileLock fileLock;

  private FolderLock(Path root, Path createdFrom, ReentrantLock local, FileChannel channel, FileChannel reader,
      FileLock fileLock) {
    this.root = root;
    this.createdFrom = createdFrom;
    this.local = local;
    this.channel = channel;
    this.reader = reader;
    this.fileLock = fileLock;
  }

  /**
   * Locks {@code root}, creating it if missing; waits at most {@code wait} for another writer,
   * telling {@code log} once that it waits.
   */
  static FolderLock acquire(Path root, Duration wait, Consumer<String> log) {
    long deadline = System.nanoTime() + wait.toNanos();
    Path createdFrom = firstMissing(root);
    io(() -> Files.createDirectories(root), root);
    ReentrantLock local = IN_THIS_JVM.computeIfAbsent(realPath(root), k -> new ReentrantLock());
    boolean told = false;
    try {
      if (!local.tryLock()) {
        told = true;
        log.accept(waiting(root, wait));
        if (!local.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          throw timedOut(root, wait);
        }
      }
      try {
        while (true) {
          FolderLock held = tryFileLock(root, createdFrom, local);
          if (held != null) {
            return held;
          }
          if (!told) {
            told = true;
            log.accept(waiting(root, wait));
          }
          if (System.nanoTime() > deadline) {
            throw timedOut(root, wait);
          }
          Thread.sleep(POLL_MILLIS);
        }
      } catch (RuntimeException | InterruptedException e) {
        local.unlock();
        throw e;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for another run writing " + root, e);
    }
  }

  /** Whether a writer holds {@code root}'s lock now; a lock file left by a killed run is not held. */
  static boolean isHeld(Path root) {
    Path file = root.resolve(STATE).resolve(LOCK_FILE);
    // Held by this thread for the whole probe, so that no thread here takes the file lock meanwhile:
    // closing a second channel on the file would release that thread's lock.
    ReentrantLock local = IN_THIS_JVM.computeIfAbsent(realPath(root), k -> new ReentrantLock());
    if (local.isHeldByCurrentThread() || !local.tryLock()) {
      return true;
    }
    try {
      return Files.exists(file) && fileLockHeld(file);
    } finally {
      local.unlock();
    }
  }

  /** Whether another process holds the lock on {@code file}; the caller holds this JVM's lock for it. */
  private static boolean fileLockHeld(Path file) {
    try (FileChannel probe = FileChannel.open(file, StandardOpenOption.WRITE)) {
      FileLock lock = probe.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lock " + file, e);
    }
  }

  /** Whether the calling thread holds {@code root}'s lock. */
  static boolean isHeldByThisThread(Path root) {
    ReentrantLock local = IN_THIS_JVM.get(realPath(root));
    return local != null && local.isHeldByCurrentThread();
  }

  /** The key of {@code root}'s lock in this JVM: one folder under any spelling. */
  private static Path realPath(Path root) {
    try {
      return root.toRealPath();
    } catch (IOException e) {
      return root;
    }
  }

  /** The locked folder. */
  Path root() {
    return root;
  }

  /** Deletes the lock file, the state folder if empty and the folders this lock created if empty, then unlocks. */
  @Override
  public void close() {
    try {
      Path state = root.resolve(STATE);
      FileTransaction.fileOperation();
      deleteQuietly(state.resolve(LOCK_FILE));
      FileTransaction.fileOperation();
      deleteQuietly(state);
      if (createdFrom != null) {
        for (Path f = root; f.startsWith(createdFrom); f = f.getParent()) {
          if (!deleteQuietly(f)) {
            break;
          }
        }
      }
      fileLock.release();
      channel.close();
      reader.close();
    } catch (IOException e) {
      // Closing the channel releases the lock in any case.
    } finally {
      local.unlock();
    }
  }

  /** The lock, or null where another process holds it (or held a file since deleted). */
  private static FolderLock tryFileLock(Path root, Path createdFrom, ReentrantLock local) {
    Path state = root.resolve(STATE);
    Path file = state.resolve(LOCK_FILE);
    FileChannel channel = null;
    try {
      Files.createDirectories(state);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        byte[] token = (UUID.randomUUID() + " " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(token), 0);
        // Read through a channel kept open while locked: closing any descriptor of a file releases the
        // process's locks on it (POSIX).
        FileChannel reader = FileChannel.open(file, StandardOpenOption.READ);
        ByteBuffer found = ByteBuffer.allocate(token.length + 1);
        while (found.hasRemaining() && reader.read(found) > 0) {
          // Reads up to one byte more than the token, to see a longer text.
        }
        if (Arrays.equals(Arrays.copyOf(found.array(), found.position()), token)) {
          return new FolderLock(root, createdFrom, local, channel, reader, lock);
        }
        lock.release();
        reader.close();
      }
    } catch (OverlappingFileLockException | NoSuchFileException | FileAlreadyExistsException e) {
      // Held in this JVM under another spelling of the path, or its folder deleted by its holder: try again.
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
    }
    closeQuietly(channel);
    return null;
  }

  private static String waiting(Path root, Duration wait) {
    return "fks-images: another run is writing " + root + "; waiting up to " + shown(wait) + " for it to finish";
  }

  private static IllegalStateException timedOut(Path root, Duration wait) {
    return new IllegalStateException("another run is writing " + root + " (it holds " + root.resolve(STATE)
        .resolve(LOCK_FILE) + ") and did not finish within " + shown(wait) + ": wait for it to finish"
        + " or stop it, then generate again. Nothing was written.");
  }

  private static String shown(Duration wait) {
    return wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s" : wait.toMillis() + " ms";
  }

  /** The topmost folder of {@code root} that does not exist yet, or null where {@code root} exists. */
  private static Path firstMissing(Path root) {
    Path missing = null;
    for (Path f = root; f != null && !Files.exists(f); f = f.getParent()) {
      missing = f;
    }
    return missing;
  }

  private static boolean deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // Nothing held through it.
    }
  }

  private interface IoStep<T> {
    T run() throws IOException;
  }

  private static <T> T io(IoStep<T> step, Path about) {
    try {
      return step.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + about + ": " + e, e);
    }
  }
}
