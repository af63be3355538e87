package io.github.nuniesmith.fks.images.generator.external;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nuniesmith.fks.images.generator.Executables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs hadolint on Dockerfiles and reads its JSON report. It runs as {@code hadolint --config <file>
 * --no-fail -f json <Dockerfile>}: the report, not the exit code, decides, so a parse error (DL1000)
 * is a finding like any other.
 */
public final class Hadolint {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where hadolint runs: a binary here, or a container. */
  interface Backend {
    /** hadolint's JSON report for {@code dockerfile} with the settings {@code config}. */
    String lint(String dockerfile, String config) throws IOException;

    /** Where it runs, for messages. */
    String describe();
  }

  private final Backend backend;

  Hadolint(Backend backend) {
    this.backend = backend;
  }

  /**
   * hadolint from a {@code hadolint} binary on the PATH, else from the pinned container image where
   * Testcontainers is on the classpath and finds Docker; empty where neither is available.
   */
  public static Optional<Hadolint> locate() {
    Optional<Hadolint> binary = binaryOnPath(System.getenv("PATH"));
    if (binary.isPresent() || !onClasspath("org.testcontainers.DockerClientFactory")) {
      return binary;
    }
    return HadolintContainer.ifDockerAvailable().map(Hadolint::new);
  }

  /** hadolint from a {@code hadolint} binary in the folders of {@code path} (a PATH value), never a container. */
  public static Optional<Hadolint> binaryOnPath(String path) {
    return Executables.onPath("hadolint", path).map(b -> new Hadolint(new Binary(b)));
  }

  /** Checked before HadolintContainer is loaded, which cannot be without Testcontainers. */
  private static boolean onClasspath(String className) {
    try {
      Class.forName(className, false, Hadolint.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** What to say where {@link #locate()} finds nothing. */
  public static String absence() {
    return "hadolint was NOT run: no hadolint binary on the PATH and no Docker for the container "
        + HadolintContainer.IMAGE;
  }

  /** Where this hadolint runs, e.g. {@code /usr/local/bin/hadolint}. */
  public String describe() {
    return backend.describe();
  }

  /** hadolint's findings for {@code dockerfile} with the settings {@code config}, reported against {@code file}. */
  public List<ToolFinding> lint(String file, String dockerfile, String config) {
    try {
      return parse(file, backend.lint(dockerfile, config));
    } catch (IOException e) {
      throw new IllegalStateException("hadolint (" + backend.describe() + ") failed on " + file + ": "
          + e.getMessage(), e);
    }
  }

  /** The findings of one JSON report ({@code [{"code": ..., "line": ...}, ...]}), reported against {@code file}. */
  static List<ToolFinding> parse(String file, String json) {
    JsonNode report;
    try {
      report = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("hadolint's report on " + file + " is not JSON: " + json.strip(), e);
    }
    if (report == null || !report.isArray()) {
      throw new IllegalStateException("hadolint's report on " + file + " is not a JSON array: " + json.strip());
    }
    List<ToolFinding> out = new ArrayList<>();
    for (JsonNode f : report) {
      out.add(new ToolFinding(file, f.path("line").asInt(), f.path("code").asText(),
          ToolFinding.Level.of(f.path("level").asText()), f.path("message").asText()));
    }
    return out;
  }

  /** A hadolint binary, given files in a temporary folder. */
  private record Binary(String executable) implements Backend {
    @Override
    public String lint(String dockerfile, String config) throws IOException {
      Path dir = Files.createTempDirectory("fks-hadolint");
      try {
        Files.writeString(dir.resolve("Dockerfile"), dockerfile, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("hadolint.yaml"), config, StandardCharsets.UTF_8);
        Executables.Result result = Executables.run(dir, List.of(executable, "--config", "hadolint.yaml",
            "--no-fail", "-f", "json", "Dockerfile"));
        if (result.exitCode() != 0) {
          throw new IOException("exit " + result.exitCode() + ": " + result.stderr().strip());
        }
        return result.stdout();
      } finally {
        Executables.deleteTree(dir);
      }
    }

    @Override
    public String describe() {
      return executable;
    }
  }
}
