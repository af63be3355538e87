package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.generator.imports.Importer;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports Dockerfiles into Java definitions: one class per file and {@code ImportedImages}, written
 * under the source folder; then renders each in memory and prints {@code exact} or its first difference.
 */
@Mojo(name = "import", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class ImportMojo extends AbstractMojo {
  /** A Dockerfile or a folder of them, relative to the repository root or absolute. */
  @Parameter(property = "fks.import.from", required = true)
  String from;

  /** The Java package of the classes written, e.g. {@code com.example.images}. */
  @Parameter(property = "fks.import.package", required = true)
  String javaPackage;

  /** The repository root that a relative {@code from} starts at. */
  @Parameter(defaultValue = "${maven.multiModuleProjectDirectory}", readonly = true)
  File root;

  /** Where the classes are written, under their package's folder. */
  @Parameter(defaultValue = "${project.build.sourceDirectory}")
  File sourceDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (from == null || from.isBlank()) {
      throw new MojoFailureException("Give the Dockerfile or folder to import: -Dfks.import.from=<file or folder>");
    }
    Path source = root.toPath().resolve(from).normalize();
    Importer.Result result;
    try {
      result = Importer.run(source, sourceDirectory.toPath(), javaPackage, getLog()::info);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    getLog().info("Wrote " + result.written().size() + " classes under " + sourceDirectory + "; "
        + result.refused() + " of " + result.lines().size() + " files could not be imported");
  }
}
