package io.github.nuniesmith.fks.images.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.ImageSetDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate skips all its work when the stamp vouches that nothing it reads or writes changed, and only then. */
class GenerateStampTest {
  private static final String SKIPPED = "fks-images: skipped generating: nothing it reads or writes changed since its"
      + " last run (stamp ";

  @TempDir Path repository;
  @TempDir Path build;
  private Path classes;
  private Path pluginJar;

  @BeforeEach
  void definitionsModule() throws IOException {
    classes = Files.createDirectories(build.resolve("classes"));
    Files.write(classes.resolve("Images.class"), new byte[] {(byte) 0xCA, (byte) 0xFE, 1});
    Files.createDirectories(repository.resolve("pins"));
    Files.writeString(repository.resolve("pins/cpu.txt"), "numpy==2.3.0\n");
    pluginJar = Files.writeString(build.resolve("fks-images-generator-1.0-SNAPSHOT.jar"), "plugin classes\n");
    // The service's context as its team wrote it: no starter file to create.
    write(repository.resolve("services/api/src/api.py"), "app = None\n");
  }

  @Test
  void theRunAfterOneThatCreatedStarterFilesDoesAllItsWorkAndTheNextSkips() throws Exception {
    Files.delete(repository.resolve("services/api/src/api.py"));
    Files.delete(repository.resolve("services/api/src"));
    assertThat(run(GoalsTest.Definitions.class)).contains("[info] fks-images: created services/api/src/api.py, a"
        + " starter file of its service's build context: edit it freely, generate never changes it");

    assertThat(run(GoalsTest.Definitions.class)).noneMatch(line -> line.contains(SKIPPED));
    assertThat(run(GoalsTest.Definitions.class)).anyMatch(line -> line.startsWith("[info] " + SKIPPED));
  }

  @Test
  void aSecondRunWithNothingChangedSkipsAndLogsWhatARealRunThatChangesNothingLogs() throws Exception {
    Files.createDirectories(repository.resolve("services/removed"));
    run(GoalsTest.Definitions.class);
    List<String> real = withoutTimes(unstamped(GoalsTest.Definitions.class));

    List<String> skipped = run(GoalsTest.Definitions.class);

    assertThat(skipped).anyMatch(line -> line.startsWith("[info] " + SKIPPED));
    assertThat(withoutTimes(skipped)).containsExactlyElementsOf(real);
    assertThat(real).contains("[warn] fks-images: services/removed/ is the build context of no service (was its"
        + " service removed?): delete the folder, or define the service again; generate leaves it alone");
  }

  @Test
  void aSkippedRunReplaysTheLintWarningsAndNotesOfTheDefinitions() throws Exception {
    run(PlainImages.class);
    List<String> real = withoutTimes(unstamped(PlainImages.class));

    List<String> skipped = run(PlainImages.class);

    assertThat(skipped).anyMatch(line -> line.startsWith("[info] " + SKIPPED));
    assertThat(withoutTimes(skipped)).containsExactlyElementsOf(real);
    assertThat(real).anyMatch(line -> line.startsWith("[warn] ") && line.contains("FKS009"))
        .contains("[info] fks-images: no workflow for a set without tiers; -Dfks.workflows=<folder> writes one");
  }

  @Test
  void aChangedDefinitionClassRunsAgain() throws Exception {
    assertRunsAgainAfter(mojo -> write(classes.resolve("Images.class"), "\u00ca\u00fe2"));
  }

  @Test
  void aNewClassOnTheDefinitionsClasspathRunsAgain() throws Exception {
    assertRunsAgainAfter(mojo -> write(classes.resolve("More.class"), "more"));
  }

  @Test
  void aChangedPinFileRunsAgain() throws Exception {
    assertRunsAgainAfter(mojo -> write(repository.resolve("pins/cpu.txt"), "numpy==2.3.1\n"));
  }

