package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs writing one repository at once, in two processes and in two threads: every round ends with
 * exactly one generation's files in both output folders, nothing of the other, and nothing left of
 * the lock or the staged files.
 */
class FolderLockTest {
  private static final int ROUNDS = 20;

  @TempDir Path repository;

  @Test
  void twoProcessesWritingDifferentGenerationsLeaveExactlyOneOfThemEveryRound() throws Exception {
    List<String> waits = writeInTwoProcesses("x", "y");

    System.out.println("FolderLockTest: different generations, a process waited for the other in "
        + waits.size() + " of " + ROUNDS + " rounds");
  }

  @Test
  void twoProcessesWritingTheSameGenerationLeaveItWholeEveryRound() throws Exception {
    List<String> waits = writeInTwoProcesses("same", "same");

    System.out.println("FolderLockTest: the same generation, a process waited for the other in "
        + waits.size() + " of " + ROUNDS + " rounds");
  }

  @Test
  void twoThreadsOfOneJvmWritingDifferentGenerationsLeaveExactlyOneOfThemEveryRound() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Map<OutputSync, Drift>>> runs = new ArrayList<>();
        for (String name : List.of("x", "y")) {
          int r = round;
          runs.add(threads.submit(() -> {
            start.await();
            return OutputSync.write(WriterProcess.generation(repository, name, r), false, m -> { });
          }));
        }
        for (Future<Map<OutputSync, Drift>> run : runs) {
          run.get();
        }
        assertOneWholeGeneration(round, "x", "y");
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aRunWaitsForAnotherProcessAndFailsClearlyAfterTheBoundedWait() throws Exception {
    Process holder = WriterProcess.start(repository);
    try (PrintStream commands = new PrintStream(holder.getOutputStream(), true, StandardCharsets.UTF_8);
        BufferedReader answers = reader(holder)) {
      commands.println("hold");
      assertThat(answers.readLine()).isEqualTo("held");
      List<String> messages = Collections.synchronizedList(new ArrayList<>());

      assertThatThrownBy(() -> OutputSync.lock(WriterProcess.folders(repository), Duration.ofMillis(200), messages::add))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("another run is writing " + workflows() + " (it holds " + workflows().resolve(".fks-images/lock")
              + ") and did not finish within 200 ms: wait for it to finish or stop it, then generate again."
              + " Nothing was written.");
      assertThat(messages).containsExactly(
          "fks-images: another run is writing " + workflows() + "; waiting up to 200 ms for it to finish");
      assertThat(new OutputSync(workflows(), Generator.MARKER).leftovers()).as("a lock held is no leftover").isEmpty();

      commands.println("release");
      assertThat(answers.readLine()).isEqualTo("released");
      OutputSync.write(WriterProcess.generation(repository, "x", 0), false, messages::add);
      assertThat(WriterProcess.snapshot(repository)).isEqualTo(WriterProcess.expected("x", 0));
    } finally {
      holder.destroyForcibly().waitFor();
    }
  }

  @Test
  void aRunWaitsForAnotherThreadAndFailsClearlyAfterTheBoundedWait() throws Exception {
    List<String> messages = new ArrayList<>();
    try (OutputSync.Lock held = OutputSync.lock(WriterProcess.folders(repository), Duration.ofSeconds(1), m -> { })) {
      assertThat(held.folders()).as("locked in a fixed order, whatever the order asked").extracting(FolderLock::root)
          .containsExactly(workflows(), repository.resolve("generated").toAbsolutePath().normalize());
      ExecutorService thread = Executors.newSingleThreadExecutor();
      try {
        Future<?> other = thread.submit(() -> OutputSync.lock(WriterProcess.folders(repository), Duration.ofMillis(200),
            messages::add).close());

        assertThat(catchFailure(other)).isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("another run is writing " + workflows() + " (it holds ");
      } finally {
        thread.shutdownNow();
      }
      assertThat(messages).hasSize(1).allMatch(m -> m.startsWith("fks-images: another run is writing " + workflows()));
    }
    assertThat(repository).as("the lock and the folders it created are gone").isEmptyDirectory();
  }

  @Test
  void theLockIsNeitherOutputNorDriftAndIsGoneWhenTheRunEnds() {
    OutputSync.write(WriterProcess.generation(repository, "x", 0), false, m -> { });
    Map<OutputSync, List<GeneratedFile>> files = WriterProcess.generation(repository, "x", 0);

    try (OutputSync.Lock held = OutputSync.lock(files.keySet(), Duration.ofSeconds(1), m -> { })) {
      assertThat(held.folders()).hasSize(2);
      assertThat(WriterProcess.snapshot(repository)).containsKey("generated/.fks-images/lock");
      files.forEach((sync, wanted) -> assertThat(sync.compare(wanted).isClean()).isTrue());
    }
    assertThat(WriterProcess.snapshot(repository)).isEqualTo(WriterProcess.expected("x", 0));
  }

  /**
   * Two writer processes write generation {@code a} and {@code b} of each round at once; every round
   * ends with one whole generation and at most one clear error. Returns the rounds where one waited.
   */
  private List<String> writeInTwoProcesses(String a, String b) throws Exception {
    Process first = WriterProcess.start(repository);
    Process second = WriterProcess.start(repository);
    List<String> waits = new ArrayList<>();
    try (PrintStream toFirst = new PrintStream(first.getOutputStream(), true, StandardCharsets.UTF_8);
        PrintStream toSecond = new PrintStream(second.getOutputStream(), true, StandardCharsets.UTF_8);
        BufferedReader fromFirst = reader(first);
        BufferedReader fromSecond = reader(second)) {
      for (int round = 0; round < ROUNDS; round++) {
        toFirst.println("write " + a + " " + round);
        toSecond.println("write " + b + " " + round);
        List<String> answers = List.of(String.valueOf(fromFirst.readLine()), String.valueOf(fromSecond.readLine()));

        assertThat(answers.stream().filter(s -> !s.startsWith("ok"))).as("round %d: %s", round, answers)
            .hasSizeLessThanOrEqualTo(1).allMatch(s -> s.startsWith("error another run is writing "));
        assertOneWholeGeneration(round, a, b);
        if (answers.contains("ok waited")) {
          waits.add("round " + round);
        }
      }
    } finally {
      first.destroyForcibly().waitFor();
      second.destroyForcibly().waitFor();
    }
    return waits;
  }

  private void assertOneWholeGeneration(int round, String a, String b) {
    Map<String, String> found = WriterProcess.snapshot(repository);
    assertThat(found.equals(WriterProcess.expected(a, round)) || found.equals(WriterProcess.expected(b, round)))
        .as("round %d holds exactly generation %s or %s and nothing else; it holds %s", round, a, b, found.keySet())
        .isTrue();
  }

  private Path workflows() {
    return repository.resolve(".github/workflows").toAbsolutePath().normalize();
  }

  private static Throwable catchFailure(Future<?> future) throws InterruptedException {
    try {
      future.get();
      return null;
    } catch (java.util.concurrent.ExecutionException e) {
      return e.getCause();
    }
  }

  private static BufferedReader reader(Process process) {
    return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }
}
