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
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus file through the model: import, build the Image, render, compare with the input. */
class DockerfileImportTest {
  /**
   * The corpus files the model cannot say exactly, each with the start of its import line: what the
   * model refuses or renders otherwise. Any other file must be exact.
   */
  private static final Map<String, String> MODEL_CANNOT = Map.ofEntries(
      // Copy.text always quotes its delimiter, so that Docker expands nothing in the file it writes.
      Map.entry("conda/micromamba.Dockerfile", "conda/micromamba.Dockerfile: instruction 2 (input line 5, rendered"
          + " line 9): COPY differs: input [\"<<EOF\""),
      Map.entry("copy/heredoc-files.Dockerfile", "copy/heredoc-files.Dockerfile line 14: COPY cannot be imported:"
          + " COPY with heredocs: the model writes one file from a heredoc, with COPY only"),
      // A literal $ (single-quoted) has no form in a label value of the model: $ starts a reference.
      Map.entry("labels/labels.Dockerfile", "labels/labels.Dockerfile: instruction 5 (input line 7, rendered line"
          + " 13): LABEL differs"),
      // Bind targets must be absolute or start with a variable.
      Map.entry("mounts/cache.Dockerfile", "mounts/cache.Dockerfile line 9: RUN cannot be imported: bind target '.'"),
      Map.entry("multistage/go.Dockerfile", "multistage/go.Dockerfile line 6: RUN cannot be imported: bind target"),
      Map.entry("multistage/node/Dockerfile", "multistage/node/Dockerfile line 7: RUN cannot be imported: bind"
          + " target"),
      // ENV values without ", \ or `, and not empty; an exec-form ENTRYPOINT not empty; one ARG per instruction.
      Map.entry("quoting/env-unquote.Dockerfile", "quoting/env-unquote.Dockerfile line 6: ENV cannot be imported"),
      Map.entry("windows/Dockerfile.windows", "windows/Dockerfile.windows line 8: ENV cannot be imported"),
      Map.entry("variables/env-forms.Dockerfile", "variables/env-forms.Dockerfile line 6: ENV cannot be imported"),
      Map.entry("quoting/json-edge.Dockerfile", "quoting/json-edge.Dockerfile line 8: ENTRYPOINT cannot be imported"),
      Map.entry("variables/arg-before-from.Dockerfile", "variables/arg-before-from.Dockerfile line 5: ARG cannot be"
          + " imported: ARG declares 2 arguments in one instruction"));

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
  void everyCorpusFileRoundTripsExactUnlessTheModelCannotSayIt(String path) {
    DockerfileInput input = Corpus.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();

    assertThat(line(input)).startsWith(MODEL_CANNOT.getOrDefault(path, path + ": exact"));
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
