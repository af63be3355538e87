package io.github.nuniesmith.fks.images.generator.imports;

import io.github.nuniesmith.fks.images.generator.Generator;
import org.junit.jupiter.api.Test;

class ImportProbeTest {
  @Test
  void probe() {
    Generator g = new Generator("src/main/java", "./mvnw -Pgenerate");
    int exact = 0;
    for (DockerfileInput in : Corpus.files()) {
      String line;
      try {
        ImportedImage img = DockerfileImport.read(in, "probe", "Probe");
        String out = g.render(img.image(ImportProbeTest.class)).content();
        line = RoundTrip.compare(in.text(), out).summary();
        if (line.equals("exact")) exact++;
      } catch (RuntimeException e) {
        line = "ERROR " + e.getMessage();
      }
      System.out.println("PROBE " + in.path() + ": " + line);
    }
    System.out.println("PROBE exact " + exact);
  }
}
