package io.github.nuniesmith.fks.images.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.nuniesmith.fks.images.generator.Generator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The import's round trip on real Dockerfiles from well-known public projects, as {@code ./mvnw -Pimport}
 * runs it: at least 95% must round-trip exact. The files are third-party code and stay out of this
 * repository: {@code -Dfks.realworld=<folder>} names a folder of them (relative to the repository root,
 * or absolute); without it the test is skipped. It prints one line per file that is not exact and
 * writes docs/measure/realworld-import.md.
 */
class RealWorldImportTest {
  private static final double GOAL = 0.95;

  private static final Pattern LINE = Pattern.compile(
      "^(?<path>\\S+?)(?: line \\d+)?: (?:instruction \\d+ \\(input line \\d+, rendered line \\d+\\): )?(?<rest>.*)$");

  private static final Generator GENERATOR = new Generator("src/main/java", "./mvnw -Pgenerate");

  /** One file's outcome: its import line, and why it is not exact (empty when it is). */
  record Outcome(DockerfileInput input, String line, Optional<String> reason) {
    boolean exact() {
      return reason.isEmpty();
    }
  }

  /** The folder -Dfks.realworld names; the test is skipped without one. */
  static Path folder() {
    String given = System.getProperty("fks.realworld", "");
    assumeTrue(!given.isBlank(), "real-world Dockerfiles are third-party code and stay out of this repository:"
        + " give a folder of them with -Dfks.realworld=<folder> to measure the import on them");
    Path folder = root().resolve(given);
    assumeTrue(Files.isDirectory(folder), "-Dfks.realworld names no folder: " + folder);
    return folder;
  }

  private static Path root() {
    return Path.of(System.getProperty("fks.root", "..")).toAbsolutePath().normalize();
  }

  /** Imports {@code input} in memory as the import goal does: read, build, render, compare. */
  static Outcome outcome(DockerfileInput input) {
    String line;
    try {
      String name = Importer.imageName(input.path());
      ImportedImage image = DockerfileImport.read(input, name, Importer.className(name));
      line = input.path() + ": " + RoundTrip.compare(input.text(), GENERATOR.render(image.image(Importer.class))
          .content()).summary();
    } catch (IllegalArgumentException e) {
      line = e.getMessage().startsWith(input.path()) ? e.getMessage() : input.path() + ": " + e.getMessage();
    }
    return new Outcome(input, line, line.equals(input.path() + ": exact") ? Optional.empty() : Optional.of(reason(line)));
  }

  /**
   * The causes found so far, each by a pattern on a file's import line, so that the report names them;
   * a cause not listed is shown as the line without its file, line numbers and quoted values.
   */
  private static final Map<String, Pattern> CAUSES = causes();

  private static Map<String, Pattern> causes() {
    Map<String, Pattern> causes = new LinkedHashMap<>();
    causes.put("an ENV value with a tab (continuation lines indented with tabs)", Pattern.compile(
        "ENV cannot be imported: .*contains a control character"));
    causes.put("a name given twice in one ENV", Pattern.compile("ENV cannot be imported: .*gives '[^']*' twice"));
    causes.put("a stage name given twice (BuildKit warns, the model refuses)", Pattern.compile(
        "stage [^ ]+: is defined twice"));
    causes.put("a lone \\ in a COPY path under the \\ escape (Docker reads it as an escape)", Pattern.compile(
        "path '[^']*' has a lone \\\\"));
    causes.put("a COPY source with .. (refused for safety: it would leave the build context)", Pattern.compile(
        "copy source '[^']*' has a \\.\\. segment"));
    causes.put("an invisible Unicode format character (refused for safety)", Pattern.compile(
        "invisible format character"));
    return causes;
  }

  /** The cause of {@code line}: a named one, or the line without file, line numbers and quoted values. */
  static String reason(String line) {
    for (Map.Entry<String, Pattern> cause : CAUSES.entrySet()) {
      if (cause.getValue().matcher(line).find()) {
        return cause.getKey();
      }
    }
    Matcher m = LINE.matcher(line);
    String rest = m.matches() ? m.group("rest") : line;
    return rest.replaceAll("'[^']*'|\"[^\"]*\"|\\[[^\\]]*\\]", "…").replaceAll("\\d+", "N");
  }

  static List<Outcome> outcomes() {
    return DockerfileInputs.find(folder()).stream().map(RealWorldImportTest::outcome).toList();
  }

  @Test
  void atLeast95PercentOfTheRealWorldDockerfilesRoundTripExact() throws IOException {
    List<Outcome> outcomes = outcomes();
    List<Outcome> notExact = outcomes.stream().filter(o -> !o.exact()).toList();
    notExact.forEach(o -> System.out.println("not exact: " + o.line()));
    Path report = root().resolve("docs/measure/realworld-import.md");
    Files.writeString(report, report(outcomes));
    System.out.println("wrote " + report);

    assertThat(outcomes).isNotEmpty();
    assertThat((double) (outcomes.size() - notExact.size()) / outcomes.size())
        .as("share exact; the others:%n%s", String.join("\n", notExact.stream().map(Outcome::line).toList()))
        .isGreaterThanOrEqualTo(GOAL);
  }

  /** docs/measure/realworld-import.md: the exact share and the files that are not exact, by reason. */
  static String report(List<Outcome> outcomes) {
    List<Outcome> notExact = outcomes.stream().filter(o -> !o.exact()).toList();
    long exact = outcomes.size() - notExact.size();
    StringBuilder out = new StringBuilder();
    out.append("# Measured: the import's round trip on real Dockerfiles\n\n")
        .append("Reproduce: `./mvnw -B -pl generator -am test -Dtest=RealWorldImportTest")
        .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dfks.realworld=<folder>`. The files are third-party")
        .append(" code and stay out of this repository; each row names its project as `<owner>__<repo>/<path>`.")
        .append(" Each is imported in memory, rendered and compared with its input as `./mvnw -Pimport` does.\n\n")
        .append(String.format(Locale.ROOT, "**%d of %d files round-trip exact (%.1f%%)**; the goal is %.0f%%.",
            exact, outcomes.size(), 100.0 * exact / outcomes.size(), 100 * GOAL))
        .append(" A file is judged by the first instruction the import cannot say: a later one may fail for another")
        .append(" cause once that one is fixed.\n\n");
    if (notExact.isEmpty()) {
      return out.toString();
    }
    Map<String, List<Outcome>> byReason = new TreeMap<>();
    notExact.forEach(o -> byReason.computeIfAbsent(o.reason().orElseThrow(), r -> new ArrayList<>()).add(o));
    out.append("| reason | files |\n|---|---:|\n");
    byReason.forEach((reason, files) -> out.append("| ").append(cell(reason)).append(" | ").append(files.size())
        .append(" |\n"));
    out.append("\n| file | import line |\n|---|---|\n");
    notExact.forEach(o -> out.append("| `").append(o.input().path()).append("` | ")
        .append(cell(o.line().substring(o.input().path().length()).replaceFirst("^:? ?", ""))).append(" |\n"));
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
