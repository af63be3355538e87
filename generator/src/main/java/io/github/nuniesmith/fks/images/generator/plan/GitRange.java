package io.github.nuniesmith.fks.images.generator.plan;

import io.github.nuniesmith.fks.images.generator.Executables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What git says changed in the work tree since a revision: the thin adapter under a {@code plan}
 * from a range. The range starts where the current branch left {@code since} (their merge base), so
 * that on a pull request it holds the branch's own changes, and ends at the work tree, so that
 * uncommitted edits count.
 */
public final class GitRange {
  private final Path workTree;
  private final String base;

  private GitRange(Path workTree, String base) {
    this.workTree = workTree;
    this.base = base;
  }

  /** The range from where HEAD left {@code since} (e.g. {@code origin/main}) to the work tree around {@code folder}. */
  public static GitRange since(Path folder, String since) {
    Path root = Path.of(git(folder, true, "rev-parse", "--show-toplevel").orElseThrow().strip());
    String base = git(root, false, "merge-base", since, "HEAD").orElseThrow(() -> new IllegalArgumentException(
        "git knows no revision " + since + " with a common history with HEAD: fetch it, e.g."
            + " git fetch origin main, or name another, e.g. -Dfks.since=HEAD~1")).strip();
    return new GitRange(root, base);
  }

  /** The repository's top folder; changed paths are relative to it. */
  public Path root() {
    return workTree;
  }

  /** The commit the range starts at. */
  public String base() {
    return base;
  }

  /** Every file changed, added or removed since the base, untracked ones included, {@code /}-separated. */
  public List<String> changedFiles() {
    List<String> files = new ArrayList<>();
    files.addAll(lines(git(workTree, true, "diff", "--name-only", "--no-renames", "-z", base, "--").orElseThrow()));
    files.addAll(lines(git(workTree, true, "ls-files", "--others", "--exclude-standard", "-z").orElseThrow()));
    return files;
  }

  /** The file's text at the base, or empty where it did not exist. */
  public Optional<String> before(String path) {
    return git(workTree, false, "show", base + ":" + path);
  }

  /** The file's text in the work tree, or empty where it does not exist. */
  public Optional<String> after(String path) {
    try {
      Path file = workTree.resolve(path);
      return java.nio.file.Files.exists(file)
          ? Optional.of(java.nio.file.Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static List<String> lines(String zeroSeparated) {
    return zeroSeparated.isEmpty() ? List.of() : List.of(zeroSeparated.split("\0"));
  }

  /** Git's output, or empty when it fails and {@code required} is false. */
  private static Optional<String> git(Path folder, boolean required, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
    command.addAll(List.of(args));
    Executables.Result result;
    try {
      result = Executables.run(folder, command);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run git, which a plan from -Dfks.since needs: install git,"
          + " or name the changes with -Dfks.changed", e);
    }
    if (result.exitCode() == 0) {
      return Optional.of(result.stdout());
    }
    if (required) {
      throw new IllegalStateException(String.join(" ", command) + " failed (exit " + result.exitCode() + "): "
          + result.stderr().strip());
    }
    return Optional.empty();
  }
}
