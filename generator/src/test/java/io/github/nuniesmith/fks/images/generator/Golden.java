package io.github.nuniesmith.fks.images.generator;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.TestInfo;
import org.opentest4j.AssertionFailedError;

/**
 * Compares rendered text with the golden file {@code <dir>/<TestClass>/<testMethod>.Dockerfile}.
 * With {@code -Dgolden.update=true} it writes the file instead, except under {@code CI=true}: golden
 * files change only through a reviewed commit.
 */
public final class Golden {
  /** The command that creates or updates every golden file of this module. */
  static final String UPDATE_COMMAND = "./mvnw -pl generator -am test -Dgolden.update=true";

  private final Path directory;
  private final boolean update;
  private final UnaryOperator<String> environment;

  /**
   * Golden files under {@code directory}; {@code update} rewrites them, unless {@code environment}
   * (a lookup of environment variables) says {@code CI=true}.
   */
  Golden(Path directory, boolean update, UnaryOperator<String> environment) {
    this.directory = directory;
    this.update = update;
    this.environment = environment;
  }

  /** Golden files as surefire configures them: {@code golden.dir}, {@code golden.update}, {@code CI}. */
  static Golden fromSystem() {
    String dir = System.getProperty("golden.dir");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException("system property golden.dir is not set: run the tests with "
          + "./mvnw -pl generator -am test, or pass -Dgolden.dir=generator/src/test/resources/golden");
    }
    return new Golden(Path.of(dir), Boolean.parseBoolean(System.getProperty("golden.update")), System::getenv);
  }

  /** Asserts that {@code actual} is the golden Dockerfile of the running test. */
  static void assertMatches(TestInfo test, String actual) {
    fromSystem().check(test, actual);
  }

  /** Asserts that {@code actual} is the golden file of the running test, named with {@code extension}, e.g. {@code .yml}. */
  public static void assertMatches(TestInfo test, String extension, String actual) {
    fromSystem().check(test, extension, actual);
  }

  /** Asserts that {@code actual} is the golden Dockerfile of {@code test}, or writes it when updating. */
  void check(TestInfo test, String actual) {
    check(test, ".Dockerfile", actual);
  }

  /** Asserts that {@code actual} is the golden file of {@code test}, or writes it when updating. */
  void check(TestInfo test, String extension, String actual) {
    Path file = file(test, extension);
    if (updating()) {
      if (!actual.equals(read(file))) {
        write(file, actual);
      }
      return;
    }
    String expected = read(file);
    if (expected == null) {
      throw new AssertionFailedError("golden file " + file + " does not exist: create it with "
          + UPDATE_COMMAND + ", then read it and commit it");
    }
    if (!expected.equals(actual)) {
      throw new AssertionFailedError("rendered text differs from golden file " + file + ":\n"
          + diff(directory.relativize(file).toString().replace('\\', '/'), expected, actual)
          + "If the new text is right, run " + UPDATE_COMMAND + " and review the diff.",
          expected, actual);
    }
  }

  /** Whether {@code golden.update=true} asks to rewrite expected text; refused under {@code CI=true}. */
  boolean updating() {
    if (update && "true".equals(environment.apply("CI"))) {
      throw new AssertionFailedError("golden.update=true is refused under CI=true: golden files change"
          + " only in a reviewed commit; run " + UPDATE_COMMAND + " locally and commit the diff");
    }
    return update;
  }

  /** {@code <dir>/<TestClass>/<testMethod>.Dockerfile}. */
  Path file(TestInfo test) {
    return file(test, ".Dockerfile");
  }

  /** {@code <dir>/<TestClass>/<testMethod><extension>}. */
  Path file(TestInfo test, String extension) {
    String testClass = test.getTestClass().orElseThrow().getSimpleName();
    String method = test.getTestMethod().orElseThrow().getName();
    return directory.resolve(testClass).resolve(method + extension);
  }

  /** A unified diff from {@code expected} to {@code actual}, one line per element, each ending in a newline. */
  static String diff(String name, String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(
        "golden/" + name, "rendered/" + name, a, DiffUtils.diff(a, b), 2);
    StringBuilder out = new StringBuilder();
    lines.forEach(l -> out.append(l).append('\n'));
    if (a.equals(b)) {
      out.append("(the lines are equal: the texts differ in line endings or the final newline)\n");
    }
    return out.toString();
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden file " + file, e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write golden file " + file, e);
    }
  }
}
