package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.AbsolutePath;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.VirtualEnv;
import io.github.nuniesmith.fks.images.generator.external.RequiredTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the shell the generator writes for layered virtual environments with a real Python: a
 * child layer must reach the parent's pip, see the parent's packages as installed, and receive only
 * its own. Needs {@code python3} (or {@code $FKS_TEST_PYTHON}) with venv and ensurepip; skips
 * without it, fails under CI=true. Tagged integration: it runs in the definitions module's
 * integration-test phase, after check.
 */
@Tag("integration")
class VirtualEnvLayeringTest {
  private static String pythonVersion;
  private static String python;
  private static Path temp;

  private static String unavailable;

  @BeforeAll
  static void findPython() throws Exception {
    // FKS_TEST_PYTHON names another interpreter when the first python3 on PATH lacks venv.
    String interpreter = System.getenv().getOrDefault("FKS_TEST_PYTHON", "python3");
    Result probe = run(interpreter + " -c 'import venv, ensurepip, sys;"
        + " print(\"%d.%d\" % sys.version_info[:2], sys.executable)'", System.getenv("PATH"));
    if (probe.exit() != 0) {
      unavailable = interpreter + " with venv and ensurepip is not available: " + probe.output().strip();
      return;
    }
    pythonVersion = probe.output().strip().split(" ")[0];
    python = probe.output().strip().split(" ", 2)[1];
    temp = Files.createTempDirectory("fks-layering");
  }

  /** Skips each test, visibly and with the reason, where there is no suitable Python (fails under CI). */
  @BeforeEach
  void requirePython() {
    if (unavailable != null) {
      RequiredTool.HERE.missing(unavailable);
    }
  }

  /** Deletes the folder; links into the interpreter's installation are removed, not followed. */
  @AfterAll
  static void deleteTemp() throws IOException {
    if (temp != null) {
      try (Stream<Path> walk = Files.walk(temp)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void aChildLayerInstallsOnlyItsOwnPackagesAndSeesThoseBelow() throws Exception {
    Path wheels = Files.createDirectories(temp.resolve("wheels"));
    Wheels.write(wheels, "fkslayera", "1.0", List.of());
    Wheels.write(wheels, "fkslayerb", "1.0", List.of("fkslayera==1.0"));
    AbsolutePath root = AbsolutePath.of(temp.resolve("opt/cpu").toString());
    AbsolutePath child = AbsolutePath.of(temp.resolve("opt/ml").toString());
    // The Dockerfile runs "python" from the base image; here python3 stands in for it.
    Path shim = Files.createDirectories(temp.resolve("shim"));
    Files.createSymbolicLink(shim.resolve("python"), Path.of(python));
    String path = shim + ":" + System.getenv("PATH");
    String install = "python -m pip install --no-index --find-links " + wheels + " ";

    assertSucceeds(shell(new VirtualEnv(root, pythonVersion, List.of())), path);
    String rootPath = root.resolve("bin") + ":" + path;
    assertSucceeds(install + "'fkslayera==1.0'", rootPath);
    assertSucceeds(shell(new VirtualEnv(child, pythonVersion, List.of(root))), rootPath);
    String childPath = child.resolve("bin") + ":" + rootPath;
    Result childInstall = assertSucceeds(install + "'fkslayerb==1.0'", childPath);

    assertThat(childInstall.output()).contains("Requirement already satisfied: fkslayera==1.0");
    Path childSite = Path.of(VirtualEnv.sitePackages(child, pythonVersion).value());
    assertThat(childSite.resolve("fkslayerb")).isDirectory();
    assertThat(childSite.resolve("fkslayera")).doesNotExist();
    assertThat(Path.of(child.value(), "bin", "pip")).doesNotExist();
    Result imports = assertSucceeds(
        "python -c 'import fkslayera, fkslayerb, pip, sys; print(sys.prefix, fkslayera.__file__, pip.__file__)'",
        childPath);
    assertThat(imports.output().strip()).isEqualTo(child + " "
        + VirtualEnv.sitePackages(root, pythonVersion).resolve("fkslayera/__init__.py") + " "
        + VirtualEnv.sitePackages(root, pythonVersion).resolve("pip/__init__.py"));
    assertSucceeds(pipCheck(), childPath);

    // A layer above that shadows a package the layers below depend on: the generated check fails.
    Wheels.write(wheels, "fkslayera", "2.0", List.of());
    AbsolutePath top = AbsolutePath.of(temp.resolve("opt/top").toString());
    assertSucceeds(shell(new VirtualEnv(top, pythonVersion, List.of(child, root))), childPath);
    String topPath = top.resolve("bin") + ":" + childPath;
    assertSucceeds(install + "'fkslayera==2.0'", topPath);
    Result check = run(pipCheck(), topPath);
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.output()).contains("fkslayerb 1.0 has requirement fkslayera==1.0, but you have fkslayera 2.0");
  }

  @Test
  void theRootLayerRefusesAnotherPythonVersion() throws Exception {
    Path shim = Files.createDirectories(temp.resolve("shim-version"));
    Files.createSymbolicLink(shim.resolve("python"), Path.of(python));
    AbsolutePath root = AbsolutePath.of(temp.resolve("opt/other").toString());

    Result result = run(shell(new VirtualEnv(root, "3.9", List.of())), shim + ":" + System.getenv("PATH"));

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.output().strip()).isEqualTo("Python 3.9 expected, found " + pythonVersion);
    assertThat(Path.of(root.value())).doesNotExist();
  }

  /** The check the generator runs after every pip install. */
  private static String pipCheck() {
    Instruction.Run run = (Instruction.Run) StepLowering.lower(PipInstall.of("fkslayera"), Optional.empty(), Mount.Sharing.LOCKED, '\\').get(0);
    return String.join(" ", run.commands().get(run.commands().size() - 1));
  }

  /** The shell commands the generator writes for {@code env}, joined as a RUN joins them. */
  private static String shell(VirtualEnv env) {
    Instruction.Run run = (Instruction.Run) StepLowering.lower(env, Optional.empty(), Mount.Sharing.LOCKED, '\\').get(0);
    List<String> commands = new ArrayList<>();
    run.commands().forEach(lines -> commands.add(String.join(" ", lines)));
    return String.join(" && ", commands);
  }

  private static Result assertSucceeds(String command, String path) throws Exception {
    Result result = run(command, path);
    assertThat(result.exit()).as(command + "\n" + result.output()).isZero();
    return result;
  }

  private record Result(int exit, String output) {}

  private static Result run(String command, String path) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
    builder.environment().put("PATH", path);
    builder.environment().put("PIP_DISABLE_PIP_VERSION_CHECK", "1");
    builder.environment().remove("PYTHONPATH");
    builder.environment().remove("VIRTUAL_ENV");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Result(process.exitValue(), output);
  }
}
