package io.github.nuniesmith.fks.images.generator.build;

import io.github.nuniesmith.fks.images.generator.external.ToolLimits;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's buildah, run as root with chroot isolation (no daemon, no user namespaces) over an image
 * store in a folder of its own, so that repeated runs reuse its layers. Every command that fails
 * throws with the command and the builder's output.
 */
final class Buildah {
  private static final Pattern LAYER = Pattern.compile(
      "\\{\\s*\"mediaType\"\\s*:\\s*\"[^\"]*layer[^\"]*\"\\s*,\\s*\"digest\"\\s*:\\s*\"(sha256:[0-9a-f]{64})\"\\s*,"
          + "\\s*\"size\"\\s*:\\s*([0-9]+)");

  /** Builds read no input: an open pipe would hang any step that reads stdin. */
  private static final ProcessBuilder.Redirect NO_INPUT = ProcessBuilder.Redirect.from(new File("/dev/null"));

  private final Path store;

  Buildah(Path store) {
    this.store = store;
  }

  /** The output of a command that succeeded, and how long it took. */
  record Result(String output, double seconds) {}

  /** A layer of an image: its uncompressed digest and size in bytes. */
  record Layer(String digest, long bytes) {}

  /** Why buildah cannot run here, or empty when it can. */
  static String unavailable() {
    try {
      Process p = new ProcessBuilder("buildah", "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor() == 0 ? "" : "buildah --version failed: " + out;
    } catch (IOException | InterruptedException e) {
      return "buildah is not installed (apt-get install buildah): " + e.getMessage();
    }
  }

  /** Whether the store holds {@code image}. */
  boolean exists(String image) {
    return execute(List.of("inspect", "--type", "image", "--format", "{{.FromImageID}}", image), false) != null;
  }

  /** Imports a root file system tarball as {@code image}, with a plain PATH and UTF-8. */
  void importRootfs(Path tarball, String image) {
    String container = run("from", "scratch").output().strip();
    run("add", container, tarball.toString(), "/");
    run("config", "--env", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "--env", "LANG=C.UTF-8", "--cmd", "python3", container);
    run("commit", "--quiet", "--format", "docker", container, image);
    run("rm", container);
  }

  /**
   * Builds {@code target} (empty: the last stage) of {@code dockerfile} in {@code context} as {@code tags}, with the layer
   * cache, never pulling. Docker format: the OCI format drops SHELL and HEALTHCHECK.
   */
  Result build(Path dockerfile, Path context, String target, List<String> tags, Map<String, String> buildArgs,
      boolean noCache) {
    // A file buildah 1.28 cannot read would fail with a message about its flags, not about the file.
    try {
      ToolLimits.BUILDAH.whyNot(Files.readString(dockerfile)).ifPresent(why -> {
        throw new IllegalStateException(dockerfile + " is not buildable here: " + why
            + "; build it with BuildKit (docker buildx) or a newer buildah");
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> args = new ArrayList<>(List.of("build", "--isolation", "chroot", "--format", "docker",
        "--layers", "--pull-never", "-f", dockerfile.toString()));
    if (!target.isEmpty()) {
      args.addAll(List.of("--target", target));
    }
    if (noCache) {
      args.add("--no-cache");
    }
    buildArgs.forEach((k, v) -> args.addAll(List.of("--build-arg", k + "=" + v)));
    tags.forEach(t -> args.addAll(List.of("-t", t)));
    args.add(context.toString());
    return run(args.toArray(String[]::new));
  }

  /** One value of an image's configuration, as a Go template prints it. */
  String inspect(String image, String template) {
    return run("inspect", "--type", "image", "--format", template, image).output().strip();
  }

  /** A working container of {@code image}. */
  String from(String image) {
    return run("from", "--pull-never", image).output().strip();
  }

  /** Runs {@code command} in {@code container} as {@code user}; null when it fails. */
  Result tryRun(String container, String user, List<String> command) {
    return execute(runArgs(container, user, command), false);
  }

  /** Starts {@code command} in {@code container} as {@code user}, in the background. */
  Process start(String container, String user, List<String> command, Path log) throws IOException {
    List<String> full = new ArrayList<>(base());
    full.addAll(runArgs(container, user, command));
    return new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile())
        .redirectInput(NO_INPUT).start();
  }

  /** Removes a working container. */
  void remove(String container) {
    run("rm", container);
  }

  /** The layers of {@code image}, bottom first, as written to the OCI layout {@code layout}. */
  List<Layer> layers(String image, Path layout, String name) throws IOException {
    run("push", "--quiet", "--disable-compression", "--format", "oci", image, "oci:" + layout + ":" + name);
    String index = Files.readString(layout.resolve("index.json"));
    Matcher entry = Pattern.compile("\"digest\"\\s*:\\s*\"sha256:([0-9a-f]{64})\"[^{}]*\"annotations\"\\s*:\\s*\\{"
        + "[^}]*\"org\\.opencontainers\\.image\\.ref\\.name\"\\s*:\\s*\"" + Pattern.quote(name) + "\"").matcher(index);
    if (!entry.find()) {
      throw new AssertionError("no manifest named " + name + " in " + layout.resolve("index.json") + ":\n" + index);
    }
    String manifestDigest = entry.group(1);
    String manifest = Files.readString(layout.resolve("blobs/sha256/" + manifestDigest));
    List<Layer> layers = new ArrayList<>();
    Matcher m = LAYER.matcher(manifest);
    while (m.find()) {
      layers.add(new Layer(m.group(1), Long.parseLong(m.group(2))));
    }
    return layers;
  }

  Result run(String... args) {
    return execute(List.of(args), true);
  }

  private List<String> runArgs(String container, String user, List<String> command) {
    List<String> args = new ArrayList<>(List.of("run", "--isolation", "chroot", "--user", user, container, "--"));
    args.addAll(command);
    return args;
  }

  private List<String> base() {
    // overlay needs a file system that is not overlayfs itself; FKS_BUILDAH_DRIVER=vfs works anywhere, slowly.
    String driver = System.getenv().getOrDefault("FKS_BUILDAH_DRIVER", "overlay");
    return List.of("buildah", "--root", store.resolve("root").toString(),
        "--runroot", store.resolve("runroot").toString(), "--storage-driver", driver);
  }

  private Result execute(List<String> args, boolean required) {
    List<String> command = new ArrayList<>(base());
    command.addAll(args);
    long start = System.nanoTime();
    Finished done = finish(command, 30);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (done.exit() != 0) {
      if (!required) {
        return null;
      }
      throw new AssertionError("failed (exit " + done.exit() + "): " + String.join(" ", command) + "\n"
          + tail(done.output()));
    }
    return new Result(done.output(), seconds);
  }

  /** A process that ended: its exit code and its output and errors, interleaved. */
  record Finished(int exit, String output) {}

  /**
   * Runs {@code command} to its end, or kills it after {@code minutes}. The output goes to a file, so
   * that the timeout holds even when the process never closes its output.
   */
  static Finished finish(List<String> command, long minutes) {
    Path log = null;
    try {
      log = Files.createTempFile("fks-process", ".log");
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
          .redirectInput(NO_INPUT).start();
      if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new AssertionError("timed out after " + minutes + " minutes: " + String.join(" ", command) + "\n"
            + tail(Files.readString(log)));
      }
      return new Finished(p.exitValue(), Files.readString(log));
    } catch (IOException e) {
      throw new AssertionError("cannot run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted: " + String.join(" ", command), e);
    } finally {
      if (log != null) {
        log.toFile().delete();
      }
    }
  }

  /** The last 150 lines of a builder's output, where its error is. */
  static String tail(String output) {
    List<String> lines = output.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 150), lines.size()));
  }
}
