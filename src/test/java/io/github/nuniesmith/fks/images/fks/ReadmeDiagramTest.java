package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README shows the same diagram as generated/IMAGES.md, which the check goal keeps up to date. */
class ReadmeDiagramTest {
  private static final Pattern MERMAID = Pattern.compile("(?s)```mermaid\n(.*?)```");

  @Test
  void theReadmeEmbedsTheCommittedDiagram() throws IOException {
    String generated = mermaid(Path.of("..", "generated", "IMAGES.md"));

    assertThat(mermaid(Path.of("..", "README.md")))
        .as("README.md's mermaid block; copy it from generated/IMAGES.md")
        .isEqualTo(generated);
  }

  private static String mermaid(Path file) throws IOException {
    Matcher m = MERMAID.matcher(Files.readString(file));
    assertThat(m.find()).as(file + " has a mermaid block").isTrue();
    return m.group(1);
  }
}