  @Test
  void aChangedPluginJarRunsAgain() throws Exception {
    assertRunsAgainAfter(mojo -> write(pluginJar, "plugin classes, rebuilt\n"));
  }

  @Test
  void aChangedContextFileRunsAgain() throws Exception {
    assertRunsAgainAfter(mojo -> write(repository.resolve("services/api/src/api.py"), "app = 'edited'\n"));
  }

  @Test
  void aContextFolderWithoutItsServiceRunsAgainAndItsWarningIsReplayedAfter() throws Exception {
    assertRunsAgainAfter(mojo -> mkdirs(repository.resolve("services/removed")));

    assertThat(run(GoalsTest.Definitions.class)).contains("[warn] fks-images: services/removed/ is the build context"
        + " of no service (was its service removed?): delete the folder, or define the service again; generate leaves"
        + " it alone").anyMatch(line -> line.startsWith("[info] " + SKIPPED));
  }

  @Test
  void aDeletedGeneratedFileRunsAgainAndIsCreated() throws Exception {
    run(GoalsTest.Definitions.class);
    Files.delete(repository.resolve("generated/services/api/Dockerfile"));

    assertThat(run(GoalsTest.Definitions.class)).noneMatch(line -> line.contains(SKIPPED))
        .contains("[info] fks-images: created services/api/Dockerfile");
    assertThat(repository.resolve("generated/services/api/Dockerfile")).exists();
    assertThat(run(GoalsTest.Definitions.class)).anyMatch(line -> line.startsWith("[info] " + SKIPPED));
  }

  @Test
  void aHandEditedGeneratedFileRunsAgainAndIsRefused() throws Exception {
    run(GoalsTest.Definitions.class);
    Path api = repository.resolve("generated/services/api/Dockerfile");
    Files.writeString(api, Files.readString(api).replace("EXPOSE 8000/tcp", "EXPOSE 9000/tcp"));

    assertThatThrownBy(() -> run(GoalsTest.Definitions.class)).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("refusing to overwrite or delete files edited by hand since they were generated:\n");
    assertThatThrownBy(() -> run(GoalsTest.Definitions.class)).isInstanceOf(MojoFailureException.class);
  }

  @Test
  void anExtraFileInAGeneratedFolderRunsAgain() throws Exception {
    assertRunsAgainAfter(mojo -> write(repository.resolve("generated/docker/notes.txt"), "by hand\n"));
  }

  @Test
  void anExtraGeneratedFileInTheWorkflowFolderRunsAgainAndIsDeleted() throws Exception {
    run(GoalsTest.Definitions.class);
    Path workflow = repository.resolve(".github/workflows/build-images.yml");
    Files.copy(workflow, repository.resolve(".github/workflows/old.yml"));

    assertThat(run(GoalsTest.Definitions.class)).contains("[info] fks-images: deleted .github/workflows/old.yml");
  }

  @Test
  void aChangedParameterRunsAgain() throws Exception {
    assertRunsAgainAfter(mojo -> mojo.defaultBranch = "release");
  }

  @Test
  void aChangedFksPropertyRunsAgain() throws Exception {
    try {
      assertRunsAgainAfter(mojo -> System.setProperty("fks.stamp.test", "on"));
    } finally {
      System.clearProperty("fks.stamp.test");
    }
  }

  @Test
  void theForceSwitchRunsAgain() throws Exception {
    assertRunsAgainAfter(mojo -> mojo.force = true);
  }

  @Test
  void aStampOfAnotherPluginVersionIsIgnored() throws Exception {
    assertRunsAgainAfter(mojo -> mojo.pluginVersion = "1.1");
  }

  @Test
  void anUnreadableStampIsIgnored() throws Exception {
    assertRunsAgainAfter(mojo -> write(build.resolve(GenerateMojo.STAMP),
        "fks-images generate stamp " + GenerateStamp.FORMAT + " of plugin 1.0\nentry\tcut short\n"));
  }

