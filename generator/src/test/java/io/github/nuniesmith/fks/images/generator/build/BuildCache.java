package io.github.nuniesmith.fks.images.generator.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder that keeps buildah's image store and the Python root file system between runs
 * ({@code $FKS_BUILD_CACHE}, default {@code ~/.cache/fks-images/buildah}), so a second run reuses
 * every layer. The Python image is bookworm's python3 with venv, made with mmdebstrap.
 */
final class BuildCache {
  private static final String MIRROR = "http://deb.debian.org/debian";

  final Path folder;
  final Buildah buildah;

  private BuildCache(Path folder, Buildah buildah) {
    this.folder = folder;
    this.buildah = buildah;
  }

  /** Why the real build cannot run here (buildah or mmdebstrap missing, not root), or empty. */
  static String unavailable() {
    String buildah = Buildah.unavailable();
    if (!buildah.isEmpty()) {
      return buildah;
    }
    if (Stream.of(System.getenv("PATH").split(":")).noneMatch(p -> Files.isExecutable(Path.of(p, "mmdebstrap")))) {
      return "mmdebstrap is not installed (apt-get install mmdebstrap): it makes the Python base image";
    }
    if (!"root".equals(System.getProperty("user.name"))) {
      return "buildah with chroot isolation and mmdebstrap need root; running as " + System.getProperty("user.name");
    }
    return "";
  }

  /**
   * Runs {@code action} while no other run sharing the cache builds: builds in one store share the
   * apt cache mounts, and two apt-get runs on one cache fail on its lock.
   */
  static void exclusively(CachedFile.Action action) throws IOException, InterruptedException {
    CachedFile.holding(folder().resolve("builds.lock"), action);
  }

  /** The cache, with the local Python image in its store. */
  static BuildCache open() throws IOException, InterruptedException {
    Path folder = folder();
    BuildCache cache = new BuildCache(folder, new Buildah(folder.resolve("store")));
    cache.ensurePython();
    return cache;
  }

  /** The cache with a store of its own named {@code store}, emptied, for builds that must start cold. */
  static BuildCache openEmpty(String store) throws IOException, InterruptedException {
    Path folder = folder();
    BuildCache cache = new BuildCache(folder, new Buildah(folder.resolve(store)));
    // Through buildah, which unmounts what it mounted; deleting the folder would not.
    cache.buildah.run("rm", "--all");
    cache.buildah.run("rmi", "--all", "--force");
    cache.ensurePython();
    return cache;
  }

  private static Path folder() throws IOException {
    String configured = System.getenv("FKS_BUILD_CACHE");
    Path folder = configured == null || configured.isBlank()
        ? Path.of(System.getProperty("user.home"), ".cache", "fks-images", "buildah")
        : Path.of(configured);
    return Files.createDirectories(folder).toAbsolutePath();
  }

  /**
   * A new, empty work folder inside the cache, for contexts and generated files: a run of its own,
   * so that concurrent runs never write into each other's. {@link #delete} it when done.
   */
  Path work(String name) throws IOException {
    return Files.createTempDirectory(Files.createDirectories(folder.resolve("work")), name + "-");
  }

  /** Deletes a work folder and everything in it. */
  static void delete(Path work) throws IOException {
    try (Stream<Path> walk = Files.walk(work)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Imports the Python image unless the store has it, making its root file system first unless the
   * cache has it: once for all runs that share the cache ({@link CachedFile}).
   */
  private void ensurePython() throws IOException, InterruptedException {
    if (buildah.exists(FixtureGraph.LOCAL_PYTHON)) {
      return;
    }
    Path rootfs = CachedFile.ensure(folder.resolve("python-bookworm.tar"), partial -> {
      Buildah.Finished done = Buildah.finish(List.of("mmdebstrap", "--variant=minbase",
          "--include=python3,python3-venv,python-is-python3", "bookworm", partial.toString(), MIRROR), 20);
      if (done.exit() != 0) {
        throw new AssertionError("mmdebstrap failed:\n" + Buildah.tail(done.output()));
      }
    });
    buildah.importRootfs(rootfs, FixtureGraph.LOCAL_PYTHON);
  }
}
