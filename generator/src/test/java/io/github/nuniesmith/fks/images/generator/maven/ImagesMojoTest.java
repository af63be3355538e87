package io.github.nuniesmith.fks.images.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.ImageSetDefinition;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.Strategy;
import io.github.nuniesmith.fks.images.dsl.Tier;
import io.github.nuniesmith.fks.images.dsl.TierRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagesMojoTest {
  @TempDir Path repository;

  /** One tier that reads the catalog's langchain pin. */
  public static final class PinnedDefinitions implements ImageSetDefinition {
    @Override
    public ImageSet imageSet(Strategy strategy) {
      return ImageSet.builder(strategy).tier(Tier.root(TierRole.CPU, "cpu", ImagesMojoTest.class)
          .python("3.12", "python:3.12-slim-trixie").publishAs("example/img:base", "1.0.0")
          .pip(PipRequirement.parse("langchain>=0.3.0")).build()).build();
    }
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

  private ImagesMojo goal(ImagesMojo mojo) {
    ImagesMojo configured = GoalsTest.configured(mojo, PinnedDefinitions.class, repository);
    configured.pinsDirectory = repository.resolve("src/main/pins").toFile();
    configured.pinsClass = "io.example.Pins";
    return configured;
  }

  private void writeCatalog(String ml) throws IOException {
    Files.createDirectories(repository.resolve("src/main/pins"));
    Files.writeString(repository.resolve("src/main/pins/ml.txt"), ml);
  }
}