  @Test
  void aReleaseJarCountsByItsSizeAndTime() throws Exception {
    Path release = Files.writeString(Files.createDirectories(build.resolve("repository")).resolve(
        "freemarker-2.3.35.jar"), "release\n");
    Consumer<GenerateMojo> withRelease = mojo -> {
      DefaultArtifact artifact = new DefaultArtifact("org.freemarker", "freemarker", "2.3.35", "compile", "jar", null,
          new DefaultArtifactHandler("jar"));
      artifact.setFile(release.toFile());
      mojo.pluginArtifacts = List.of(artifact);
      mojo.localRepository = build.resolve("repository").toString();
    };
    run(GoalsTest.Definitions.class, withRelease);
    assertThat(run(GoalsTest.Definitions.class, withRelease)).anyMatch(line -> line.startsWith("[info] " + SKIPPED));

    Files.setLastModifiedTime(release, FileTime.fromMillis(Files.getLastModifiedTime(release).toMillis() + 1000));

    assertThat(run(GoalsTest.Definitions.class, withRelease)).noneMatch(line -> line.contains(SKIPPED));
  }

  @Test
  void aSymbolicLinkInAContextNeverSkips() throws Exception {
    Path target = Files.writeString(build.resolve("shared.py"), "shared = 1\n");
    Files.createDirectories(repository.resolve("services/api"));
    Files.createSymbolicLink(repository.resolve("services/api/shared.py"), target);

    run(GoalsTest.Definitions.class);

    assertThat(run(GoalsTest.Definitions.class)).noneMatch(line -> line.contains(SKIPPED));
  }

  /** The first run writes and stamps, the second skips; after {@code change} the third does all its work. */
  private void assertRunsAgainAfter(Consumer<GenerateMojo> change) throws Exception {
    run(GoalsTest.Definitions.class);
    assertThat(run(GoalsTest.Definitions.class)).anyMatch(line -> line.startsWith("[info] " + SKIPPED));

    List<String> again = run(GoalsTest.Definitions.class, change);

    assertThat(again).noneMatch(line -> line.contains(SKIPPED))
        .anyMatch(line -> line.endsWith("loading the definitions included"));
  }

  private List<String> run(Class<? extends ImageSetDefinition> definitions) throws Exception {
    return run(definitions, mojo -> {});
  }

  /** Runs generate as the definitions' module configures it, with its build folder and classpath here. */
  private List<String> run(Class<? extends ImageSetDefinition> definitions, Consumer<GenerateMojo> change)
      throws Exception {
    GenerateMojo mojo = GoalsTest.configured(new GenerateMojo(), definitions, repository);
    mojo.project.getBuild().setDirectory(build.toString());
    mojo.project.getBuild().setOutputDirectory(classes.toString());
    mojo.pinsDirectory = repository.resolve("pins").toFile();
    mojo.pluginVersion = "1.0";
    DefaultArtifact plugin = new DefaultArtifact("io.github.nuniesmith.fks", "fks-images-generator", "1.0-SNAPSHOT",
        null, "maven-plugin", null, new DefaultArtifactHandler("maven-plugin"));
    plugin.setFile(pluginJar.toFile());
    mojo.pluginArtifacts = List.<Artifact>of(plugin);
    change.accept(mojo);
    mojo.execute();
    return ((RecordedLog) mojo.getLog()).lines;
  }

  /** Generate as it runs without a build folder, where it keeps no stamp: every run does all its work. */
  private List<String> unstamped(Class<? extends ImageSetDefinition> definitions) throws Exception {
    GenerateMojo mojo = GoalsTest.configured(new GenerateMojo(), definitions, repository);
    mojo.execute();
    return ((RecordedLog) mojo.getLog()).lines;
  }

  /** The lines without the skip note and the closing time, which differ between runs. */
  private static List<String> withoutTimes(List<String> lines) {
    return lines.stream().filter(l -> !l.contains(SKIPPED) && !l.contains("fks-images: generate took ")).toList();
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void mkdirs(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
