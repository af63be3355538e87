package io.github.nuniesmith.fks.images.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.generator.Generator;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
  private static final String SERVICE = """
      # syntax=docker/dockerfile:1
      FROM python:3.12-slim AS service
      # where the app lives
      WORKDIR /app
      COPY --chown=1000:1000 --link app/ /app/
      ENV PORT=8080
      EXPOSE 8080
      USER 1000:1000
      HEALTHCHECK --interval=30s --retries=3 CMD ["python", "-m", "app.health"]
      CMD ["python", "-m", "app"]
      """;

  @TempDir
  Path temp;

  private final Generator generator = new Generator("src/main/java", "./mvnw -Pgenerate");

  @Test
  void writesOneClassPerFileAndTheSetAndPrintsOneLinePerFile() throws IOException {
    Path in = Files.createDirectories(temp.resolve("in/web"));
    Files.writeString(in.resolve("Dockerfile"), SERVICE);
    Files.writeString(temp.resolve("in/api.Dockerfile"), SERVICE);
    Files.writeString(temp.resolve("in/notes.txt"), "not a Dockerfile");
    List<String> log = new ArrayList<>();

    Importer.Result result = Importer.run(temp.resolve("in"), temp.resolve("java"), "com.example.images", log::add);

    assertThat(result.written()).containsExactly("com/example/images/ApiImage.java",
        "com/example/images/WebImage.java", "com/example/images/ImportedImages.java");
    assertThat(result.lines()).containsExactly("api.Dockerfile: exact", "web/Dockerfile: exact");
    assertThat(log).isEqualTo(result.lines());
    assertThat(Files.readString(temp.resolve("java/com/example/images/WebImage.java")))
        .contains("Image.builder(\"web\", \"web/Dockerfile\", WebImage.class)")
        .contains(".comment(\"where the app lives\")")
        .contains(".copy(c -> c.source(\"app/\").to(\"/app/\").chown(\"1000:1000\").link())");
  }

  @Test
  void theGeneratedJavaCompilesAndBuildsTheImageTheRoundTripRendered() throws Exception {
    Files.writeString(temp.resolve("Dockerfile"), SERVICE);
    Path java = temp.resolve("java");
    Importer.run(temp.resolve("Dockerfile"), java, "com.example.images", line -> { });
    Path classes = Files.createDirectories(temp.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
    try (var files = Files.walk(java)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }

    assertThat(compiler.run(null, null, null, args.toArray(String[]::new))).isZero();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Class<?> type = loader.loadClass("com.example.images.ImageImage");
      Image compiled = (Image) type.getMethod("image").invoke(null);
      ImportedImage imported = DockerfileImport.read(DockerfileInputs.find(temp.resolve("Dockerfile")).get(0),
          "image", "ImageImage");
      assertThat(compiled).isEqualTo(imported.image(type));
      assertThat(RoundTrip.compare(SERVICE, generator.render(compiled).content()).summary()).isEqualTo("exact");
    }
  }

  @Test
  void anAptRunBecomesTheAptStepOnlyWhenTheAptStepRendersTheSameRun() throws IOException {
    Image typed = Image.builder("typed", "Dockerfile", ImporterTest.class)
        .stage("base", s -> s.from("debian:bookworm-slim").apt("curl", "ca-certificates")).build();
    Files.writeString(temp.resolve("typed.Dockerfile"), generator.render(typed).content());
    Files.writeString(temp.resolve("raw.Dockerfile"), "FROM debian:bookworm-slim AS base\n"
        + "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl\n");

    Importer.Result result = Importer.run(temp, temp.resolve("java"), "com.example", line -> { });

    assertThat(result.lines()).containsExactly("raw.Dockerfile: exact", "typed.Dockerfile: exact");
    assertThat(Files.readString(temp.resolve("java/com/example/TypedImage.java")))
        .contains(".apt(\"ca-certificates\", \"curl\")");
    assertThat(Files.readString(temp.resolve("java/com/example/RawImage.java")))
        .contains(".run(\"apt-get update && apt-get install -y --no-install-recommends ca-certificates curl\")");
  }

  @Test
  void aBaseImageSeveralStagesStartFromIsAConstant() throws IOException {
    Files.writeString(temp.resolve("Dockerfile"), "FROM python:3.12-slim AS build\nRUN make\n"
        + "FROM python:3.12-slim AS runtime\nCOPY --from=build /app /app\n");

    Importer.run(temp.resolve("Dockerfile"), temp.resolve("java"), "com.example", line -> { });

    assertThat(Files.readString(temp.resolve("java/com/example/ImageImage.java")))
        .contains("private static final String PYTHON_3_12_SLIM = \"python:3.12-slim\";")
        .contains(".stage(\"build\", s -> s\n            .from(PYTHON_3_12_SLIM)")
        .contains(".stage(\"runtime\", s -> s\n            .from(PYTHON_3_12_SLIM)");
  }

  @Test
  void aVariableNoStepDeclaresIsNamedAsTheParentImagesEnv() throws IOException {
    Files.writeString(temp.resolve("Dockerfile"), "FROM mambaorg/micromamba:1.5.8 AS env\n"
        + "COPY --chown=$MAMBA_USER:$MAMBA_USER env.yaml /tmp/env.yaml\nUSER $MAMBA_USER\n");

    Importer.Result result = Importer.run(temp.resolve("Dockerfile"), temp.resolve("java"), "com.example", l -> { });

    assertThat(result.lines()).containsExactly("Dockerfile: exact");
    assertThat(Files.readString(temp.resolve("java/com/example/ImageImage.java")))
        .contains(".from(\"mambaorg/micromamba:1.5.8\")\n            .parentEnv(\"MAMBA_USER\")");
  }

  @Test
  void aGlobalArgOrTargetArchAStageNeverDeclaresIsNamedAsTheParentImagesEnv() throws IOException {
    Path corpus = Corpus.folder().resolve("variables/parent-only.Dockerfile");

    Importer.Result result = Importer.run(corpus, temp.resolve("java"), "com.example", l -> { });

    assertThat(result.lines()).containsExactly("parent-only.Dockerfile: exact");
    assertThat(Files.readString(temp.resolve("java/com/example/ParentOnlyImage.java")))
        .contains(".from(\"golang:1.23\")\n            .parentEnv(\"TARGETARCH\", \"BINARY\")");
  }

  @Test
  void aFileTheModelRefusesGetsItsPathAndLineAndNoClass() throws IOException {
    Files.writeString(temp.resolve("good.Dockerfile"), SERVICE);
    Files.writeString(temp.resolve("bad.Dockerfile"), "FROM debian:bookworm-slim\nRUN echo \u200Bhi\n");

    Importer.Result result = Importer.run(temp, temp.resolve("java"), "com.example", line -> { });

    assertThat(result.refused()).isEqualTo(1);
    assertThat(result.lines()).containsExactly("bad.Dockerfile line 2: holds the invisible format character U+200B,"
        + " which the model refuses for safety (what a reviewer reads would differ from what runs): remove it and"
        + " import the file again", "good.Dockerfile: exact");
    assertThat(result.written()).containsExactly("com/example/GoodImage.java", "com/example/ImportedImages.java");
  }

  @Test
  void aValueTheModelRefusesNamesTheFileLineAndInstruction() throws IOException {
    Files.writeString(temp.resolve("Dockerfile"), "FROM debian:bookworm-slim\nWORKDIR /app\nENV A=\"\\$HOME/$USER\"\n");

    Importer.Result result = Importer.run(temp.resolve("Dockerfile"), temp.resolve("java"), "com.example", l -> { });

    assertThat(result.lines()).containsExactly("Dockerfile line 3: ENV cannot be imported: A's value \\$HOME/$USER"
        + " has both a literal $ and a variable reference: the model takes a value either expanded or literal, so"
        + " split it in two variables");
    assertThat(result.written()).isEmpty();
  }

  @Test
  void refusesAPackageThatIsNotAJavaPackage() {
    assertThatThrownBy(() -> Importer.run(temp, temp, "com.Example.class", l -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the import package com.Example.class is not a Java package name: give lowercase words separated"
            + " by dots, e.g. -Dfks.import.package=com.example.images");
  }

  @Test
  void namesImagesAndClassesAfterTheirPaths() {
    assertThat(Importer.imageName("seed/Dockerfile.builder")).isEqualTo("seed-builder");
    assertThat(Importer.imageName("Dockerfile")).isEqualTo("image");
    assertThat(Importer.imageName("2024/Containerfile")).isEqualTo("image-2024");
    assertThat(Importer.className("seed-builder")).isEqualTo("SeedBuilderImage");
  }
}
