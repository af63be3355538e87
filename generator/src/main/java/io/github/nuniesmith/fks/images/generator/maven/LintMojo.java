package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.Generation;
import io.github.nuniesmith.fks.images.generator.RelativePath;
import io.github.nuniesmith.fks.images.generator.external.ToolFinding;
import io.github.nuniesmith.fks.images.generator.lint.ExternalLint;
import io.github.nuniesmith.fks.images.generator.lint.Finding;
import io.github.nuniesmith.fks.images.generator.lint.LintReport;
import io.github.nuniesmith.fks.images.generator.lint.ReportWriter;
import io.github.nuniesmith.fks.images.generator.lint.ToolRun;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints the lint report of the definitions, every finding with its rule, definition path, file and
 * line, suppressed ones with their reasons, then the findings of ShellCheck and hadolint where they
 * run; writes it all as SARIF and JSON when asked; fails on the errors the set's policy
 * stops on ({@code Policy.failsOn}). Writes nothing else.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class LintMojo extends ImagesMojo {
  /** Where to write the report as SARIF 2.1.0, e.g. target/fks-images.sarif; not written when unset. */
  @Parameter(property = "fks.lint.sarif")
  File sarif;

  /** Where to write the report as JSON; not written when unset. */
  @Parameter(property = "fks.lint.json")
  File json;

  /** The generator's version, named in the SARIF. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String version;

  /** The generator's home page, named in the SARIF; its README lists the rules under #lint-rules. */
  @Parameter(property = "fks.lint.informationUri", defaultValue = "https://github.com/nuniesmith/fks-images")
  String informationUri = "https://github.com/nuniesmith/fks-images";

  /** ShellCheck on every RUN: auto (where on the PATH), on (fail where missing) or off. */
  @Parameter(property = "fks.lint.shellcheck", defaultValue = "auto")
  String shellcheck = "auto";

  /** hadolint (a binary on the PATH) on every Dockerfile: auto, on or off. */
  @Parameter(property = "fks.lint.hadolint", defaultValue = "auto")
  String hadolint = "auto";

  /** The PATH the tools are looked up in; the process's own unless a test sets it. */
  String path = System.getenv("PATH");

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    ImageSet set = imageSet();
    Generation generation = Generation.lint(set, generator(), lintPolicy(), contextFiles(set));
    LintReport report = generation.report();
    List<String> lines = report.lines();
    for (int i = 0; i < lines.size(); i++) {
      Finding f = report.findings().get(i);
      if (!f.suppressed() && f.rule().severity() == Rule.Severity.ERROR) {
        getLog().error(lines.get(i));
      } else if (!f.suppressed() && f.rule().severity() == Rule.Severity.WARNING) {
        getLog().warn(lines.get(i));
      } else {
        getLog().info(lines.get(i));
      }
    }
    getLog().info(report.summary());
    List<ToolRun> tools = tools(generation.dockerfiles());
    if (sarif != null) {
      write(sarif, ReportWriter.sarif(report, tools, uriPrefix(), version, informationUri));
    }
    if (json != null) {
      write(json, ReportWriter.json(report, tools, uriPrefix()));
    }
    if (report.stops(set.policy())) {
      throw new MojoFailureException("Lint errors in the image definitions:\n" + report.text());
    }
    if (report.hasErrors()) {
      getLog().info("fks-images: the " + set.policy() + " policy reports lint errors without failing;"
          + " -Dfks.policy=strict fails on them");
    }
    List<String> failed = tools.stream().filter(ToolRun::hasErrors).map(ToolRun::summary).toList();
    if (!failed.isEmpty()) {
      throw new MojoFailureException("External linters found errors in the generated Dockerfiles: "
          + String.join("; ", failed));
    }
  }

  /** Runs ShellCheck and hadolint as fks.lint.shellcheck and fks.lint.hadolint ask, and prints what they found. */
  private List<ToolRun> tools(List<GeneratedFile> dockerfiles) throws MojoExecutionException, MojoFailureException {
    List<ToolRun> tools;
    try {
      ExternalLint external = new ExternalLint(ExternalLint.Mode.parse("fks.lint.shellcheck", shellcheck),
          ExternalLint.Mode.parse("fks.lint.hadolint", hadolint), path, hadolintConfig());
      tools = external.run(dockerfiles, getLog()::info);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    for (ToolRun t : tools) {
      for (ToolFinding f : t.findings()) {
        if (f.level().atLeast(ToolFinding.Level.WARNING)) {
          getLog().warn(f.toString());
        } else {
          getLog().info(f.toString());
        }
      }
      getLog().info(t.summary());
    }
    return tools;
  }

  /** The repository's .hadolint.yaml, else no settings. */
  private String hadolintConfig() throws MojoExecutionException {
    Path config = repositoryRoot.toPath().resolve(".hadolint.yaml");
    try {
      return Files.isRegularFile(config) ? Files.readString(config, StandardCharsets.UTF_8) : "{}\n";
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read " + config + ": " + e.getMessage(), e);
    }
  }

  /** The output folder as a path from the repository root, with a final {@code /}. */
  private String uriPrefix() throws MojoFailureException {
    return RelativePath.of(repositoryRoot.toPath(), destination().output())
        .filter(relative -> !relative.isEmpty()).map(relative -> relative + "/").orElse("");
  }

  private void write(File file, String text) throws MojoExecutionException {
    try {
      Path path = file.toPath();
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      Files.writeString(path, text, StandardCharsets.UTF_8);
      getLog().info("fks-images: wrote " + file);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write the lint report to " + file + ": " + e.getMessage(), e);
    }
  }
}
