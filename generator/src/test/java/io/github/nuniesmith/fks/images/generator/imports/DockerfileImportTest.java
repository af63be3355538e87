package io.github.nuniesmith.fks.images.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.generator.Generator;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus file through the model: import, build the Image, render, compare with the input. */
class DockerfileImportTest {
  private static final Generator GENERATOR = new Generator("src/main/java", "./mvnw -Pgenerate");

  @TempDir
  Path temp;

  static Stream<String> corpus() {
    return Corpus.files().stream().map(DockerfileInput::path);
  }

  private static String line(DockerfileInput input) {
    try {
      ImportedImage image = DockerfileImport.read(input, "corpus", "CorpusImage");
      return input.path() + ": " + RoundTrip.compare(input.text(), GENERATOR.render(image.image(Importer.class))
          .content()).summary();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyCorpusFileRoundTripsExact(String path) {
    DockerfileInput input = Corpus.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();

    assertThat(line(input)).isEqualTo(path + ": exact");
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> refused() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("FROM alpine:3.20\nCOPY <<EOF notes.txt /srv/\nx\nEOF\n",
            "Dockerfile line 2: COPY cannot be imported: COPY mixes heredocs and paths: the model writes either files"
                + " from heredocs or files it copies, so split it in two"),
        org.junit.jupiter.params.provider.Arguments.of("FROM alpine:3.20\nARG PRICE='$5'\n",
            "Dockerfile line 2: ARG cannot be imported: ARG PRICE has a default with a literal $, which the model has"
                + " no form for: Docker expands an ARG default"),
        org.junit.jupiter.params.provider.Arguments.of("FROM alpine:3.20\nLABEL a=\"\\$HOME is $HOME\"\n",
            "Dockerfile line 2: LABEL cannot be imported: a's value \\$HOME is $HOME has both a literal $ and a"
                + " variable reference: the model takes a value either expanded or literal, so split it in two"
                + " variables"));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void whatTheModelStillCannotSayIsRefusedWithTheLineAndTheReason(String dockerfile, String message) throws Exception {
    Path file = Files.writeString(temp.resolve("Dockerfile"), dockerfile);

    assertThat(line(new DockerfileInput("Dockerfile", file, temp))).isEqualTo(message);
  }

  @Test
  void aTabInAShellCommandIsABlankOutsideQuotesAndInACommandSubstitution() {
    assertThat(DockerfileImport.tabsOutsideQuotesAsBlanks("a\t'b\tc'\t\"d\te\"\t\"$(f\tg \"h\ti\")\"\t`j\tk`\t\\\tl"))
        .isEqualTo("a 'b\tc' \"d\te\" \"$(f g \"h\ti\")\" `j k` \\\tl");
  }

  @Test
  void theJavaWrittenForTheCorpusCompilesAndBuildsTheImagesTheRoundTripRendered() throws Exception {
    Path java = temp.resolve("java");
    Importer.run(Corpus.folder(), java, "corpus.images", line -> { });
    Path classes = Files.createDirectories(temp.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
    try (Stream<Path> files = Files.walk(java)) {
      files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> args.add(p.toString()));
    }

    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new))).isZero();
    int compared = 0;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      for (DockerfileInput input : Corpus.files()) {
        ImportedImage imported;
        try {
          String name = Importer.imageName(input.path());
          imported = DockerfileImport.read(input, name, Importer.className(name));
        } catch (IllegalArgumentException e) {
          continue;
        }
        Class<?> type = loader.loadClass("corpus.images." + imported.className());
        Image compiled = (Image) type.getMethod("image").invoke(null);
        assertThat(compiled).as(input.path()).isEqualTo(imported.image(type));
        compared++;
      }
    }
    assertThat(compared).isPositive();
  }
}
