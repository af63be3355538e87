package io.github.nuniesmith.fks.images.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.generator.Generator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DockerfileImportTest {
  static Stream<String> corpus() {
    return Corpus.files().stream().map(DockerfileInput::path);
  }

  /** Every corpus file is imported and compared, or refused with a message that names it; nothing else escapes. */
  @ParameterizedTest
  @MethodSource("corpus")
  void everyCorpusFileIsComparedOrRefusedNamingItsPath(String path) {
    DockerfileInput input = Corpus.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    try {
      ImportedImage image = DockerfileImport.read(input, "corpus", "CorpusImage");
      String rendered = new Generator("src/main/java", "./mvnw -Pgenerate").render(image.image(getClass())).content();
      assertThat(RoundTrip.compare(input.text(), rendered).summary()).isNotEmpty();
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith(path);
    }
  }
}
