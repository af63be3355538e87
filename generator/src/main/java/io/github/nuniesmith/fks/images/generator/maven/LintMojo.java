package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.generator.lint.Finding;
import io.github.nuniesmith.fks.images.generator.lint.LintReport;
import io.github.nuniesmith.fks.images.generator.lint.Linter;
import io.github.nuniesmith.fks.images.generator.lint.ReportWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints the lint report of the definitions, every finding with its rule, definition path, file and
 * line, suppressed ones with their reasons; writes it as SARIF and JSON when asked; fails on errors.
 * Writes nothing else.
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

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    ImageSet set = imageSet();
    LintReport report = new Linter(lintPolicy()).lint(set, generator().render(set));
    for (Finding f : report.findings()) {
      if (!f.suppressed() && f.rule().severity() == Rule.Severity.ERROR) {
        getLog().error(f.toString());
      } else if (!f.suppressed() && f.rule().severity() == Rule.Severity.WARNING) {
        getLog().warn(f.toString());
      } else {
        getLog().info(f.toString());
      }
    }
    getLog().info(report.summary());
    if (sarif != null) {
      write(sarif, ReportWriter.sarif(report, uriPrefix()));
    }
    if (json != null) {
      write(json, ReportWriter.json(report));
    }
    if (report.hasErrors()) {
      throw new MojoFailureException("Lint errors in the image definitions:\n" + report.text());
    }
  }

  /** The output folder as a path from the repository root, with a final {@code /}. */
  private String uriPrefix() {
    Path root = repositoryRoot.toPath().toAbsolutePath().normalize();
    Path output = outputDirectory.toPath().toAbsolutePath().normalize();
    String relative = output.startsWith(root) ? root.relativize(output).toString().replace('\\', '/') : "";
    return relative.isEmpty() ? "" : relative + "/";
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
