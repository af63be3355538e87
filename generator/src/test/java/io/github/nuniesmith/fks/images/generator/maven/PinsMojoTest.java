package io.github.nuniesmith.fks.images.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pins goal as Maven runs it: catalog files in, one Java source out, added to the compile roots. */
class PinsMojoTest {
  @TempDir Path root;

  @Test
  void writesTheAccessorsAndAddsTheirSourceRoot() throws Exception {
    write("src/main/pins/ml.txt", "langchain>=0.3.0\n");
    PinsMojo mojo = goal();

    mojo.execute();

    Path source = root.resolve("target/generated-sources/fks-pins/io/example/Pins.java");
    assertThat(Files.readString(source))
        .contains("   * The pins of {@code src/main/pins/ml.txt}.\n")
        .contains("public static final PipRequirement LANGCHAIN = PipRequirement.parse(\"langchain>=0.3.0\");");
    assertThat(mojo.project.getCompileSourceRoots())
        .containsExactly(root.resolve("target/generated-sources/fks-pins").toString());
  }

  @Test
  void aBadLineFailsWithFileAndLineAndWritesNothing() throws IOException {
    write("src/main/pins/ml.txt", "langchain>=0.3.0\nlangchain>=0.3.1\n");

    assertThatThrownBy(goal()::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Bad pin catalog: src/main/pins/ml.txt:2: 'langchain' is the package 'langchain' of line 1"
            + " (PEP 503 names; both would be Ml.LANGCHAIN): keep one line");
    assertThat(root.resolve("target")).doesNotExist();
  }

  @Test
  void linkedPinsOfOneReleaseAcrossFilesFailWithTheOtherLineAndItsValue() throws IOException {
    write("src/main/pins/ml-torch.txt", "--index-url https://download.pytorch.org/whl/cpu\ntorch==2.8.0+cpu\n");
    write("src/main/pins/gpu-torch.txt", "--index-url https://download.pytorch.org/whl/cu128\ntorch==2.9.0+cu128\n");

    assertThatThrownBy(goal()::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Bad pin catalog: src/main/pins/ml-torch.txt:2: torch==2.8.0+cpu is not from the release of"
            + " torch==2.9.0+cu128 (src/main/pins/gpu-torch.txt:2): set it to torch==2.9.0+cpu [FKS020]");
    assertThat(root.resolve("target")).doesNotExist();
  }

  @Test
  void aMissingFolderSaysHowToCreateIt() {
    assertThatThrownBy(goal()::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Bad pin catalog: src/main/pins is not a folder: create it with one requirements file per tier,"
            + " e.g. cpu.txt, or point fks.pins at the catalog");
  }

  @Test
  void aFolderWithoutCatalogFilesIsRefused() throws IOException {
    write("src/main/pins/README.md", "notes\n");

    assertThatThrownBy(goal()::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("Bad pin catalog: src/main/pins holds no .txt file: add one requirements file per tier, e.g. cpu.txt");
  }

  private PinsMojo goal() {
    PinsMojo mojo = new PinsMojo();
    mojo.project = new MavenProject();
    mojo.executionRoot = root.toFile();
    mojo.pinsDirectory = root.resolve("src/main/pins").toFile();
    mojo.pinsClass = "io.example.Pins";
    mojo.generatedSources = root.resolve("target/generated-sources/fks-pins").toFile();
    mojo.regenerateCommand = "./mvnw -B compile";
    mojo.setLog(new RecordedLog());
    return mojo;
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(root.resolve(path).getParent());
    Files.writeString(root.resolve(path), text);
  }
}
