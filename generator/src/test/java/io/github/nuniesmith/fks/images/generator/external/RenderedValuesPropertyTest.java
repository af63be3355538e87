package io.github.nuniesmith.fks.images.generator.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.generator.DockerfileInstructions;
import io.github.nuniesmith.fks.images.generator.Executables;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.OutputSync;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of random definitions ({@link RandomDefinition}), one seed per case so that a failure
 * names the seed that reproduces it: output is deterministic and independent of input order, every
 * RUN passes ShellCheck, every value comes out as it went in (bash evaluates the shell words, the
 * Dockerfile's quoting rules read back ENV and LABEL, JSON reads back CMD), and a hostile character
 * put into any field is refused with nothing written.
 */
class RenderedValuesPropertyTest {
  private static final int TRIES = 25;
  private static final Generator GENERATOR = new Generator("src/main/java", "./mvnw -Pgenerate");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path out;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, TRIES);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void outputIsDeterministicWhateverTheOrderOfTheInputs(long seed) {
    RandomDefinition definition = RandomDefinition.of(seed);

    String first = render(definition.image(seed));
    assertThat(render(definition.image(seed))).isEqualTo(first);
    assertThat(render(definition.image(seed + 1000))).isEqualTo(first);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyRunPassesShellCheck(long seed) {
    ShellCheck shellCheck = RequiredTool.HERE.require(ShellCheck.onPath(), ShellCheck.absence());

    assertThat(shellCheck.check("app/Dockerfile", render(RandomDefinition.of(seed).image(seed)))).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyValueComesOutAsItWentIn(long seed) throws IOException {
    RandomDefinition definition = RandomDefinition.of(seed);
    Map<String, String> instructions = new LinkedHashMap<>();
    List<String> runs = new ArrayList<>();
    for (DockerfileInstructions.Instruction i : DockerfileInstructions.read(render(definition.image(seed)))) {
      instructions.merge(i.keyword(), i.arguments(), (a, b) -> a + " " + b);
      if (i.keyword().equals("RUN")) {
        runs.add(i.arguments());
      }
    }
    String apt = words(runs.get(0), "-o Dir::Cache::Archives=/var/cache/apt/debs/ ", "");
    String pip = words(runs.get(1), "python -m pip install ", " && python -m pip check");

    assertThat(bash(apt)).isEqualTo(definition.apt());
    assertThat(bash(pip)).containsExactlyInAnyOrderElementsOf(definition.pip());
    assertThat(keyValues(instructions.get("ENV"))).isEqualTo(definition.env());
    assertThat(keyValues(instructions.get("LABEL"))).isEqualTo(definition.labels());
    assertThat(JSON.readValue(instructions.get("CMD"), new TypeReference<List<String>>() { })).isEqualTo(definition.cmd());
    assertThat(instructions.get("WORKDIR")).isEqualTo(definition.workdir());
    assertThat(instructions.get("COPY")).isEqualTo(definition.source() + " " + definition.workdir() + "/" + definition.source());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aHostileCharacterInAnyFieldIsRefusedAndNothingIsWritten(long seed) throws IOException {
    RandomDefinition valid = RandomDefinition.of(seed);
    Random r = new Random(seed);
    RandomDefinition hostile = spoil(valid, r);
    Files.createDirectories(out.resolve("app"));
    Files.writeString(out.resolve("app/Dockerfile"), render(valid.image(seed)), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("README.md"), "not generated\n", StandardCharsets.UTF_8);
    Map<String, String> before = contents(out);

    assertThatThrownBy(() -> new OutputSync(out, GENERATOR.owner())
        .write(GENERATOR.render(Hierarchy.builder(Strategy.OPTION_1).image(hostile.image(seed)).build()), false))
        .as("%s", hostile)
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith("image app");
    assertThat(contents(out)).isEqualTo(before);
  }

  /** {@code valid} with one character it may not hold put into one field, both chosen by {@code r}. */
  private static RandomDefinition spoil(RandomDefinition valid, Random r) {
    UnaryOperator<String> shell = v -> insert(r, v, ";", "&", "|", "$(", "`", "\"", "'", " ", "\n", "\u0000", "\u2028", "(", ">");
    UnaryOperator<String> control = v -> insert(r, v, "\n", "\r", "\t", "\u0000", "\u2028", "\u0085");
    RandomDefinition d = valid;
    return switch (r.nextInt(9)) {
      case 0 -> new RandomDefinition(spoilOne(d.apt(), r, shell), d.pip(), d.env(), d.labels(), d.workdir(), d.source(), d.cmd());
      case 1 -> new RandomDefinition(d.apt(), spoilOne(d.pip(), r, v -> insert(r, v, ";", "&", "|", "$(", "`", "'", "\n", "\u0000", "\\", "{", "#")), d.env(), d.labels(), d.workdir(), d.source(), d.cmd());
      case 2 -> new RandomDefinition(d.apt(), d.pip(), spoilValue(d.env(), r, v -> insert(r, v, "$(", "$x", "\n", "\u0000", "\u2028")), d.labels(), d.workdir(), d.source(), d.cmd());
      case 3 -> new RandomDefinition(d.apt(), d.pip(), spoilKey(d.env(), r, v -> insert(r, v, "-", ";", " ", "=", "$", ".", "\n")), d.labels(), d.workdir(), d.source(), d.cmd());
      case 4 -> new RandomDefinition(d.apt(), d.pip(), d.env(), spoilValue(d.labels(), r, v -> insert(r, v, "$", "\n", "\u0000", "\u2028", "\r")), d.workdir(), d.source(), d.cmd());
      case 5 -> new RandomDefinition(d.apt(), d.pip(), d.env(), spoilKey(d.labels(), r, v -> insert(r, v, "$", "=", "\n")), d.workdir(), d.source(), d.cmd());
      case 6 -> new RandomDefinition(d.apt(), d.pip(), d.env(), d.labels(), insert(r, d.workdir(), "$", "\n", "\u0000", "\u2028"), d.source(), d.cmd());
      case 7 -> new RandomDefinition(d.apt(), d.pip(), d.env(), d.labels(), d.workdir(), insert(r, d.source(), "\\", "`", "\u0000", "\u2028", "\n", "/../"), d.cmd());
      default -> new RandomDefinition(d.apt(), d.pip(), d.env(), d.labels(), d.workdir(), d.source(), spoilOne(d.cmd(), r, control));
    };
  }

  private static String insert(Random r, String value, String... hostile) {
    int at = 1 + r.nextInt(value.length());
    return value.substring(0, at) + hostile[r.nextInt(hostile.length)] + value.substring(at);
  }

  private static List<String> spoilOne(List<String> values, Random r, UnaryOperator<String> spoil) {
    List<String> out = new ArrayList<>(values);
    int i = r.nextInt(out.size());
    out.set(i, spoil.apply(out.get(i).isEmpty() ? "x" : out.get(i)));
    return out;
  }

  private static Map<String, String> spoilValue(Map<String, String> values, Random r, UnaryOperator<String> spoil) {
    Map<String, String> out = new TreeMap<>(values);
    String key = new ArrayList<>(out.keySet()).get(r.nextInt(out.size()));
    out.put(key, spoil.apply(out.get(key)));
    return out;
  }

  private static Map<String, String> spoilKey(Map<String, String> values, Random r, UnaryOperator<String> spoil) {
    Map<String, String> out = new TreeMap<>(values);
    String key = new ArrayList<>(out.keySet()).get(r.nextInt(out.size()));
    out.put(spoil.apply(key), out.remove(key));
    return out;
  }

  private static String render(Image image) {
    GeneratedFile file = GENERATOR.render(image);
    return file.content();
  }

  /** The text of {@code run} between {@code after} and {@code before} (or its end). */
  private static String words(String run, String after, String before) {
    int start = run.indexOf(after) + after.length();
    int end = before.isEmpty() ? run.length() : run.indexOf(before);
    return run.substring(start, end);
  }

  /** The words bash makes of {@code shellWords}. */
  private static List<String> bash(String shellWords) throws IOException {
    Path dir = Files.createTempDirectory("fks-bash");
    try {
      Executables.Result result = Executables.run(dir, List.of("bash", "-c", "printf '%s\\0' " + shellWords));
      assertThat(result.exitCode()).as(result.stderr()).isZero();
      return List.of(result.stdout().split("\0"));
    } finally {
      Executables.deleteTree(dir);
    }
  }

  /**
   * The {@code key="value"} pairs of an ENV or LABEL instruction, read by the Dockerfile's rules:
   * inside double quotes a backslash escapes {@code "}, {@code \} and {@code $}, and is kept before
   * any other character.
   */
  private static Map<String, String> keyValues(String arguments) {
    Map<String, String> out = new TreeMap<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i <= arguments.length(); i++) {
      char c = i < arguments.length() ? arguments.charAt(i) : ' ';
      if (quoted && c == '\\' && i + 1 < arguments.length() && "\"\\$".indexOf(arguments.charAt(i + 1)) >= 0) {
        word.append(arguments.charAt(++i));
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && Character.isWhitespace(c)) {
        if (word.length() > 0) {
          String pair = word.toString();
          out.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    return out;
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
