package io.github.nuniesmith.fks.images.generator.external;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.util.Optional;

/**
 * The external tools for tests: ShellCheck skips the test where it is missing, except under
 * {@code CI=true}, where .ci/run installs it and its absence fails; hadolint, which needs Docker or a
 * binary that CI does not have, skips everywhere, and says so in the test output.
 */
public final class ExternalTools {
  private static final boolean CI = "true".equals(System.getenv("CI"));

  private ExternalTools() {}

  /** ShellCheck, or the test is skipped (locally) or fails (under CI). */
  public static ShellCheck shellCheck() {
    Optional<ShellCheck> found = ShellCheck.onPath();
    if (found.isEmpty() && CI) {
      fail(ShellCheck.absence() + " (CI must install it: see .ci/run)");
    }
    return found.orElseGet(() -> abort(ShellCheck.absence()));
  }

  /** hadolint, or the test is skipped with a message printed where the build log shows it. */
  public static Hadolint hadolint() {
    Optional<Hadolint> found = Hadolint.locate();
    if (found.isEmpty()) {
      System.out.println("[SKIPPED] " + Hadolint.absence() + (CI ? " (CI=true: hadolint did not check generated/)" : ""));
    }
    return found.orElseGet(() -> abort(Hadolint.absence()));
  }
}
