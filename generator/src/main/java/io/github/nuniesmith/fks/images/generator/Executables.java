package io.github.nuniesmith.fks.images.generator;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** Finding and running the programs that the external checks and the git adapter use. */
public final class Executables {
  private Executables() {}

  /**
   * What a program printed and how it ended.
   *
   * @param exitCode its exit code
   * @param stdout its standard output
   * @param stderr its standard error
   */
  public record Result(int exitCode, String stdout, String stderr) {}

  /** The absolute path of {@code name} on the PATH, if it is there and executable. */
  public static Optional<String> onPath(String name) {
    return onPath(name, System.getenv("PATH"));
  }

  /** The absolute path of {@code name} in the folders of {@code path} (a PATH value; null for none). */
  public static Optional<String> onPath(String name, String path) {
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .map(p -> p.toAbsolutePath().toString())
        .findFirst();
  }

  /** Runs {@code command} in {@code dir} and waits for it. */
  public static Result run(Path dir, List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
    process.getOutputStream().close();
    // Read both streams at once, so that neither fills its pipe and blocks the program.
    CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    String stdout = read(process.getInputStream());
    try {
      return new Result(process.waitFor(), stdout, stderr.join());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("interrupted while waiting for " + command.get(0), e);
    }
  }

  /** Deletes {@code dir} and everything in it; null does nothing. */
  public static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
