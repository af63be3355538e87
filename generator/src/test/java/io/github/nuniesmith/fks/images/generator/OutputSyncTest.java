package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Strategy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSyncTest {
  private static final String FIX = "./mvnw -Pgenerate";

  @TempDir Path temp;

  @Test
  void compareReportsMissingChangedAndExtra() throws IOException {
    Path out = temp.resolve("out");
    write(out, "docker/Dockerfile.same", generated("FROM same"));
    write(out, "docker/Dockerfile.changed", generated("FROM before"));
    write(out, "docker/Dockerfile.old", generated("FROM old"));
    write(out, "docker/README.md", "Not generated; FROM nothing\n");

    Drift drift = new OutputSync(out).compare(List.of(
        new GeneratedFile("docker/Dockerfile.same", generated("FROM same")),
        new GeneratedFile("docker/Dockerfile.changed", generated("FROM after")),
        new GeneratedFile("services/api/Dockerfile", generated("FROM new"))));

    assertThat(drift.missing()).containsExactly("services/api/Dockerfile");
    assertThat(drift.changed()).containsExactly("docker/Dockerfile.changed");
    assertThat(drift.extra()).containsExactly("docker/Dockerfile.old");
    assertThat(drift.isClean()).isFalse();
  }

  @Test
  void compareOfAMissingFolderReportsEveryFileMissing() {
    Drift drift = new OutputSync(temp.resolve("absent")).compare(List.of(
        new GeneratedFile("b/Dockerfile", generated("FROM b")),
        new GeneratedFile("a/Dockerfile", generated("FROM a"))));

    assertThat(drift.missing()).containsExactly("a/Dockerfile", "b/Dockerfile");
    assertThat(drift.changed()).isEmpty();
    assertThat(drift.extra()).isEmpty();
    assertThat(temp.resolve("absent")).doesNotExist();
  }

  @Test
  void compareOfMatchingFilesIsClean() throws IOException {
    write(temp, "Dockerfile", generated("FROM a"));
    write(temp, "notes.txt", "hand-written\n");

    Drift drift = new OutputSync(temp).compare(List.of(new GeneratedFile("Dockerfile", generated("FROM a"))));

    assertThat(drift.isClean()).isTrue();
    assertThat(drift.diff()).isEmpty();
  }

  @Test
  void aChangeOfLineEndingsOnlyIsNamedInTheDiff() throws IOException {
    write(temp, "Dockerfile", generated("FROM a").replace("\n", "\r\n"));

    Drift drift = new OutputSync(temp).compare(List.of(new GeneratedFile("Dockerfile", generated("FROM a"))));

    assertThat(drift.changed()).containsExactly("Dockerfile");
    assertThat(drift.diff()).isEqualTo("Dockerfile: only line endings differ, the generator writes \\n\n");
  }

  @Test
  void extraCountsOnlyFilesCarryingTheMarker() throws IOException {
    write(temp, "old/Dockerfile", generated("FROM old"));
    write(temp, "hand/Dockerfile", "# syntax=docker/dockerfile:1.2\nFROM hand\n");
    write(temp, "late/Dockerfile", "# one\n# two\n# three\n# " + Generator.MARKER + " too late\nFROM late\n");

    assertThat(new OutputSync(temp).compare(List.of()).extra()).containsExactly("old/Dockerfile");
  }

  @Test
  void writeCreatesFoldersAndFiles() throws IOException {
    Path out = temp.resolve("out");
    List<GeneratedFile> files = List.of(
        new GeneratedFile("docker/Dockerfile.cpu", generated("FROM cpu")),
        new GeneratedFile("services/api/Dockerfile", generated("FROM api")));

    Drift written = new OutputSync(out).write(files);

    assertThat(written.missing()).containsExactly("docker/Dockerfile.cpu", "services/api/Dockerfile");
    assertThat(snapshot(out)).isEqualTo(Map.of(
        "docker/", "<folder>",
        "docker/Dockerfile.cpu", generated("FROM cpu"),
        "services/", "<folder>",
        "services/api/", "<folder>",
        "services/api/Dockerfile", generated("FROM api")));
    assertThat(new OutputSync(out).compare(files).isClean()).isTrue();
  }

  @Test
  void writeOverwritesChangedAndDeletesExtraGeneratedFiles() throws IOException {
    write(temp, "docker/Dockerfile.cpu", generated("FROM before"));
    write(temp, "docker/Dockerfile.old", generated("FROM old"));
    write(temp, "docker/README.md", "Hand-written.\n");

    Drift written = new OutputSync(temp).write(
        List.of(new GeneratedFile("docker/Dockerfile.cpu", generated("FROM after"))));

    assertThat(written.changed()).containsExactly("docker/Dockerfile.cpu");
    assertThat(written.extra()).containsExactly("docker/Dockerfile.old");
    assertThat(snapshot(temp)).isEqualTo(Map.of(
        "docker/", "<folder>",
        "docker/Dockerfile.cpu", generated("FROM after"),
        "docker/README.md", "Hand-written.\n"));
  }

  @Test
  void writeOfUnchangedFilesTouchesNothing() throws IOException {
    Path file = write(temp, "Dockerfile", generated("FROM a"));
    FileTime before = Files.getLastModifiedTime(file);

    Drift written = new OutputSync(temp).write(List.of(new GeneratedFile("Dockerfile", generated("FROM a"))));

    assertThat(written.isClean()).isTrue();
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
  }

  @Test
  void writeRefusesToOverwriteAFileWithoutTheMarkerAndChangesNothing() throws IOException {
    write(temp, "docker/Dockerfile.cpu", "FROM python:3.12-slim-trixie\n# written by hand\n");
    write(temp, "docker/Dockerfile.old", generated("FROM old"));
    write(temp, "docker/Dockerfile.ml", generated("FROM before"));
    Map<String, String> before = snapshot(temp);

    assertThatThrownBy(() -> new OutputSync(temp).write(List.of(
        new GeneratedFile("docker/Dockerfile.cpu", generated("FROM cpu")),
        new GeneratedFile("docker/Dockerfile.ml", generated("FROM after")),
        new GeneratedFile("services/api/Dockerfile", generated("FROM api")))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("refusing to overwrite docker/Dockerfile.cpu: it was not written by fks-images;"
            + " move it away or delete it, then generate again");
    assertThat(snapshot(temp)).isEqualTo(before);
  }

  @Test
  void writeLeavesNoTemporaryFiles() throws IOException {
    write(temp, "a/Dockerfile", generated("FROM before"));

    new OutputSync(temp).write(List.of(
        new GeneratedFile("a/Dockerfile", generated("FROM after")),
        new GeneratedFile("b/Dockerfile", generated("FROM b"))));

    assertThat(snapshot(temp).keySet()).containsExactly("a/", "a/Dockerfile", "b/", "b/Dockerfile");
  }

  @Test
  void refusesAPathThatLeavesTheFolder() throws IOException {
    Path out = Files.createDirectories(temp.resolve("out"));
    OutputSync sync = new OutputSync(out);

    for (String path : List.of("../x", "a/../../x", "/tmp/x", "", ".")) {
      assertThatThrownBy(() -> sync.write(List.of(
          new GeneratedFile("ok/Dockerfile", generated("FROM ok")), new GeneratedFile(path, generated("FROM x")))))
          .as(path)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("output path " + path + " leaves the output folder");
    }
    assertThat(snapshot(temp)).isEqualTo(Map.of("out/", "<folder>"));
  }

  @Test
  void refusesTwoFilesAtOnePath() {
    assertThatThrownBy(() -> new OutputSync(temp).write(List.of(
        new GeneratedFile("Dockerfile", generated("FROM a")), new GeneratedFile("Dockerfile", generated("FROM b")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two images write Dockerfile");
    assertThat(temp).isEmptyDirectory();
  }

  @Test
  void badDefinitionWritesNothing() {
    Generator generator = new Generator("src/main/java", FIX);
    OutputSync sync = new OutputSync(temp);

    assertThatThrownBy(() -> sync.write(generator.render(ImageSet.builder(Strategy.OPTION_1)
        .image(image("api", "services/api/Dockerfile"))
        .image(image("web", "services/api/Dockerfile"))
        .build())))
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith("image web: ");
    assertThat(temp).isEmptyDirectory();
  }

  @Test
  void reportListsEachPathShowsTheDiffAndEndsWithTheFix() throws IOException {
    write(temp, "a/Dockerfile", generated("FROM before"));
    write(temp, "c/Dockerfile", generated("FROM gone"));

    Drift drift = new OutputSync(temp).compare(List.of(
        new GeneratedFile("a/Dockerfile", generated("FROM after")),
        new GeneratedFile("b/Dockerfile", generated("FROM new"))));

    assertThat(drift.report(FIX)).isEqualTo("""
        Generated files are out of date with their definitions:
          missing: b/Dockerfile
          changed: a/Dockerfile
          no longer generated: c/Dockerfile

        --- a/a/Dockerfile
        +++ b/a/Dockerfile
        @@ -1,2 +1,2 @@
         # Generated by fks-images (test).
        -FROM before
        +FROM after
        --- a/b/Dockerfile
        +++ b/b/Dockerfile
        @@ -1,0 +1,2 @@
        +# Generated by fks-images (test).
        +FROM new
        --- a/c/Dockerfile
        +++ b/c/Dockerfile
        @@ -1,2 +1,0 @@
        -# Generated by fks-images (test).
        -FROM gone

        To bring them up to date, run: ./mvnw -Pgenerate
        """);
  }

  @Test
  void diffIsCappedWithACutNotice() {
    String big = IntStream.range(0, 2 * Drift.MAX_DIFF_LINES)
        .mapToObj(i -> "ENV N" + i + "=\"" + i + "\"\n").collect(Collectors.joining("", generated("FROM big"), ""));

    Drift drift = new OutputSync(temp).compare(List.of(
        new GeneratedFile("big/Dockerfile", big), new GeneratedFile("small/Dockerfile", generated("FROM small"))));

    List<String> lines = drift.diff().lines().toList();
    assertThat(lines).hasSize(Drift.MAX_DIFF_LINES + 1);
    assertThat(lines.get(0)).isEqualTo("--- a/big/Dockerfile");
    assertThat(lines.get(Drift.MAX_DIFF_LINES)).isEqualTo("... (diff cut at 50 lines)");
    assertThat(drift.missing()).containsExactly("big/Dockerfile", "small/Dockerfile");
    assertThat(drift.report(FIX)).contains("  missing: small/Dockerfile\n")
        .endsWith("... (diff cut at 50 lines)\n\nTo bring them up to date, run: ./mvnw -Pgenerate\n");
  }

  @Test
  void diffOfExactlyTheCapHasNoCutNotice() {
    // A missing file's diff is three header lines plus one line per line of text.
    String text = IntStream.range(0, Drift.MAX_DIFF_LINES - 3)
        .mapToObj(i -> "# " + Generator.MARKER + " line " + i + "\n").collect(Collectors.joining());

    Drift drift = new OutputSync(temp).compare(List.of(new GeneratedFile("Dockerfile", text)));

    assertThat(drift.diff().lines()).hasSize(Drift.MAX_DIFF_LINES).noneMatch(l -> l.contains("diff cut"));
  }

  /** Text that carries the marker on its first line, as generated files do near their top. */
  private static String generated(String body) {
    return "# " + Generator.MARKER + " (test).\n" + body + "\n";
  }

  private static Image image(String name, String dockerfile) {
    return Image.builder(name, dockerfile, OutputSyncTest.class)
        .stage("app", s -> s.from("python:3.12-slim-trixie").workdir("/app")).build();
  }

  private static Path write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Every file and folder under {@code root}, sorted: files to their bytes (as Latin-1), folders to a mark. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
        String name = root.relativize(p).toString().replace('\\', '/');
        if (Files.isDirectory(p)) {
          out.put(name + "/", "<folder>");
        } else {
          out.put(name, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
        }
      }
    }
    return out;
  }
}
