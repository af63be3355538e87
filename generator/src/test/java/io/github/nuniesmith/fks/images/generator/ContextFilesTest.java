package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextFilesTest {
  @TempDir Path folder;

  @Test
  void everyFileOfAContextIsHashedByItsPathGeneratedFilesLeftOut() throws Exception {
    Files.createDirectories(folder.resolve("ctx/wheels"));
    Files.writeString(folder.resolve("ctx/wheels/a.whl"), "abc");
    Files.writeString(folder.resolve("ctx/notes.txt"), "");
    Files.writeString(folder.resolve("ctx/Dockerfile.ml"), "# syntax=docker/dockerfile:1.4\n# " + Generator.MARKER
        + " from src/main/java/X.java (image ml).\nFROM a\n");
    Files.createSymbolicLink(folder.resolve("ctx/link"), Path.of("wheels/a.whl"));

    ContextFiles files = ContextFiles.read(Map.of("cpu", folder.resolve("ctx"), "ml", folder.resolve("missing")));

    assertThat(files.of("cpu")).get().isEqualTo(new java.util.TreeMap<>(Map.of(
        "link", "link wheels/a.whl",
        "notes.txt", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "wheels/a.whl", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")));
    assertThat(files.of("ml")).get().isEqualTo(Map.of());
    assertThat(files.of("gpu")).isEmpty();
  }
}
