package io.github.nuniesmith.fks.images.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportMojoTest {
  @TempDir
  Path root;

  private ImportMojo mojo(String from, String javaPackage) {
    ImportMojo mojo = new ImportMojo();
    mojo.root = root.toFile();
    mojo.sourceDirectory = root.resolve("src/main/java").toFile();
    mojo.from = from;
    mojo.javaPackage = javaPackage;
    return mojo;
  }

  @Test
  void importsAFolderRelativeToTheRepositoryRoot() throws Exception {
    Files.createDirectories(root.resolve("docker/web"));
    Files.writeString(root.resolve("docker/web/Dockerfile"), "FROM nginx:1.27 AS web\nEXPOSE 80\n");

    mojo("docker", "com.example").execute();

    assertThat(root.resolve("src/main/java/com/example/WebImage.java")).exists();
    assertThat(Files.readString(root.resolve("src/main/java/com/example/ImportedImages.java")))
        .contains("public final class ImportedImages implements ImageSetDefinition")
        .contains(".image(WebImage.image())");
  }

  @Test
  void importsAnAbsoluteFileToItsFileName() throws Exception {
    Path file = Files.writeString(Files.createDirectories(root.resolve("elsewhere")).resolve("api.Dockerfile"),
        "FROM nginx:1.27 AS api\n");

    mojo(file.toString(), "com.example").execute();

    assertThat(Files.readString(root.resolve("src/main/java/com/example/ApiImage.java")))
        .contains("Image.builder(\"api\", \"api.Dockerfile\", ApiImage.class)");
  }

  @Test
  void refusesAMissingSourceNamingIt() {
    assertThatThrownBy(() -> mojo("nowhere", "com.example").execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("the import source " + root.resolve("nowhere") + " does not exist: give a Dockerfile or a folder"
            + " that holds Dockerfiles");
  }
}
