package io.github.nuniesmith.fks.images.generator.external;

import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The one policy of the tests that need an external tool (ShellCheck, git, Python, buildah,
 * actionlint...): where the tool is missing the test is skipped with the reason, except under
 * {@code CI=true}, where .ci/run installs every such tool and its absence fails the test. hadolint,
 * which CI cannot run (no Docker, no binary), is {@linkplain #reportOnly reported, never failed}.
 * For tests only: it throws the test framework's skip and failure, which the tests bring.
 */
public final class RequiredTool {
  /** The policy under this process's environment, reporting on standard output. */
  public static final RequiredTool HERE = new RequiredTool(System::getenv, System.out);

  private final boolean ci;
  private final PrintStream out;

  RequiredTool(Function<String, String> environment, PrintStream out) {
    this.ci = "true".equals(environment.apply("CI"));
    this.out = out;
  }

  /** {@code found}, or {@link #missing} with {@code absence}. */
  public <T> T require(Optional<T> found, String absence) {
    return found.orElseGet(() -> missing(absence));
  }

  /**
   * Never returns: skips the calling test with {@code why} (which tool, why missing, how to install
   * it), printing {@code [SKIPPED] why} where the build log shows it, since the test runner prints
   * only a count; or fails it under {@code CI=true}.
   */
  public <T> T missing(String why) {
    if (ci) {
      throw new AssertionFailedError(why + " (CI must install it: see .ci/run)");
    }
    out.println("[SKIPPED] " + why);
    throw new TestAbortedException(why);
  }

  /**
   * Never returns: skips the calling test with {@code why}, under {@code CI=true} too, and prints
   * {@code [SKIPPED] why} where the build log shows it, followed under CI by {@code (CI=true: ciNote)}.
   */
  public <T> T reportOnly(String why, String ciNote) {
    out.println("[SKIPPED] " + why + (ci ? " (CI=true: " + ciNote + ")" : ""));
    throw new TestAbortedException(why);
  }
}
