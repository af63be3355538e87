package io.github.nuniesmith.fks.images.generator;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares rendered files with an output folder, and writes them. Only files whose header carries
 * the owner's mark ({@link Generator#owner()}) are ever overwritten or deleted; each write goes to a
 * temporary file first and is moved into place, so a reader never sees half a file.
 */
public final class OutputSync {
  private final Path root;
  private final String owner;

  /** Syncs into {@code root}, the output folder, owning the files whose header holds {@code owner}. */
  public OutputSync(Path root, String owner) {
    this.root = root.toAbsolutePath().normalize();
    this.owner = owner;
  }

  /** How the folder differs from {@code files}. */
  public Drift compare(List<GeneratedFile> files) {
    refuseProjectFolder();
    Map<String, String> wanted = byPath(files);
    List<String> missing = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    StringBuilder diff = new StringBuilder();
    int[] budget = {Drift.MAX_DIFF_LINES};
    for (Map.Entry<String, String> file : wanted.entrySet()) {
      Path path = resolve(file.getKey());
      String current = Files.exists(path) ? read(path) : null;
      if (current == null) {
        missing.add(file.getKey());
        appendDiff(diff, budget, file.getKey(), "", file.getValue());
      } else if (!current.equals(file.getValue())) {
        changed.add(file.getKey());
        if (current.lines().toList().equals(file.getValue().lines().toList())) {
          // A diff of lines would show nothing: say what differs.
          diff.append(file.getKey())
              .append(": only line endings or the final newline differ, the generator writes \\n\n");
        } else {
          appendDiff(diff, budget, file.getKey(), current, file.getValue());
        }
      }
    }
    List<String> extra = new ArrayList<>();
    for (String path : generatedOnDisk()) {
      if (!wanted.containsKey(path)) {
        extra.add(path);
        appendDiff(diff, budget, path, read(resolve(path)), "");
      }
    }
    if (budget[0] < 0) {
      diff.append("... (diff cut at ").append(Drift.MAX_DIFF_LINES).append(" lines)\n");
    }
    return new Drift(missing, changed, extra, diff.toString());
  }

  /**
   * Writes {@code files} and deletes generated files no longer rendered. Refuses, before writing
   * anything, to overwrite a file the generator did not write. Returns what it changed.
   */
  public Drift write(List<GeneratedFile> files) {
    Drift drift = compare(files);
    for (String path : drift.changed()) {
      if (!isOwned(resolve(path))) {
        throw new IllegalStateException("refusing to overwrite " + root.relativize(resolve(path))
            + ": its header lacks '" + owner + "', so this generator did not write it;"
            + " move it away or delete it, then generate again");
      }
    }
    Map<String, String> wanted = byPath(files);
    for (String path : concat(drift.missing(), drift.changed())) {
      writeAtomically(resolve(path), wanted.get(path));
    }
    for (String path : drift.extra()) {
      try {
        Files.delete(resolve(path));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + path, e);
      }
    }
    return drift;
  }

  private Map<String, String> byPath(List<GeneratedFile> files) {
    Map<String, String> wanted = new TreeMap<>();
    for (GeneratedFile f : files) {
      resolve(f.path());
      if (wanted.put(f.path(), f.content()) != null) {
        throw new IllegalArgumentException("two images write " + f.path());
      }
    }
    return wanted;
  }

  /** {@code relative} inside the root; a path that would leave it is an error. */
  private Path resolve(String relative) {
    Path path = root.resolve(relative).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new IllegalArgumentException("output path " + relative + " leaves the output folder");
    }
    return path;
  }

  private List<String> generatedOnDisk() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(this::isOwned)
          .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  /** A project folder holds hand-written files with headers that look generated (golden files). */
  private void refuseProjectFolder() {
    for (String name : List.of("pom.xml", ".git")) {
      if (Files.exists(root.resolve(name))) {
        throw new IllegalArgumentException("output folder " + root + " holds " + name
            + ": point it at a folder of generated files only, such as generated/");
      }
    }
  }

  private boolean isOwned(Path file) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.limit(3).anyMatch(l -> l.contains(owner));
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  private static void appendDiff(StringBuilder out, int[] budget, String path, String before, String after) {
    if (budget[0] <= 0) {
      budget[0] = -1;
      return;
    }
    List<String> a = before.isEmpty() ? List.of() : before.lines().toList();
    List<String> b = after.isEmpty() ? List.of() : after.lines().toList();
    List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(
        "a/" + path, "b/" + path, a, DiffUtils.diff(a, b), 2);
    for (String line : lines) {
      if (budget[0]-- <= 0) {
        budget[0] = -1;
        return;
      }
      out.append(line).append('\n');
    }
  }

  private static void writeAtomically(Path path, String content) {
    try {
      Files.createDirectories(path.getParent());
      Path temp = Files.createTempFile(path.getParent(), "." + path.getFileName(), ".tmp");
      try {
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        try {
          Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
