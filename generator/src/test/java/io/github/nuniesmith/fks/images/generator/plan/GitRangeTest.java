package io.github.nuniesmith.fks.images.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The git adapter on a real repository in a temporary folder; needs git, which CI must have. */
class GitRangeTest {
  @TempDir Path repo;

  @BeforeEach
  void needsGit() throws InterruptedException {
    GitFixture.requireGit("skipping the tests of the git adapter");
  }

  @Test
  void listsWhatChangedSinceTheBranchLeftARevisionUncommittedAndUntrackedIncluded() throws Exception {
    git("init", "-q", "-b", "main");
    write("pins/ml.txt", "langchain>=0.3.0\n");
    write("README.md", "hello\n");
    write("old.txt", "x\n");
    commit("first");
    git("branch", "base");
    write("README.md", "hello again\n");
    commit("second");
    git("checkout", "-q", "-b", "topic", "base");
    write("pins/ml.txt", "langchain>=0.3.1\n");
    git("mv", "old.txt", "renamed.txt");
    commit("topic");
    write("notes.md", "untracked\n");
    Files.createDirectories(repo.resolve("sub"));

    GitRange range = GitRange.since(repo.resolve("sub"), "main");

    assertThat(range.root()).isEqualTo(repo.toRealPath());
    assertThat(range.changedFiles()).containsExactly("old.txt", "pins/ml.txt", "renamed.txt", "notes.md");
    assertThat(range.before("pins/ml.txt")).contains("langchain>=0.3.0\n");
    assertThat(range.after("pins/ml.txt")).contains("langchain>=0.3.1\n");
    assertThat(range.before("notes.md")).isEmpty();
    assertThat(range.after("old.txt")).isEqualTo(Optional.empty());
  }

  @Test
  void anUnknownRevisionSaysHowToFetchIt() throws Exception {
    git("init", "-q", "-b", "main");
    write("a.txt", "a\n");
    commit("first");

    assertThatThrownBy(() -> GitRange.since(repo, "origin/nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("git knows no revision origin/nope with a common history with HEAD: fetch it, e.g."
            + " git fetch origin main, or name another, e.g. -Dfks.since=HEAD~1");
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(repo.resolve(path).getParent());
    Files.writeString(repo.resolve(path), text);
  }

  private void commit(String message) throws Exception {
    GitFixture.commitAll(repo, message);
  }

  private void git(String... args) throws Exception {
    GitFixture.git(repo, args);
  }
}
