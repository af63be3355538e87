package io.github.nuniesmith.fks.images.generator.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.generator.build.FixtureGraph.Build;
import io.github.nuniesmith.fks.images.generator.build.FixtureGraph.ServiceSpec;
import io.github.nuniesmith.fks.images.generator.external.RequiredTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Builds the generated Dockerfiles of {@link FixtureGraph} with a real OCI builder (buildah), in
 * dependency order, then runs every service image: its command as its numeric user, every Python
 * package of its tiers and its own, the native library, and its HEALTHCHECK command. Skips without
 * buildah, mmdebstrap or root; fails instead under CI=true, where .ci/run installs them. Tagged
 * integration: it runs in the definitions module's integration-test phase, after check.
 */
@Tag("integration")
class FixtureBuildTest {
  @Test
  void everyServiceImageRunsItsCommandAsItsUserWithEveryLayerItsLibraryAndAHealthyCheck() throws Exception {
    String unavailable = BuildCache.unavailable();
    if (!unavailable.isEmpty()) {
      RequiredTool.HERE.missing(unavailable);
    }
    BuildCache.exclusively(() -> {
      BuildCache cache = BuildCache.open();
      Path work = cache.work("fixture");
      try {
        buildAndRun(cache, FixtureGraph.write(work));
      } finally {
        BuildCache.delete(work);
      }
    });
  }

  private static void buildAndRun(BuildCache cache, FixtureGraph graph) throws IOException, InterruptedException {
    // The root names a Python image this machine cannot pull; the build argument replaces it.
    assertThat(Files.readString(graph.root.resolve("generated/docker/Dockerfile.cpu")))
        .contains("ARG PYTHON_IMAGE=" + FixtureGraph.DEFAULT_PYTHON + "\n")
        .contains("FROM ${PYTHON_IMAGE} AS builder\n");
    for (Build build : graph.builds) {
      cache.buildah.build(build.dockerfile(), build.context(), build.target(), build.tags(),
          FixtureGraph.buildArgs(), false);
    }

    // The root's base image label names the image the build used, not the default it overrode.
    Build cpuRuntime = graph.builds.stream()
        .filter(b -> b.dockerfile().endsWith("Dockerfile.cpu") && b.target().equals("runtime")).findFirst().orElseThrow();
    assertThat(cache.buildah.inspect(cpuRuntime.tags().get(0),
        "{{index .Docker.Config.Labels \"org.opencontainers.image.base.name\"}}"))
        .isEqualTo(FixtureGraph.LOCAL_PYTHON);

    for (ServiceSpec service : FixtureGraph.SERVICES) {
      checkRuntime(cache, service, graph.root);
    }
  }

  private static void checkRuntime(BuildCache cache, ServiceSpec s, Path work) throws IOException, InterruptedException {
    Buildah buildah = cache.buildah;
    String image = FixtureGraph.serviceTag(s);
    String user = buildah.inspect(image, "{{.Docker.Config.User}}");
    List<String> command = buildah.inspect(image, "{{range .Docker.Config.Cmd}}{{println .}}{{end}}").lines().toList();
    List<String> health = buildah.inspect(image, "{{range .Docker.Config.Healthcheck.Test}}{{println .}}{{end}}")
        .lines().toList();
    assertThat(user).as(s.name() + " user").isEqualTo(FixtureGraph.USER);
    assertThat(command).as(s.name() + " command")
        .containsExactly("python", "-m", "src.main", String.valueOf(s.port()));
    assertThat(health).as(s.name() + " healthcheck").first().isEqualTo("CMD");

    String container = buildah.from(image);
    Path log = work.resolve(s.name() + ".log");
    Process server = buildah.start(container, user, command, log);
    try {
      String imports = "import ctypes, os; import " + String.join(", ", FixtureGraph.packagesOf(s))
          + "; lib = ctypes.CDLL('" + FixtureGraph.NATIVE_LIBRARY + "');"
          + " print(os.getuid(), os.getgid(), lib.fixta_version())";
      Buildah.Result check = buildah.run("run", "--isolation", "chroot", "--user", user, container, "--",
          "python", "-c", imports);
      assertThat(check.output().strip()).as(s.name() + " imports").isEqualTo("10001 10001 10000");

      List<String> healthCommand = health.subList(1, health.size());
      boolean healthy = false;
      for (int attempt = 0; attempt < 40 && !healthy; attempt++) {
        healthy = buildah.tryRun(container, user, healthCommand) != null;
        if (!healthy) {
          assertThat(server.isAlive()).as(s.name() + " command stopped:\n" + Files.readString(log)).isTrue();
          Thread.sleep(250);
        }
      }
      assertThat(healthy).as(s.name() + " HEALTHCHECK never passed; command output:\n" + Files.readString(log))
          .isTrue();
    } finally {
      server.descendants().forEach(ProcessHandle::destroy);
      server.destroy();
      server.waitFor();
      buildah.remove(container);
    }
  }
}
