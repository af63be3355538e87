package io.github.nuniesmith.fks.images.generator;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Compares rendered files with an output folder, and writes them. Only files whose header carries
 * the owner's mark ({@link Generator#owner()}) are ever overwritten or deleted, and of those only
 * the ones whose {@link ContentSeal seal} shows no hand edit, unless forced. Writing is all or
 * nothing, also when the process is killed ({@link FileTransaction}), and one run at a time
 * ({@link FolderLock}); the lock and the staged files live in the hidden {@code .fks-images/} folder,
 * which is never output and is gone once a run ends.
 */
public final class OutputSync {
  /** How long a run waits for another one writing the same folder before it gives up. */
  public static final Duration LOCK_WAIT = Duration.ofMinutes(2);
  private static final int MAX_LEFTOVERS_SHOWN = 10;
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
    List<String> edited = new ArrayList<>();
    StringBuilder diff = new StringBuilder();
    int[] budget = {Drift.MAX_DIFF_LINES};
    for (Map.Entry<String, String> file : wanted.entrySet()) {
      Path path = resolve(file.getKey());
      String current = Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? read(path) : null;
      if (current == null) {
        missing.add(file.getKey());
        appendDiff(diff, budget, file.getKey(), "", file.getValue());
      } else if (!current.equals(file.getValue())) {
        changed.add(file.getKey());
        if (isOwned(path) && ContentSeal.state(current) != ContentSeal.State.INTACT) {
          edited.add(file.getKey());
        }
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
        String current = read(resolve(path));
        if (ContentSeal.state(current) != ContentSeal.State.INTACT) {
          edited.add(path);
        }
        appendDiff(diff, budget, path, current, "");
      }
    }
    if (budget[0] < 0) {
      diff.append("... (diff cut at ").append(Drift.MAX_DIFF_LINES).append(" lines)\n");
    }
    return new Drift(missing, changed, extra, edited, diff.toString());
  }

  /**
   * Writes {@code files} and deletes generated files no longer rendered, all or nothing: on any
   * failure the folder is left exactly as it was, and a killed run is finished or undone by the next
   * one. Refuses, before writing anything, to overwrite or delete a file this generator did not
   * write, and, unless {@code force}, one edited by hand since it was generated. One run at a time:
   * waits for another run writing the folder, saying so on standard error. Returns what it changed.
   */
  public Drift write(List<GeneratedFile> files, boolean force) {
    Map<OutputSync, List<GeneratedFile>> folder = new LinkedHashMap<>();
    folder.put(this, files);
    return write(folder, force, System.err::println).get(this);
  }

  /**
   * Writes several folders as {@link #write} writes one, all or nothing across them: every folder is
   * locked (in a fixed order, waiting at most {@link #LOCK_WAIT} for another run, telling {@code log}),
   * any interrupted run's work in them is finished or undone, and every folder is checked before
   * anything is written. Returns what changed in each folder.
   */
  public static Map<OutputSync, Drift> write(Map<OutputSync, List<GeneratedFile>> folders, boolean force,
      Consumer<String> log) {
    return write(folders, List.of(), force, log).folders();
  }

  /**
   * What a write changed.
   *
   * @param folders each output folder's drift before the write: what it created, replaced and deleted
   * @param created the starter files created in the services' build contexts, from the repository root
   */
  public record Written(Map<OutputSync, Drift> folders, List<String> created) {}

  /**
   * Writes the folders as {@link #write(Map, boolean, Consumer)} does and, in the same transaction and
   * under the same locks, creates what each of {@code contexts} lacks (never touching a file there).
   */
  @SuppressWarnings("try") // the lock is held for the block, not used in it
  public static Written write(Map<OutputSync, List<GeneratedFile>> folders,
      List<ServiceContexts> contexts, boolean force, Consumer<String> log) {
    List<Path> roots = new ArrayList<>();
    folders.keySet().forEach(sync -> roots.add(sync.root));
    contexts.forEach(c -> roots.add(c.root()));
    try (Lock lock = lockFolders(roots, LOCK_WAIT, log)) {
      Map<OutputSync, Pending> pending = new LinkedHashMap<>();
      folders.forEach((sync, files) -> pending.put(sync, sync.prepare(files, force)));
      List<Pending> all = new ArrayList<>(pending.values());
      List<String> created = new ArrayList<>();
      for (ServiceContexts c : contexts) {
        Pending starters = c.prepare();
        all.add(starters);
        created.addAll(starters.drift().missing());
      }
      commit(all);
      Map<OutputSync, Drift> written = new LinkedHashMap<>();
      pending.forEach((sync, p) -> written.put(sync, p.drift()));
      return new Written(written, created);
    }
  }

  /**
   * The state folder an interrupted run left in this folder ({@code .fks-images/}, the lock, the
   * journal, the staged files), relative to the folder; none while a run holds the folder, whose files
   * those are.
   */
  public List<String> leftovers() {
    return leftovers(root);
  }

  /** The state folder an interrupted run left in the folder {@code root}, as {@link #leftovers()} lists it. */
  static List<String> leftovers(Path root) {
    Path state = root.resolve(FolderLock.STATE);
    if (!Files.isDirectory(state, LinkOption.NOFOLLOW_LINKS) || FolderLock.isHeld(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(state)) {
      return walk.map(p -> root.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : ""))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + state, e);
    }
  }

  /** What {@code check} says about {@code leftovers} (paths as shown to the user): what they are and how to clean them. */
  public static String leftoversReport(List<String> leftovers, String fixCommand) {
    StringBuilder out = new StringBuilder("An interrupted run of the generator left its files behind, so the"
        + " generated files may be half written:\n");
    leftovers.stream().limit(MAX_LEFTOVERS_SHOWN).forEach(p -> out.append("  ").append(p).append('\n'));
    if (leftovers.size() > MAX_LEFTOVERS_SHOWN) {
      out.append("  ... and ").append(leftovers.size() - MAX_LEFTOVERS_SHOWN).append(" more\n");
    }
    return out.append("The next generation finishes or undoes that run and deletes them: run ").append(fixCommand)
        .append('\n').toString();
  }

  /**
   * What {@link #write} would write and delete, checked but not done: refused, before anything is
   * written, as {@link #write} refuses. The caller holds the folder's {@link #lock}.
   */
  Pending prepare(List<GeneratedFile> files, boolean force) {
    Drift drift = refuseUnsafeWrites(files, force);
    Map<String, String> wanted = byPath(files);
    Map<Path, String> writes = new LinkedHashMap<>();
    for (String path : concat(drift.missing(), drift.changed())) {
      writes.put(resolve(path), wanted.get(path));
    }
    return new Pending(root, drift, writes, drift.extra().stream().map(this::resolve).toList());
  }

  /** Writes every prepared folder, all or nothing across all of them, under the lock taken before preparing. */
  static void commit(List<Pending> folders) {
    for (Pending folder : folders) {
      if (!FolderLock.isHeldByThisThread(folder.root())) {
        throw new IllegalStateException("commit " + folder.root() + " under the lock taken before prepare");
      }
    }
    FileTransaction.apply(folders);
  }

  /**
   * Locks the folders of {@code syncs} for this thread, in a fixed order so that two runs cannot
   * deadlock, then finishes or undoes any interrupted run's work in them.
   */
  static Lock lock(Collection<OutputSync> syncs, Duration wait, Consumer<String> log) {
    return lockFolders(syncs.stream().map(s -> s.root).toList(), wait, log);
  }

  /** Locks {@code folders} as {@link #lock} does. */
  static Lock lockFolders(Collection<Path> folders, Duration wait, Consumer<String> log) {
    List<Path> roots = folders.stream().distinct().sorted().toList();
    List<FolderLock> held = new ArrayList<>();
    try {
      for (Path root : roots) {
        held.add(FolderLock.acquire(root, wait, log));
      }
      FileTransaction.recover(roots, log);
      return new Lock(held);
    } catch (RuntimeException e) {
      new Lock(held).close();
      throw e;
    }
  }

  /** Held folder locks, released last first. */
  record Lock(List<FolderLock> folders) implements AutoCloseable {
    @Override
    public void close() {
      for (int i = folders.size() - 1; i >= 0; i--) {
        folders.get(i).close();
      }
    }
  }

  /**
   * The writes and deletions that bring one output folder up to date.
   *
   * @param root the output folder
   * @param drift how it differs now
   * @param writes the text of each file to create or replace
   * @param deletes the generated files no longer rendered
   */
  record Pending(Path root, Drift drift, Map<Path, String> writes, List<Path> deletes) {
    /** Copies the collections, keeping the order of the writes. */
    Pending {
      writes = Collections.unmodifiableMap(new LinkedHashMap<>(writes));
      deletes = List.copyOf(deletes);
    }
  }

  /**
   * How the folder differs from {@code files}; an error if writing them would overwrite a file this
   * generator did not write or, unless {@code force}, one edited by hand since it was generated.
   */
  private Drift refuseUnsafeWrites(List<GeneratedFile> files, boolean force) {
    Drift drift = compare(files);
    for (String path : drift.changed()) {
      if (!isOwned(resolve(path))) {
        throw new IllegalStateException("refusing to overwrite " + path + ": its header lacks '" + owner
            + "', so this generator did not write it; move it away or delete it, then generate again");
      }
    }
    if (!force && !drift.edited().isEmpty()) {
      throw new IllegalStateException(handEdits(drift.edited()));
    }
    return drift;
  }

  private String handEdits(List<String> edited) {
    StringBuilder message = new StringBuilder("refusing to overwrite or delete files edited by hand since they were generated:\n");
    for (String path : edited) {
      message.append("  ").append(path).append(ContentSeal.state(read(resolve(path))) == ContentSeal.State.EDITED
          ? ": its text no longer matches the sha256 in its header\n"
          : ": its header has no sha256 seal, so a hand edit cannot be ruled out\n");
    }
    return message.append("Move each change into the definitions, then generate again; or discard the edits by"
        + " generating with the force switch (" + Drift.FORCE_SWITCH + "). Nothing was written.").toString();
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

  /**
   * {@code relative} inside the root; a path that would leave it, by its name or through a link
   * on disk, is an error.
   */
  private Path resolve(String relative) {
    if (relative.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("output path '" + relative.replaceAll("\\p{Cntrl}", "?")
          + "' holds a control character: name files with printable characters only");
    }
    Path path = root.resolve(relative).normalize();
    if (!path.startsWith(root) || path.equals(root)) {
      throw new IllegalArgumentException("output path " + relative + " leaves the output folder");
    }
    if (path.startsWith(root.resolve(FolderLock.STATE))) {
      throw new IllegalArgumentException("output path " + relative + " is inside " + FolderLock.STATE
          + "/, where the generator keeps its lock and staged files: choose another path");
    }
    Optional<Path> link = linkBetween(root, path);
    if (link.isPresent()) {
      throw new IllegalArgumentException("output path " + relative + " goes through the link "
          + root.relativize(link.get()).toString().replace('\\', '/') + ", which may leave the output folder:"
          + " replace the link with a folder");
    }
    return path;
  }

  /** The first symbolic link on the way from {@code path} up to {@code root} (the root itself may be one). */
  static Optional<Path> linkBetween(Path root, Path path) {
    for (Path p = path; !p.equals(root); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private List<String> generatedOnDisk() {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      Path state = root.resolve(FolderLock.STATE);
      return walk.filter(p -> !p.startsWith(state))
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).filter(this::isOwned)
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
      return lines.limit(ContentSeal.HEADER_LINES).anyMatch(l -> l.contains(owner));
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
