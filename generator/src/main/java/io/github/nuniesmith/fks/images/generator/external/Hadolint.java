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
import java.util.regex.Pattern;

/**
 * Runs hadolint on Dockerfiles and reads its JSON report. It runs as {@code hadolint --config <file>
 * --no-fail -f json <Dockerfile>}: the report, not the exit code, decides, so a parse error (DL1000)
 * is a finding like any other.
 */
public final class Hadolint {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The system property, then the environment variable, that name another hadolint image. */
  static final String IMAGE_PROPERTY = "fks.hadolint.image";
  static final String IMAGE_VARIABLE = "FKS_HADOLINT_IMAGE";
  /** Docker's limit on a repository name; checked before the pattern. */
  private static final int MAX_IMAGE_LENGTH = 255;
  /** [registry[:port]/]path[:tag][@sha256:digest], as Docker accepts it; no part can match another's separator. */
  private static final Pattern IMAGE_REFERENCE = Pattern.compile(
      "(?:[A-Za-z0-9.-]+(?::[0-9]{1,5})?/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*"
          + "(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[0-9a-f]{64})?");

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
   * hadolint from a {@code hadolint} binary on the PATH, else from the container {@link #image()} where
   * Testcontainers is on the classpath and finds Docker; empty where neither is available.
   */
  public static Optional<Hadolint> locate() {
    Optional<Hadolint> binary = binaryOnPath(System.getenv("PATH"));
    if (binary.isPresent() || !onClasspath("org.testcontainers.DockerClientFactory")) {
      return binary;
    }
    return HadolintContainer.ifDockerAvailable(image()).map(Hadolint::new);
  }

  /**
   * The image the container backend runs: the system property {@code fks.hadolint.image}, else the
   * environment variable {@code FKS_HADOLINT_IMAGE}, else the pinned official image. Where Docker Hub
   * is unreachable, load the image locally and name it by its tag (a digest is only known after a pull).
   */
  public static String image() {
    return image(System.getProperty(IMAGE_PROPERTY), System.getenv(IMAGE_VARIABLE));
  }

  /** The image named by {@code property}, else by {@code variable}, else the pinned one; a bad name is an error. */
  static String image(String property, String variable) {
    if (property != null && !property.isBlank()) {
      return checkedImage(IMAGE_PROPERTY, property);
    }
    if (variable != null && !variable.isBlank()) {
      return checkedImage(IMAGE_VARIABLE, variable);
    }
    return HadolintContainer.IMAGE;
  }

  private static String checkedImage(String source, String name) {
    if (name.length() > MAX_IMAGE_LENGTH || !IMAGE_REFERENCE.matcher(name).matches()) {
      String shown = name.length() > 80 ? name.substring(0, 80) + "... (" + name.length() + " characters)" : name;
      throw new IllegalArgumentException(source + " '" + shown.replaceAll("\\p{Cntrl}", "?") + "' is not an image"
          + " reference of at most " + MAX_IMAGE_LENGTH + " characters such as hadolint/hadolint:v2.14.0 or"
          + " registry.example:5000/hadolint/hadolint:v2.14.0@sha256:<64 hex digits>");
    }
    return name;
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
        + image();
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
