package io.github.nuniesmith.fks.images.generator.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.generator.build.UserHierarchy.Build;
import io.github.nuniesmith.fks.images.generator.external.RequiredTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Builds the three levels of {@link UserHierarchy} with buildah, in dependency order, foundation with
 * the local Python as its base and a user other than the defaults, then runs the last image as the
 * user it ends with: its ids, home, the apt package of the middle level, both wheels, a virtual
 * environment the user owns, and its command. Skips without buildah, mmdebstrap or root, as {@link
 * FixtureBuildTest} does. Tagged integration: it runs in the definitions module's integration-test phase.
 */
@Tag("integration")
class UserHierarchyBuildTest {
  @Test
  void lastLevelRunsAsTheUserTheArgumentsGaveWithTheChildsAptPackageAndEveryWheel() throws Exception {
    String unavailable = BuildCache.unavailable();
    if (!unavailable.isEmpty()) {
      RequiredTool.HERE.missing(unavailable);
    }
    BuildCache.exclusively(() -> {
      BuildCache cache = BuildCache.open();
      Path work = cache.work("hierarchy");
      try {
        buildAndRun(cache, UserHierarchy.write(work));
      } finally {
        BuildCache.delete(work);
      }
    });
  }

  private static void buildAndRun(BuildCache cache, UserHierarchy hierarchy) throws IOException, InterruptedException {
    Build first = hierarchy.builds.get(0);
    // The definitions name a Python image this machine cannot pull; the build argument replaces it.
    assertThat(Files.readString(first.dockerfile()))
        .contains("ARG " + UserHierarchy.BASE_IMAGE.name() + "=" + FixtureGraph.DEFAULT_PYTHON + "\n")
        .contains("FROM " + UserHierarchy.BASE_IMAGE.ref() + " AS foundation\n");
    for (Build build : hierarchy.builds) {
      cache.buildah.build(build.dockerfile(), build.context(), build.target(), build.tags(),
          build == first ? UserHierarchy.foundationArgs() : Map.of(), false);
    }

    Buildah buildah = cache.buildah;
    String image = hierarchy.builds.get(hierarchy.builds.size() - 1).tags().get(0);
    String user = buildah.inspect(image, "{{.Docker.Config.User}}");
    assertThat(user).as("the user the last level ends as").isEqualTo(String.valueOf(UserHierarchy.UID));
    List<String> command = buildah.inspect(image, "{{range .Docker.Config.Cmd}}{{println .}}{{end}}").lines().toList();

    String container = buildah.from(image);
    try {
      String home = "/home/" + UserHierarchy.USER;
      // As the user: its ids, home and folder, both wheels from the environment, the owners of every file of
      // the environment (the user alone), and the program the apt package installed.
      String check = "import os, shutil, " + UserHierarchy.NOTEBOOK_WHEEL + ", " + UserHierarchy.SCIENTIFIC_WHEEL + "\n"
          + "print(os.getuid(), os.getgid(), os.environ['HOME'], os.getcwd())\n"
          + "print(" + UserHierarchy.NOTEBOOK_WHEEL + ".VALUE, " + UserHierarchy.SCIENTIFIC_WHEEL + ".VALUE,"
          + " shutil.which('python'))\n"
          + "paths = [r for r, ds, fs in os.walk('" + UserHierarchy.VENV + "')]\n"
          + "paths += [os.path.join(r, f) for r, ds, fs in os.walk('" + UserHierarchy.VENV + "') for f in fs]\n"
          + "print(sorted({(os.lstat(p).st_uid, os.lstat(p).st_gid) for p in paths}))\n"
          + "print(os.access('" + UserHierarchy.APT_BINARY + "', os.X_OK))\n";
      Buildah.Result result = buildah.run("run", "--isolation", "chroot", "--user", user, container, "--",
          "python", "-c", check);
      assertThat(result.output().strip().lines().toList()).containsExactly(
          UserHierarchy.UID + " " + UserHierarchy.GID + " " + home + " " + home,
          UserHierarchy.NOTEBOOK_WHEEL + " " + UserHierarchy.SCIENTIFIC_WHEEL + " "
              + UserHierarchy.VENV + "/bin/python",
          "[(" + UserHierarchy.UID + ", " + UserHierarchy.GID + ")]",
          "True");
      assertThat(buildah.run("run", "--isolation", "chroot", "--user", user, container, "--",
          UserHierarchy.APT_BINARY, "--version").output()).as("the apt package's program runs").contains("tini");
      Buildah.Result cmd = buildah.tryRun(container, user, command);
      assertThat(cmd).as("the image's command " + command + " fails").isNotNull();
      assertThat(cmd.output().strip()).isEqualTo(UserHierarchy.SCIENTIFIC_WHEEL);
    } finally {
      buildah.remove(container);
    }
  }
}
