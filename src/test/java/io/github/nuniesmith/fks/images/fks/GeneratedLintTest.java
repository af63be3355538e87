package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.generator.external.ToolFinding;
import io.github.nuniesmith.fks.images.generator.external.Hadolint;
import io.github.nuniesmith.fks.images.generator.external.RequiredTool;
import io.github.nuniesmith.fks.images.generator.external.ShellCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed FKS Dockerfiles (generated/) as the linters Docker users trust see them: ShellCheck
 * on every RUN (required under CI=true) and hadolint (where a binary or Docker exists; CI has neither,
 * so there the test says that hadolint was not run).
 */
class GeneratedLintTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyCommittedDockerfileHasNoShellCheckFinding() throws IOException {
    ShellCheck shellCheck = RequiredTool.HERE.require(ShellCheck.onPath(), ShellCheck.absence());
    Map<String, String> files = committed();
    List<ToolFinding> findings = new ArrayList<>();
    files.forEach((path, text) -> findings.addAll(shellCheck.check("generated/" + path, text)));

    assertThat(files.keySet()).as("generated/ holds the Dockerfile of every image; run ./mvnw -B -Pgenerate")
        .containsExactlyInAnyOrderElementsOf(new FksImages().imageSet(Strategy.OPTION_1).images().stream()
            .map(i -> i.dockerfile().value()).toList());
    assertThat(findings).isEmpty();
  }

  @Test
  void everyCommittedDockerfileHasNoHadolintWarning() throws IOException {
    Hadolint hadolint = Hadolint.locate().orElseGet(() -> RequiredTool.HERE.reportOnly(Hadolint.absence(),
        "generated/ was checked by ShellCheck and our own rules only"));
    String config = Files.readString(REPOSITORY.resolve(".hadolint.yaml"), StandardCharsets.UTF_8);
    List<ToolFinding> findings = new ArrayList<>();
    committed().forEach((path, text) -> findings.addAll(hadolint.lint("generated/" + path, text, config)));

    assertThat(findings).filteredOn(f -> f.level().atLeast(ToolFinding.Level.WARNING)).isEmpty();
  }

  private static Map<String, String> committed() throws IOException {
    Path root = REPOSITORY.resolve("generated");
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith("Dockerfile")).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
