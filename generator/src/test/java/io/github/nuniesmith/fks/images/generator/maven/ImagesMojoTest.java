package io.github.nuniesmith.fks.images.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.ImageSetDefinition;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.HierarchyDefinition;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagesMojoTest {
  @TempDir Path repository;

  /** One tier that reads the catalog's langchain pin. */
  public static final class PinnedDefinitions implements HierarchyDefinition {
    @Override
    public ImageSet imageSet(Strategy strategy) {
      return Hierarchy.builder(strategy).tier(Tier.root(TierRole.CPU, "cpu", ImagesMojoTest.class)
          .python("3.12", "python:3.12-slim-trixie").publishAs("example/img:base", "1.0.0")
          .pip(PipRequirement.parse("langchain>=0.3.0")).build()).build();
    }
  }

  /** Definitions the goals cannot create: no public no-argument constructor. */
  public static final class UncreatableDefinitions implements HierarchyDefinition {
    UncreatableDefinitions(String name) {}

    @Override
    public ImageSet imageSet(Strategy strategy) {
      throw new UnsupportedOperationException();
    }
  }

  /** One image without tiers that is published: it has a bake target and tags. */
  public static final class PublishedDefinitions implements HierarchyDefinition {
    @Override
    public ImageSet imageSet(Strategy strategy) {
      return ImageSet.builder().image(Image.builder("tools", "tools/Dockerfile", PublishedDefinitions.class)
          .stage("tools", s -> s.from("alpine:3.22").apk("jq").user("65534:65534").cmd("jq", "--version"))
          .publish("tools", "ghcr.io/example/tools:alpine", "1.0.0").build()).build();
    }
  }

  @Test
  void aSetWithoutTiersThatPublishesGetsItsBakeFileAndImagesMdButNoWorkflow() throws Exception {
    GenerateMojo generate = other(new GenerateMojo());
    generate.definitions = PublishedDefinitions.class.getName();
    generate.execute();

    assertThat(contents().keySet()).containsExactly(
        "target/plain/IMAGES.md", "target/plain/docker-bake.hcl", "target/plain/tools/Dockerfile");
    assertThat(contents().get("target/plain/docker-bake.hcl")).contains("ghcr.io/example/tools:alpine");
  }

  @Test
  void anyDefinitionsClassRendersIntoItsFolderAndLeavesTheOwnSetAlone() throws Exception {
    GoalsTest.configured(new GenerateMojo(), GoalsTest.Definitions.class, repository).execute();
    Map<String, String> own = contents();

    other(new GenerateMojo()).execute();

    // A set that publishes nothing gets its Dockerfiles only: no bake target, no tag, no workflow.
    List<String> dockerfiles = new PlainImages().imageSet().images().stream()
        .map(image -> "target/plain/" + image.dockerfile().value()).toList();
    Map<String, String> after = contents();
    assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(
        Stream.concat(own.keySet().stream(), dockerfiles.stream()).toList());
    own.forEach((path, text) -> assertThat(after.get(path)).as(path).isEqualTo(text));
    assertThat(after.get(dockerfiles.get(0))).contains("# Do not edit: change the definition, then run"
        + " ./mvnw -Pgenerate -Dfks.definitions=" + PlainImages.class.getName() + " -Dfks.output=target/plain\n");
    other(new CheckMojo()).execute();
    LintMojo lint = other(new LintMojo());
    lint.shellcheck = "off";
    lint.hadolint = "off";
    lint.execute();
    assertThat(((RecordedLog) lint.getLog()).at("info")).contains(
        "fks-images: the baseline policy reports lint errors without failing; -Dfks.policy=strict fails on them");
    GoalsTest.configured(new CheckMojo(), GoalsTest.Definitions.class, repository).execute();
  }

  @Test
  void aBaselineLintErrorIsPrintedAndTheFilesAreWritten() throws Exception {
    GenerateMojo generate = other(new GenerateMojo());
    generate.execute();

    assertThat(((RecordedLog) generate.getLog()).at("warn"))
        .anyMatch(w -> w.startsWith("error FKS009 image server / stage build / arg GITHUB_TOKEN: "))
        .endsWith("fks-images: the baseline policy reports this lint error without stopping: fix it, or suppress"
            + " it with a reason");
    assertThat(repository.resolve("target/plain/server/Dockerfile")).content().contains("ARG GITHUB_TOKEN\n");
    assertThat(((RecordedLog) generate.getLog()).at("info")).contains("fks-images: created target/plain/server/Dockerfile");
  }

  @Test
  void checkNamesTheFilesOfAnotherSetFromTheRepositoryRootAndTheCommandWithItsProperties() throws Exception {
    other(new GenerateMojo()).execute();
    Files.delete(repository.resolve("target/plain/server/Dockerfile"));

    assertThatThrownBy(other(new CheckMojo())::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Generated files are out of date with their definitions:\n"
            + "  missing: target/plain/server/Dockerfile\n")
        .hasMessageEndingWith("\nTo bring them up to date, run: ./mvnw -B -Pgenerate -Dfks.definitions="
            + PlainImages.class.getName() + " -Dfks.output=target/plain\n");
  }

  @Test
  void theStrictPolicyStopsOnTheSameErrorAndWritesNothing() {
    GenerateMojo strict = other(new GenerateMojo());
    strict.policy = "strict";

    assertThatThrownBy(strict::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Lint errors in the image definitions:\n")
        .hasMessageContaining("\nerror FKS009 image server / stage build / arg GITHUB_TOKEN: ")
        .hasMessageEndingWith("\nNothing was written.");
    assertThat(repository).isEmptyDirectory();
  }

  @Test
  void aSetWithoutTiersGetsAWorkflowOnlyWhenAsked() throws Exception {
    GenerateMojo generate = other(new GenerateMojo());
    generate.execute();
    assertThat(((RecordedLog) generate.getLog()).at("info"))
        .contains("fks-images: no workflow for a set without tiers; -Dfks.workflows=<folder> writes one");
    assertThat(contents()).doesNotContainKey("target/.github/workflows/build-images.yml");

    GenerateMojo asked = other(new GenerateMojo());
    asked.workflows = "target/.github/workflows";
    asked.execute();
    assertThat(contents()).containsKey("target/.github/workflows/build-images.yml");
  }

  @Test
  void aClassNameThatNamesNoClassIsRefused() {
    ImagesMojo mojo = other(new GenerateMojo());
    mojo.definitions = "com.example.Missing";

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("fks.definitions: no class com.example.Missing on the project's classpath: give the fully"
            + " qualified name of a class in its sources or dependencies, such as com.example.Images");
    assertThat(repository).isEmptyDirectory();
  }

  @Test
  void aClassThatIsNoImageSetDefinitionIsRefused() {
    ImagesMojo mojo = other(new CheckMojo());
    mojo.definitions = ImagesMojoTest.class.getName();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("fks.definitions: " + ImagesMojoTest.class.getName() + " does not implement"
            + " io.github.nuniesmith.fks.images.dsl.ImageSetDefinition: name a class that does");
  }

  @Test
  void definitionsWithoutAPublicNoArgumentConstructorAreRefused() {
    ImagesMojo mojo = other(new GenerateMojo());
    mojo.definitions = UncreatableDefinitions.class.getName();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("fks.definitions: " + UncreatableDefinitions.class.getName() + " needs to be public and to"
            + " have a public no-argument constructor, which the goals call");
  }

  @Test
  void anotherSetIsRefusedTheOwnOutputFolderAndTheSourcesAndWritesNothing() throws Exception {
    GoalsTest.configured(new GenerateMojo(), GoalsTest.Definitions.class, repository).execute();
    Map<String, String> own = contents();

    for (String folder : List.of("generated", "src/main/docker")) {
      ImagesMojo mojo = other(new GenerateMojo());
      mojo.output = folder;
      assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
          .hasMessageStartingWith("fks.output " + folder + " is ");
    }
    assertThat(contents()).isEqualTo(own);
  }

  @Test
  void findsABadDefinitionThrownFromAStaticInitializer() {
    DefinitionException bad = new DefinitionException("port 0 is out of range: use 1 to 65535");
    Throwable wrapped = new ExceptionInInitializerError(bad);

    assertThat(ImagesMojo.definitionError(wrapped)).containsSame(bad);
    assertThat(ImagesMojo.definitionError(new RuntimeException("outer", wrapped))).containsSame(bad);
  }

  @Test
  void findsNothingInOtherFailures() {
    assertThat(ImagesMojo.definitionError(new ClassNotFoundException("x.Missing"))).isEmpty();
  }

  @Test
  void aPinNoDefinitionReadsFailsGenerateAndCheckWithItsLineAndWritesNothing() throws IOException {
    writeCatalog("langchain>=0.3.0\nscipy==1.14.1\n");
    String message = "Pins that no definition reads:\n"
        + "  src/main/pins/ml.txt:2: scipy==1.14.1 is read by no definition: use Pins.Ml.SCIPY in one, or delete"
        + " the line\nNothing was written.";

    assertThatThrownBy(goal(new GenerateMojo())::execute).isInstanceOf(MojoFailureException.class).hasMessage(message);
    assertThat(repository.resolve("generated")).doesNotExist();
    assertThatThrownBy(goal(new CheckMojo())::execute).isInstanceOf(MojoFailureException.class).hasMessage(message);
  }

  @Test
  void everyPinReadGeneratesAndChecks() throws Exception {
    writeCatalog("# read by PinnedDefinitions\nlangchain>=0.3.0\n");

    goal(new GenerateMojo()).execute();
    goal(new CheckMojo()).execute();
    assertThat(repository.resolve("generated/docker/Dockerfile.cpu")).content().contains("'langchain>=0.3.0'");
  }

  @Test
  void aBadCatalogLineFailsWithItsLine() throws IOException {
    writeCatalog("langchain>=0.3.0\nlangchain>=0.3.1\n");

    assertThatThrownBy(goal(new GenerateMojo())::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("Bad pin catalog: src/main/pins/ml.txt:2: 'langchain' is the package 'langchain' of line 1"
            + " (PEP 503 names; both would be Ml.LANGCHAIN): keep one line");
  }

  @Test
  void withoutThePinsClassTheCatalogIsNotRead() throws Exception {
    writeCatalog("langchain>=0.3.0\nscipy==1.14.1\n");
    ImagesMojo mojo = goal(new GenerateMojo());
    mojo.pinsClass = null;

    mojo.execute();
    assertThat(repository.resolve("generated/docker/Dockerfile.cpu")).exists();
  }

  @Test
  void fksParallelFalseRendersAndLintsOnOneThreadAndFindsTheSameFiles() throws Exception {
    GenerateMojo parallel = other(new GenerateMojo());
    parallel.parallel = true;
    parallel.execute();
    Map<String, String> written = contents();
    CheckMojo check = other(new CheckMojo());
    check.parallel = false;
    GenerateMojo generate = other(new GenerateMojo());
    generate.parallel = false;

    assertThat(parallel.generator().parallel()).isTrue();
    assertThat(check.generator().parallel()).isFalse();
    check.execute();
    generate.execute();
    assertThat(contents()).isEqualTo(written);
  }

  private ImagesMojo goal(ImagesMojo mojo) {
    ImagesMojo configured = GoalsTest.configured(mojo, PinnedDefinitions.class, repository);
    configured.pinsDirectory = repository.resolve("src/main/pins").toFile();
    configured.pinsClass = "io.example.Pins";
    return configured;
  }

  /** {@code mojo} rendering {@link PlainImages} into target/plain, in a repository whose own set is another. */
  private <M extends ImagesMojo> M other(M mojo) {
    M configured = GoalsTest.configured(mojo, GoalsTest.Definitions.class, repository);
    configured.definitions = PlainImages.class.getName();
    configured.output = "target/plain";
    return configured;
  }

  /** Every file of the repository by its path, with its text. */
  private Map<String, String> contents() {
    try (Stream<Path> walk = Files.walk(repository)) {
      Map<String, String> files = new TreeMap<>();
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(repository.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeCatalog(String ml) throws IOException {
    Files.createDirectories(repository.resolve("src/main/pins"));
    Files.writeString(repository.resolve("src/main/pins/ml.txt"), ml);
  }
}
