package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed at any file operation: its files are never half old and half new once the next
 * run has finished or undone its work, and nothing of it stays behind, also when that next run is
 * killed in turn. The kill is a halt of the JVM before the n-th file operation (as abrupt as kill -9
 * for files), n drawn from a fixed seed.
 */
class FileTransactionTest {
  private static final long SEED = 13;
  private static final int KILLS = 20;

  // Writing generation "new" over "old": every common file and the shared workflow are replaced,
  // the files of "new" created (one folder too), those of "old" deleted.
  private static final int REPLACED = WriterProcess.COMMON_FILES + 1;
  private static final int CREATED = WriterProcess.OWN_FILES + 1;
  private static final int DELETED = WriterProcess.OWN_FILES + 1;
  private static final int WRITES = REPLACED + CREATED;
  /** Staged texts and the journal, written then renamed: the commit point is the last of these. */
  private static final int COMMIT_POINT = WRITES + 2;
  /**
   * Then one folder created, each replaced or deleted file put aside, each text moved into place, the
   * journal deleted, the files put aside deleted, and the two locks and state folders deleted.
   */
  private static final int OPERATIONS = COMMIT_POINT + 1 + REPLACED + DELETED + WRITES + 1 + REPLACED + DELETED + 4;

  @TempDir Path temp;

  @Test
  void aWriterKilledAtAnyFileOperationLeavesTheFoldersOldOrNewOnceTheNextRunRecovers() throws Exception {
    Random random = new Random(SEED);
    List<String> outcomes = new ArrayList<>();

    for (int kill = 0; kill < KILLS; kill++) {
      int haltBefore = 1 + random.nextInt(OPERATIONS);
      Path repository = temp.resolve("kill-" + kill);
      OutputSync.write(WriterProcess.generation(repository, "old", 0), false, m -> { });

      assertThat(writeNewHaltingBefore(repository, haltBefore)).as("the writer halted before file operation %d",
          haltBefore).isEqualTo(FileTransaction.HALTED);
      List<String> leftovers = new ArrayList<>();
      WriterProcess.folders(repository).forEach(sync -> leftovers.addAll(sync.leftovers()));
      assertThat(leftovers).as("check reports what the writer killed before operation %d left", haltBefore)
          .isNotEmpty();

      if (Files.exists(repository.resolve(".github/workflows/.fks-images/journal"))) {
        // The run had committed: a recovery killed in turn must leave work that the next one finishes.
        int recoveryHalt = 1 + random.nextInt(REPLACED + DELETED);
        if (runHaltingBefore(repository, "recover", recoveryHalt) == FileTransaction.HALTED) {
          outcomes.add("recovery killed");
        }
      }
      List<String> messages = new ArrayList<>();
      OutputSync.lock(WriterProcess.folders(repository), Duration.ofSeconds(10), messages::add).close();

      boolean committed = haltBefore > COMMIT_POINT;
      assertThat(WriterProcess.snapshot(repository)).as("killed before operation %d of %d: %s", haltBefore,
          OPERATIONS, messages).isEqualTo(committed ? WriterProcess.expected("new", 1) : WriterProcess.expected("old", 0));
      outcomes.add(committed ? "new" : "old");
    }
    assertThat(outcomes).as("kills fell on both sides of the commit point, and into recoveries")
        .contains("old", "new", "recovery killed");
  }

  @Test
  void theKillTestsRangeCoversEveryFileOperation() throws Exception {
    Path repository = temp.resolve("complete");
    OutputSync.write(WriterProcess.generation(repository, "old", 0), false, m -> { });

    assertThat(writeNewHaltingBefore(repository, OPERATIONS + 1)).as("a writer that never reaches the halt").isZero();
    assertThat(WriterProcess.snapshot(repository)).isEqualTo(WriterProcess.expected("new", 1));
  }

  @Test
  void stagedFilesOfARunKilledBeforeItsCommitPointAreNoOutputAndAreDeletedAndReported() throws IOException {
    Path repository = temp.resolve("staged");
    Map<OutputSync, List<GeneratedFile>> old = WriterProcess.generation(repository, "old", 0);
    OutputSync.write(old, false, m -> { });
    OutputSync generated = old.keySet().iterator().next();
    Path state = Files.createDirectories(repository.resolve("generated/.fks-images"));
    // A staged text carries the generator's header: it must never be taken for an extra generated file.
    Files.writeString(state.resolve("0.new"), old.get(generated).get(0).content());
    Files.writeString(state.resolve("journal.tmp"), "fks-images journal 1\n");

    assertThat(generated.compare(old.get(generated)).isClean()).isTrue();
    assertThat(generated.leftovers()).containsExactly(".fks-images/", ".fks-images/0.new", ".fks-images/journal.tmp");
    List<String> messages = new ArrayList<>();
    OutputSync.lock(old.keySet(), Duration.ofSeconds(10), messages::add).close();

    assertThat(messages).containsExactly("fks-images: deleted the staged files of an interrupted run in "
        + repository.resolve("generated").toAbsolutePath().normalize() + "; it had not started to replace files");
    assertThat(WriterProcess.snapshot(repository)).isEqualTo(WriterProcess.expected("old", 0));
    assertThat(generated.leftovers()).isEmpty();
  }

  @Test
  void aJournalNamingAFileOutsideTheFoldersIsRefusedAndNothingIsDeleted() throws IOException {
    Path repository = temp.resolve("hostile");
    OutputSync.write(WriterProcess.generation(repository, "old", 0), false, m -> { });
    Path outside = Files.writeString(temp.resolve("precious.txt"), "keep me\n");
    Path state = Files.createDirectories(repository.resolve("generated/.fks-images"));
    Files.writeString(state.resolve("journal"), "fks-images journal 1\ndelete 0 ../../precious.txt\n");
    Map<String, String> before = WriterProcess.snapshot(repository);

    assertThatThrownBy(() -> OutputSync.lock(WriterProcess.folders(repository), Duration.ofSeconds(10), m -> { }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the journal " + state.resolve("journal").toAbsolutePath().normalize() + " of an interrupted run"
            + " cannot be finished here: its line 2 is not a step on a file of the folders this run writes "
            + List.of(repository.resolve(".github/workflows").toAbsolutePath().normalize(),
                repository.resolve("generated").toAbsolutePath().normalize())
            + ". Generate with the same folders as that run, or delete "
            + state.toAbsolutePath().normalize() + " to discard its work (its files may then be half written).");
    assertThat(outside).hasContent("keep me");
    assertThat(WriterProcess.snapshot(repository)).isEqualTo(before);
  }

  /** Runs a writer of generation "new" over {@code repository} that halts before file operation {@code n}; its exit status. */
  private static int writeNewHaltingBefore(Path repository, int n) throws IOException, InterruptedException {
    return runHaltingBefore(repository, "write new 1", n);
  }

  /** Runs a writer process given {@code command} that halts before file operation {@code n}; its exit status. */
  private static int runHaltingBefore(Path repository, String command, int n) throws IOException, InterruptedException {
    Process writer = WriterProcess.start(repository, "-Dfks.images.test.haltBeforeFileOperation=" + n);
    try (OutputStream commands = writer.getOutputStream()) {
      commands.write((command + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return writer.waitFor();
  }
}
