package io.github.nuniesmith.fks.images.generator.maven;

import static io.github.nuniesmith.fks.images.generator.maven.GoalsTest.configured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate and check over the services' build contexts, as Maven runs them. */
class ServiceContextGoalsTest {
  @TempDir Path repository;
  private final List<String> infos = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private <M extends ImagesMojo> M goal(M mojo) {
    configured(mojo, GoalsTest.Definitions.class, repository).setLog(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        infos.add(content.toString());
      }

      @Override
      public void warn(CharSequence content) {
        warnings.add(content.toString());
      }
    });
    return mojo;
  }

  @Test
  void generateCreatesAMissingContextAndCheckThenPasses() throws Exception {
    goal(new GenerateMojo()).execute();

    assertThat(repository.resolve("services/api/src/api.py")).hasContent("app = None");
    assertThat(infos).contains("fks-images: created services/api/src/api.py, a starter file of its service's build"
        + " context: edit it freely, generate never changes it");
    goal(new CheckMojo()).execute();
  }

  @Test
  void checkFailsOnAMissingContextWithTheCommandThatCreatesIt() throws Exception {
    goal(new GenerateMojo()).execute();
    Files.delete(repository.resolve("services/api/src/api.py"));
    Files.delete(repository.resolve("services/api/src"));

    assertThatThrownBy(() -> goal(new CheckMojo()).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("""
            Service build contexts lack what their Dockerfiles copy:
              missing: services/api/src
            To create them from their services' starter files, run: ./mvnw -B -Pgenerate
            """);
    goal(new GenerateMojo()).execute();
    goal(new CheckMojo()).execute();
  }

  @Test
  void generateKeepsAnEditedContextAndWarnsOfAFolderWithoutItsService() throws Exception {
    Files.createDirectories(repository.resolve("services/api/src"));
    Files.writeString(repository.resolve("services/api/src/app.py"), "edited\n");
    Files.createDirectories(repository.resolve("services/removed"));

    goal(new GenerateMojo()).execute();

    assertThat(repository.resolve("services/api/src/app.py")).hasContent("edited");
    assertThat(repository.resolve("services/api/src/api.py")).doesNotExist();
    assertThat(repository.resolve("services/removed")).isEmptyDirectory();
    assertThat(warnings).containsExactly("fks-images: services/removed/ is the build context of no service (was its"
        + " service removed?): delete the folder, or define the service again; generate leaves it alone");
  }
}
