package io.github.nuniesmith.fks.images.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.generator.external.RequiredTool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Real git repositories in temporary folders, for the tests of plans from a git range. */
public final class GitFixture {
  private GitFixture() {}

  /** Skips the calling test where git does not run, or fails it under {@code CI=true}. */
  public static void requireGit(String skipping) throws InterruptedException {
    boolean present;
    try {
      present = new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      present = false;
    }
    if (!present) {
      RequiredTool.HERE.missing("git is not installed: " + skipping);
    }
  }

  /** Runs git in {@code repo} and asserts that it succeeds. */
  public static void git(Path repo, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
  }

  /** Commits everything in {@code repo}. */
  public static void commitAll(Path repo, String message) throws IOException, InterruptedException {
    git(repo, "add", "-A");
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", message);
  }
}
