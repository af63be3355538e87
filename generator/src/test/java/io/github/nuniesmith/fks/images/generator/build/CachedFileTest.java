package io.github.nuniesmith.fks.images.generator.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shared cache file is made once by concurrent runs, whole, and never left half written. */
class CachedFileTest {
  private static final String WHOLE = "first half, second half\n";

  @TempDir Path cache;

  @Test
  void twoThreadsMakeTheFileOnceAndBothGetItWhole() throws Exception {
    Path target = cache.resolve("python-bookworm.tar");
    Path made = cache.resolve("made");
    Files.createDirectories(made);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int run = 0; run < 2; run++) {
        String name = "thread-" + run;
        runs.add(pool.submit(() -> {
          start.await();
          return Files.readString(CachedFile.ensure(target, partial -> slowlyWrite(partial, made.resolve(name))));
        }));
      }
      start.countDown();
      for (Future<String> run : runs) {
        assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(WHOLE);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(names(made)).hasSize(1);
    assertThat(names(cache)).containsExactly("made", "python-bookworm.tar", "python-bookworm.tar.lock");
  }

  @Test
  void twoProcessesMakeTheFileOnceAndBothGetItWhole() throws Exception {
    Path target = cache.resolve("python-bookworm.tar");
    Path made = Files.createDirectories(cache.resolve("made"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      runs.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), OtherProcess.class.getName(),
          target.toString(), made.resolve("process-" + run).toString()).redirectErrorStream(true).start());
    }
    for (Process run : runs) {
      String output = new String(run.getInputStream().readAllBytes());
      assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(run.exitValue()).as(output).isZero();
      assertThat(output).isEqualTo(WHOLE);
    }
    assertThat(names(made)).hasSize(1);
    assertThat(names(cache)).containsExactly("made", "python-bookworm.tar", "python-bookworm.tar.lock");
  }

  @Test
  void aFailedRunLeavesNoPartialFileAndTheNextMakesIt() throws Exception {
    Path target = cache.resolve("python-bookworm.tar");

    assertThatThrownBy(() -> CachedFile.ensure(target, partial -> {
      Files.writeString(partial, "first half");
      throw new IOException("mirror unreachable");
    })).isInstanceOf(IOException.class).hasMessage("mirror unreachable");
    assertThat(names(cache)).containsExactly("python-bookworm.tar.lock");

    assertThat(Files.readString(CachedFile.ensure(target, partial -> Files.writeString(partial, WHOLE))))
        .isEqualTo(WHOLE);
  }

  @Test
  void aProducerThatWritesNothingIsAnError() throws IOException {
    Path target = cache.resolve("python-bookworm.tar");

    assertThatThrownBy(() -> CachedFile.ensure(target, partial -> {}))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("the producer of " + target + " wrote no file at " + cache);
    assertThat(names(cache)).containsExactly("python-bookworm.tar.lock");
  }

  @Test
  void whatAKilledRunLeftIsDeletedBeforeTheFileIsMade() throws Exception {
    Files.writeString(cache.resolve("python-bookworm.partial.tar"), "left by an older run");
    Files.createDirectories(cache.resolve("python-bookworm.partial-123"));
    Files.writeString(cache.resolve("python-bookworm.partial-123/python-bookworm.tar"), "first half");
    Files.writeString(cache.resolve("python-other.tar"), "another file");

    CachedFile.ensure(cache.resolve("python-bookworm.tar"), partial -> Files.writeString(partial, WHOLE));

    assertThat(names(cache)).containsExactly("python-bookworm.tar", "python-bookworm.tar.lock", "python-other.tar");
  }

  @Test
  void anExistingFileIsNotMadeAgain() throws Exception {
    Path target = cache.resolve("python-bookworm.tar");
    Files.writeString(target, WHOLE);

    CachedFile.ensure(target, partial -> {
      throw new AssertionError("made again");
    });

    assertThat(names(cache)).containsExactly("python-bookworm.tar");
  }

  /** Writes the file in two steps, with a pause in between where a race would show, and records who made it. */
  private static void slowlyWrite(Path partial, Path record) throws IOException, InterruptedException {
    Files.writeString(record, "made");
    Files.writeString(partial, "first half, ");
    Thread.sleep(500);
    Files.writeString(partial, "second half\n", java.nio.file.StandardOpenOption.APPEND);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The second build: another JVM that makes the file, records that it did, and prints what it got. */
  static final class OtherProcess {
    public static void main(String[] args) throws Exception {
      Path target = Path.of(args[0]);
      Path record = Path.of(args[1]);
      System.out.print(Files.readString(CachedFile.ensure(target, partial -> slowlyWrite(partial, record))));
    }
  }
}
