package io.github.nuniesmith.fks.images.generator.lint;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.nuniesmith.fks.images.dsl.Policy;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.generator.external.ToolFinding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link LintReport} as JSON for scripts, or as SARIF 2.1.0 for code scanning (GitHub
 * annotates a pull request's lines from it). Every rule of the catalog is listed in the SARIF, so
 * that a result's {@code ruleIndex} is its place in the catalog. The findings of external linters
 * (ShellCheck, hadolint) follow, each tool in a SARIF run of its own whose rules are the codes it
 * reported (SC2086, DL3008...), linked to their documentation.
 */
public final class ReportWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  /** The README section that lists every rule, below the tool's home page. */
  static final String RULES_ANCHOR = "#lint-rules";

  private ReportWriter() {}

  /**
   * The report as JSON: {@code findings} (rule, severity, path, message, file, line, suppressed
   * reason), {@code tools} (each external linter that ran, with its findings: rule, level, message,
   * file, line) and {@code summary}. Each file is {@code uriPrefix + file}, a path from the
   * repository root, as in the SARIF.
   */
  public static String json(LintReport report, List<ToolRun> tools, String uriPrefix) {
    List<JsonFinding> findings = report.findings().stream().map(f -> new JsonFinding(f.rule().id(),
        severity(f.rule()), f.rule().title(), f.path(), f.message(), uriPrefix + f.file(), f.line(),
        f.suppressedBecause().orElse(null))).toList();
    List<JsonTool> runs = tools.stream().map(t -> new JsonTool(t.tool(), t.findings().stream()
        .map(f -> new JsonToolFinding(f.code(), lower(f.level()), f.message(), uriPrefix + f.file(), f.line())).toList()))
        .toList();
    return write(new JsonReport(findings, runs, report.summary()));
  }

  /**
   * The report as SARIF 2.1.0. Each result's location is the generated Dockerfile at {@code
   * uriPrefix + file} (a path from the repository root, e.g. {@code generated/}) and its line; the
   * message starts with the definition path. Suppressed findings carry their reason. The driver
   * names fks-images at {@code version}, its home {@code informationUri}, and every rule with its
   * help. Each tool of {@code tools} adds a run of its own, its results located the same way.
   */
  public static String sarif(LintReport report, List<ToolRun> tools, String uriPrefix, String version,
      String informationUri) {
    List<Rule> rules = Arrays.asList(Rule.values());
    String rulesUri = informationUri + RULES_ANCHOR;
    List<SarifRule> descriptors = rules.stream().map(r -> new SarifRule(r.id(), r.title(), new Text(r.title()),
        help(r), rulesUri, new Configuration(level(r)), new RuleProperties(r.checked().name().toLowerCase(Locale.ROOT),
            blankToNull(r.hadolint()), blankToNull(r.buildkit())))).toList();
    List<Result> results = report.findings().stream().map(f -> new Result(f.rule().id(), rules.indexOf(f.rule()),
        level(f.rule()), new Text(f.path() + ": " + f.message()),
        List.of(new Location(new PhysicalLocation(new Artifact(uriPrefix + f.file()), new Region(f.line())))),
        f.suppressedBecause().map(r -> List.of(new SarifSuppression("inSource", r))).orElse(null))).toList();
    List<Run> runs = new ArrayList<>(List.of(new Run(new Tool(new Driver("fks-images", version, informationUri,
        descriptors)), results)));
    tools.forEach(t -> runs.add(toolRun(t, uriPrefix)));
    return write(new Sarif(SCHEMA, "2.1.0", runs));
  }

  /** What a rule asks, when it is checked, what it corresponds to, and how to turn a finding off. */
  private static Help help(Rule rule) {
    List<String> also = new ArrayList<>();
    if (!rule.hadolint().isEmpty()) {
      also.add("hadolint " + rule.hadolint());
    }
    if (!rule.buildkit().isEmpty()) {
      also.add("BuildKit check " + rule.buildkit());
    }
    String checked = switch (rule.checked()) {
      case DEFINITION -> "Checked when the definition is built: a definition that breaks it is refused.";
      case LINT -> "Checked by the lint goal on the built set and its rendered Dockerfiles, when the set's policy is "
          + java.util.Arrays.stream(Policy.values()).filter(p -> p.includes(rule)).map(Policy::toString)
              .collect(java.util.stream.Collectors.joining(" or ")) + ".";
      case ALWAYS -> "Checked by the lint goal on the rendered Dockerfiles under every policy.";
    };
    String suppress = !rule.suppressible() ? ""
        : " To accept a finding, add .suppress(\"" + rule.id() + "\", \"<reason>\") to the definition it names.";
    String corresponds = also.isEmpty() ? "" : " Corresponds to " + String.join(", ", also) + ".";
    String text = rule.title() + ". " + checked + corresponds + suppress;
    return new Help(text, "**" + rule.id() + "**: " + text);
  }

  /** One tool's run: its rules are the codes it reported, sorted, each linked to its documentation. */
  private static Run toolRun(ToolRun tool, String uriPrefix) {
    List<String> codes = tool.findings().stream().map(ToolFinding::code).distinct().sorted().toList();
    List<ToolRule> rules = codes.stream().map(c -> new ToolRule(c, new Help("See " + helpUri(c), "See ["
        + c + "](" + helpUri(c) + ")."), helpUri(c))).toList();
    List<Result> results = tool.findings().stream().map(f -> new Result(f.code(), codes.indexOf(f.code()),
        level(f.level()), new Text(f.message()),
        List.of(new Location(new PhysicalLocation(new Artifact(uriPrefix + f.file()), new Region(f.line())))),
        null)).toList();
    String home = tool.tool().equals("shellcheck") ? "https://www.shellcheck.net" : "https://github.com/hadolint/hadolint";
    return new Run(new Tool(new Driver(tool.tool(), null, home, rules)), results);
  }

  /** hadolint reports ShellCheck's codes too, so the page follows the code, not the tool. */
  private static String helpUri(String code) {
    return code.startsWith("SC") ? "https://www.shellcheck.net/wiki/" + code
        : "https://github.com/hadolint/hadolint/wiki/" + code;
  }

  private static String lower(ToolFinding.Level level) {
    return level.name().toLowerCase(Locale.ROOT);
  }

  /** SARIF has no style level: style and info are notes. */
  private static String level(ToolFinding.Level level) {
    return level.atLeast(ToolFinding.Level.WARNING) ? lower(level) : "note";
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the lint report: " + e.getMessage(), e);
    }
  }

  private static String severity(Rule rule) {
    return rule.severity().name().toLowerCase(Locale.ROOT);
  }

  /** SARIF levels: error, warning, note. */
  private static String level(Rule rule) {
    return rule.severity() == Rule.Severity.INFO ? "note" : severity(rule);
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private record JsonReport(List<JsonFinding> findings, List<JsonTool> tools, String summary) {}

  private record JsonTool(String name, List<JsonToolFinding> findings) {}

  private record JsonToolFinding(String rule, String level, String message, String file, int line) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record JsonFinding(String rule, String severity, String title, String path, String message,
      String file, int line, String suppressed) {}

  private record Sarif(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

  private record Run(Tool tool, List<Result> results) {}

  private record Tool(Driver driver) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record Driver(String name, String version, String informationUri, List<?> rules) {}

  private record ToolRule(String id, Help help, String helpUri) {}

  private record SarifRule(String id, String name, Text shortDescription, Help help, String helpUri,
      Configuration defaultConfiguration, RuleProperties properties) {}

  private record Help(String text, String markdown) {}

  private record Configuration(String level) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record RuleProperties(String checked, String hadolint, String buildkit) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record Result(String ruleId, int ruleIndex, String level, Text message, List<Location> locations,
      List<SarifSuppression> suppressions) {}

  private record Text(String text) {}

  private record Location(PhysicalLocation physicalLocation) {}

  private record PhysicalLocation(Artifact artifactLocation, Region region) {}

  private record Artifact(String uri) {}

  private record Region(int startLine) {}

  private record SarifSuppression(String kind, String justification) {}
}
