package io.github.nuniesmith.fks.images.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What some files and folders hold, as generate's up-to-date check compares them: per absolute path,
 * its content ({@code file <sha256>}, {@code folder}, {@code absent}, or {@code release <size>
 * <modified>} for a released jar) and the metadata that lets the next snapshot take a file's sha256
 * without reading it. The content alone decides whether two snapshots match.
 *
 * @param entries per path ({@code /}-separated, absolute), its entry
 */
public record FileSnapshot(Map<String, Entry> entries) {
  /**
   * A file changed less than this long before a snapshot, or later, is read again next time whatever its
   * metadata says: a second change may not move its timestamps (coarse clocks, two-second file systems).
   */
  static final Duration RACY = Duration.ofSeconds(2);
  private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

  /** An empty snapshot, for a first run. */
  public static final FileSnapshot NONE = new FileSnapshot(Map.of());

  /** Copies the map; {@link #sorted()} orders it. */
  public FileSnapshot {
    entries = Collections.unmodifiableMap(new HashMap<>(entries));
  }

  /**
   * One path's state.
   *
   * @param content what it holds, which the comparison reads
   * @param metadata size, times and file key of a regular file, empty where they may not be trusted
   */
  public record Entry(String content, String metadata) {}

  /**
   * A root to take.
   *
   * @param path a folder (every file and folder under it), a file, or a path that does not exist
   * @param release a jar of a released version in the local repository: its path, size and time of
   *     change stand for its content, as a release never changes once resolved and its version is in its path
   */
  public record Root(Path path, boolean release) {
    /** A folder or file whose content counts. */
    public static Root of(Path path) {
      return new Root(path, false);
    }
  }

  /**
   * The snapshot of {@code roots}, reading only the files whose metadata differs from their entry in
   * {@code previous}; empty where a symbolic link (whose target it cannot vouch for) or a file it
   * cannot read is found.
   */
  public static Optional<FileSnapshot> take(List<Root> roots, FileSnapshot previous) {
    return take(roots, previous, System.currentTimeMillis() * 1_000_000 - RACY.toNanos());
  }

  /** {@link #take(List, FileSnapshot)}, trusting the metadata of files last changed before {@code racy} (nanoseconds). */
  static Optional<FileSnapshot> take(List<Root> roots, FileSnapshot previous, long racy) {
    Map<String, Entry> entries = new HashMap<>();
    Set<Path> taken = new HashSet<>();
    try {
      for (Root root : roots) {
        // The DSL is on the definitions' classpath and on the plugin's: read once.
        if (taken.add(root.path().toAbsolutePath().normalize()) && !take(root, previous, racy, entries)) {
          return Optional.empty();
        }
      }
    } catch (IOException | UncheckedIOException | UnsupportedOperationException e) {
      return Optional.empty();
    }
    return Optional.of(new FileSnapshot(entries));
  }

  /** Whether every path holds the same as in {@code other}, whatever the metadata. */
  public boolean sameContent(FileSnapshot other) {
    if (!entries.keySet().equals(other.entries.keySet())) {
      return false;
    }
    return entries.entrySet().stream()
        .allMatch(e -> e.getValue().content().equals(other.entries.get(e.getKey()).content()));
  }

  /** How many files the next snapshot reads again whatever their metadata, as they changed just before this one. */
  public long unsettled() {
    return entries.values().stream().filter(e -> e.content().startsWith("file ") && e.metadata().isEmpty()).count();
  }

  /** The entries by path, sorted. */
  public SortedMap<String, Entry> sorted() {
    return new TreeMap<>(entries);
  }

  /** This snapshot with {@code other}'s entries added. */
  public FileSnapshot with(FileSnapshot other) {
    Map<String, Entry> all = new HashMap<>(entries);
    all.putAll(other.entries);
    return new FileSnapshot(all);
  }

  private static boolean take(Root root, FileSnapshot previous, long racy, Map<String, Entry> entries)
      throws IOException {
    Path start = root.path().toAbsolutePath().normalize();
    String name = slashes(start);
    if (!Files.exists(start)) {
      entries.put(name, new Entry("absent", ""));
      return true;
    }
    Path real = start.toRealPath();
    if (root.release() && Files.isRegularFile(real)) {
      BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
      entries.put(name, new Entry("release " + attributes.size() + " "
          + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), ""));
      return true;
    }
    String realName = slashes(real);
    boolean[] linkFound = {false};
    Files.walkFileTree(real, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        entries.put(key(dir), new Entry("folder", ""));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        if (!attributes.isRegularFile()) {
          linkFound[0] = true;
          return FileVisitResult.TERMINATE;
        }
        String key = key(file);
        String metadata = metadata(file, attributes, racy);
        Entry before = previous.entries.get(key);
        entries.put(key, before != null && !metadata.isEmpty() && metadata.equals(before.metadata())
            ? before : new Entry("file " + ContentSeal.sha256(Files.readAllBytes(file)), metadata));
        return FileVisitResult.CONTINUE;
      }

      private String key(Path path) {
        String full = slashes(path);
        return new StringBuilder(name).append(full, realName.length(), full.length()).toString();
      }
    });
    return !linkFound[0];
  }

  /**
   * The size, times and file key of {@code file}; empty where it changed too recently to be trusted.
   * The time of the last status change is read where the system keeps one: no tool sets it back, as
   * tools that restore a file's modification time do.
   */
  private static String metadata(Path file, BasicFileAttributes attributes, long racy) throws IOException {
    long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    long changed = UNIX ? ((FileTime) Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS))
        .to(TimeUnit.NANOSECONDS) : modified;
    if (modified >= racy || changed >= racy) {
      return "";
    }
    // A builder, not +: each new shape of string concatenation costs a cold JVM a bootstrap.
    return new StringBuilder().append(attributes.size()).append(' ').append(modified).append(' ').append(changed)
        .append(' ').append(attributes.fileKey()).toString();
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
