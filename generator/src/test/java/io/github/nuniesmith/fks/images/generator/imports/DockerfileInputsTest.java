package io.github.nuniesmith.fks.images.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerfileInputsTest {
  @TempDir
  Path temp;

  private void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void findsEveryDockerfileNameRecursivelyInSortedOrder() throws Exception {
    Path folder = temp.resolve("in");
    for (String name : new String[] {"b/Dockerfile", "a/Dockerfile.dev", "api.Dockerfile", "web.dockerfile",
        "c/d/Containerfile", "Dockerfile", "README.md", "Dockerfile-old", "dockerfile", "x.Dockerfile.bak"}) {
      write(folder.resolve(name), "FROM scratch\n");
    }

    assertThat(DockerfileInputs.find(folder)).extracting(DockerfileInput::path).containsExactly(
        "Dockerfile", "a/Dockerfile.dev", "api.Dockerfile", "b/Dockerfile", "c/d/Containerfile", "web.dockerfile");
  }

  @Test
  void aFileGivenAloneIsNamedByItsFileName() throws Exception {
    Path file = temp.resolve("docker/Dockerfile.ml");
    write(file, "FROM scratch\n");

    assertThat(DockerfileInputs.find(file)).singleElement()
        .satisfies(i -> assertThat(i.path()).isEqualTo("Dockerfile.ml"))
        .satisfies(i -> assertThat(i.text()).isEqualTo("FROM scratch\n"));
  }

  @Test
  void followsNoSymbolicLinkOutOfTheFolder() throws Exception {
    Path folder = temp.resolve("in");
    write(temp.resolve("outside/Dockerfile"), "FROM scratch\n");
    write(temp.resolve("outside/sub/Dockerfile"), "FROM scratch\n");
    write(folder.resolve("real/Dockerfile"), "FROM scratch\n");
    Files.createSymbolicLink(folder.resolve("Dockerfile"), temp.resolve("outside/Dockerfile"));
    Files.createSymbolicLink(folder.resolve("linked"), temp.resolve("outside/sub"));
    Files.createSymbolicLink(folder.resolve("inside.Dockerfile"), folder.resolve("real/Dockerfile"));

    assertThat(DockerfileInputs.find(folder)).extracting(DockerfileInput::path)
        .containsExactly("Dockerfile", "inside.Dockerfile", "real/Dockerfile");
    assertThat(DockerfileInputs.find(folder).get(1).text()).isEqualTo("FROM scratch\n");
    assertThatThrownBy(() -> DockerfileInputs.find(folder).get(0).text())
        .hasMessageStartingWith("Dockerfile: is a symbolic link to " + temp.resolve("outside/Dockerfile").toRealPath())
        .hasMessageEndingWith(": the import follows no link out of its folder; copy the file in instead");
  }

  @Test
  void refusesTextThatIsNotUtf8() throws Exception {
    Path folder = temp.resolve("in");
    Files.createDirectories(folder.resolve("legacy"));
    Files.write(folder.resolve("legacy/Dockerfile"), "FROM scratch\nLABEL a=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> DockerfileInputs.find(folder).get(0).text())
        .hasMessage("legacy/Dockerfile: is not UTF-8 text: save it as UTF-8 and import it again");
  }

  @Test
  void refusesInvisibleFormatCharactersForSafetyButDropsALeadingByteOrderMark() throws Exception {
    Path folder = temp.resolve("in");
    write(folder.resolve("Dockerfile"), "\uFEFFFROM scratch\nRUN echo safe\u200B && rm -rf /\n");
    write(folder.resolve("ok/Dockerfile"), "\uFEFFFROM scratch\n");

    assertThatThrownBy(() -> DockerfileInputs.find(folder).get(0).text())
        .hasMessage("Dockerfile line 2: holds the invisible format character U+200B, which the model refuses for"
            + " safety (what a reviewer reads would differ from what runs): remove it and import the file again");
    assertThat(DockerfileInputs.find(folder).get(1).text()).isEqualTo("FROM scratch\n");
  }

  @Test
  void refusesASourceThatDoesNotExist() {
    Path missing = temp.resolve("nowhere");

    assertThatThrownBy(() -> DockerfileInputs.find(missing)).hasMessage("the import source " + missing
        + " does not exist: give a Dockerfile or a folder that holds Dockerfiles");
  }
}
