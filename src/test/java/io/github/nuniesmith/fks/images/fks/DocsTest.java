package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.Suppression;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import io.github.nuniesmith.fks.images.generator.lint.RulesTable;
import io.github.nuniesmith.fks.images.generator.plan.Change;
import io.github.nuniesmith.fks.images.generator.plan.RebuildPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The README and docs/ hold no hand-kept list: each list is a marked section that this test renders
 * from the definitions or the DSL ({@code -Dgolden.update=true} rewrites it, refused under {@code CI=true}),
 * every relative link and anchor resolves, and every test class they name exists.
 */
class DocsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String UPDATE_COMMAND = "./mvnw -B -pl src -am verify -Dtest=DocsTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true";
  /** The changes of the seed's "When to Rebuild Base Images", by the names the plan goal takes. */
  private static final List<String> SEED_CHANGES = List.of("python", "ta-lib", "langchain", "torch", "torchvision",
      "torchaudio");
  private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```");
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`\n]*`");
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*$");
  private static final Pattern TEST_CLASS = Pattern.compile("\\b[A-Z][A-Za-z0-9]*Test\\b");

  @Test
  void lintRulesPageListsEveryRuleOfTheCatalog() throws IOException {
    assertSection(ROOT.resolve("docs/lint-rules.md"), "rules", RulesTable.markdown());
  }

  @Test
  void rebuildTableIsWhatThePlansOfEachStrategySay() throws IOException {
    assertSection(ROOT.resolve("docs/plans.md"), "rebuilds", rebuildTable(new FksImages()));
  }

  @Test
  void lintRulesPageListsEverySuppressionOfTheDefinitions() throws IOException {
    StringBuilder table = new StringBuilder("| Image | Stage | Rule | Reason |\n|---|---|---|---|\n");
    for (Image image : new FksImages().imageSet(Strategy.OPTION_1).images()) {
      image.suppressions().forEach(s -> table.append(row(image.name(), "every stage", s)));
      for (Stage stage : image.stages()) {
        stage.suppressions().forEach(s -> table.append(row(image.name(), stage.name(), s)));
      }
    }
    assertSection(ROOT.resolve("docs/lint-rules.md"), "suppressions", table.toString());
  }

  @Test
  void dslPageListsEveryStepAndEveryServiceOption() throws IOException {
    Path page = ROOT.resolve("docs/dsl.md");
    assertSection(page, "steps", Stream.of(Step.class.getPermittedSubclasses())
        .map(c -> "`" + c.getSimpleName() + "`").collect(Collectors.joining(", ", "", "\n")));
    assertSection(page, "service-options", Stream.of(Service.Builder.class.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.getName().equals("build"))
        .map(m -> "`." + m.getName() + "(...)`").distinct().sorted().collect(Collectors.joining(", ", "", "\n")));
  }

  @Test
  void everyRelativeLinkOfTheDocsPointsToAFileAndHeadingThatExist() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      Matcher link = LINK.matcher(prose(Files.readString(page, StandardCharsets.UTF_8)));
      while (link.find()) {
        String problem = problem(page, link.group(1));
        if (problem != null) {
          broken.add(ROOT.relativize(page) + ": (" + link.group(1) + ") " + problem);
        }
      }
    }
    assertThat(broken).as("links in README.md and docs/ that lead nowhere").isEmpty();
  }

  @Test
  void everyTestClassTheDocsNameExists() throws IOException {
    TreeSet<String> known;
    try (Stream<Path> walk = Stream.of("dsl", "generator", "src").map(ROOT::resolve).flatMap(DocsTest::walk)) {
      known = walk.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
          .map(n -> n.substring(0, n.length() - ".java".length())).collect(Collectors.toCollection(TreeSet::new));
    }
    List<String> missing = new ArrayList<>();
    for (Path page : pages()) {
      Matcher name = TEST_CLASS.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (name.find()) {
        if (!known.contains(name.group())) {
          missing.add(ROOT.relativize(page) + " names " + name.group());
        }
      }
    }
    assertThat(missing).as("test classes named in README.md and docs/ that do not exist").isEmpty();
  }

  /**
   * One row per change of the seed's maintenance rules, one column per strategy: the images its plan
   * rebuilds in build order, or "everything".
   */
  static String rebuildTable(FksImages definitions) {
    StringBuilder out = new StringBuilder("| Change |");
    Stream.of(Strategy.values()).forEach(s -> out.append(' ').append(s).append(" |"));
    out.append("\n|---|").append("---|".repeat(Strategy.values().length)).append('\n');
    for (String change : SEED_CHANGES) {
      out.append("| `").append(change).append("` |");
      for (Strategy strategy : Strategy.values()) {
        ImageSet set = definitions.imageSet(strategy);
        List<String> rebuilt = RebuildPlan.of(set, RepositoryLayout.DEFAULT, List.of(new Change.Named(change)))
            .rebuilds().stream().map(RebuildPlan.Rebuild::image).toList();
        out.append(' ').append(rebuilt.size() == set.images().size() ? "everything" : String.join(", ", rebuilt))
            .append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** One row of the suppressions table; a {@code |} in a reason would end its cell. */
  private static String row(String image, String stage, Suppression suppression) {
    return "| " + image + " | " + stage + " | " + suppression.rule().id() + " | "
        + suppression.reason().replace("|", "\\|") + " |\n";
  }

  /** Compares the text between {@code <!-- name:start -->} and {@code <!-- name:end -->}, or rewrites it. */
  private static void assertSection(Path page, String name, String expected) throws IOException {
    String start = "<!-- " + name + ":start -->\n";
    String end = "<!-- " + name + ":end -->";
    String text = Files.readString(page, StandardCharsets.UTF_8);
    int from = text.indexOf(start);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new AssertionFailedError(ROOT.relativize(page) + " has no " + start.strip() + " ... " + end + " section");
    }
    String committed = text.substring(from + start.length(), to);
    if (updating()) {
      Files.writeString(page, text.substring(0, from + start.length()) + expected + text.substring(to),
          StandardCharsets.UTF_8);
    } else if (!committed.equals(expected)) {
      String file = ROOT.relativize(page).toString();
      List<String> a = committed.lines().toList();
      List<String> b = expected.lines().toList();
      throw new AssertionFailedError(file + "'s " + name + " section differs from the definitions:\n"
          + String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(file, "rendered", a, DiffUtils.diff(a, b), 1))
          + "\nIf the definitions are right, run " + UPDATE_COMMAND + " and review the diff.", committed, expected);
    }
  }

  private static boolean updating() {
    boolean update = Boolean.parseBoolean(System.getProperty("golden.update"));
    if (update && "true".equals(System.getenv("CI"))) {
      throw new AssertionFailedError("golden.update=true is refused under CI=true: docs change only in a reviewed"
          + " commit; run " + UPDATE_COMMAND + " locally and commit the diff");
    }
    return update;
  }

  /** Why {@code target}, linked from {@code page}, leads nowhere; null when it resolves. */
  private static String problem(Path page, String target) throws IOException {
    if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
      return null;
    }
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
    if (!file.startsWith(ROOT)) {
      return "leaves the repository";
    }
    if (!Files.exists(file)) {
      return "no such file";
    }
    if (hash >= 0 && file.toString().endsWith(".md") && !anchors(file).contains(target.substring(hash + 1))) {
      return "no such heading in " + ROOT.relativize(file);
    }
    return null;
  }

  /** The anchors GitHub gives the headings of {@code page}: lowercase, punctuation dropped, spaces as dashes. */
  private static List<String> anchors(Path page) throws IOException {
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<String> anchors = new ArrayList<>();
    Matcher heading = HEADING.matcher(FENCE.matcher(Files.readString(page, StandardCharsets.UTF_8)).replaceAll(""));
    while (heading.find()) {
      String slug = heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
      int n = seen.merge(slug, 1, Integer::sum);
      anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
    }
    return anchors;
  }

  /** The text outside code blocks and code spans, where a link is a link. */
  private static String prose(String markdown) {
    return CODE_SPAN.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
  }

  /** README.md and every Markdown page under docs/. */
  private static List<Path> pages() throws IOException {
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      return Stream.concat(Stream.of(ROOT.resolve("README.md")),
          docs.filter(p -> p.toString().endsWith(".md")).sorted()).toList();
    }
  }

  private static Stream<Path> walk(Path module) {
    try {
      return Files.walk(module).filter(Files::isRegularFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
