package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.generator.RelativePath;
import io.github.nuniesmith.fks.images.generator.pins.PinAccessors;
import io.github.nuniesmith.fks.images.generator.pins.PinCatalog;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Reads the pin catalog ({@code *.txt} requirements files) and writes its typed accessors as a Java
 * source, added to the compile source roots. A bad catalog line fails the build with {@code file:line}.
 */
@Mojo(name = "pins", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class PinsMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Where Maven was started; messages name catalog files from there. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
  File executionRoot;

  /** The folder of the catalog files. */
  @Parameter(property = "fks.pins", defaultValue = "${project.basedir}/src/main/pins")
  File pinsDirectory;

  /** The class to generate, e.g. io.github.nuniesmith.fks.images.fks.Pins. */
  @Parameter(required = true)
  String pinsClass;

  /** The source root the class is written under. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/fks-pins")
  File generatedSources;

  /** The command that regenerates the class, named in its header. */
  @Parameter(defaultValue = "./mvnw -B compile")
  String regenerateCommand;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    PinCatalog catalog = CatalogFolder.read(texts(), pinsClass);
    String source;
    try {
      source = PinAccessors.javaFile(catalog, pinsClass, regenerateCommand).toString();
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("pinsClass " + pinsClass + " is not a class name such as"
          + " io.github.nuniesmith.fks.images.fks.Pins: " + e.getMessage());
    }
    Path file = generatedSources.toPath().resolve(pinsClass.replace('.', '/') + ".java");
    try {
      // Unchanged text is not rewritten, so the compiler sees nothing new to build.
      if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(source)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + file, e);
    }
    project.addCompileSourceRoot(generatedSources.getPath());
    getLog().info("fks-images: " + catalog.files().stream().mapToInt(f -> f.pins().size()).sum()
        + " pins from " + catalog.files().size() + " catalog files in " + pinsClass);
  }

  /** Each catalog file's text, keyed by its path from where Maven was started. */
  private Map<String, String> texts() throws MojoExecutionException, MojoFailureException {
    Path folder = pinsDirectory.toPath();
    if (!Files.isDirectory(folder)) {
      throw new MojoFailureException("Bad pin catalog: " + shown(folder) + " is not a folder: create it with one"
          + " requirements file per tier, e.g. cpu.txt, or point fks.pins at the catalog");
    }
    Map<String, String> texts = CatalogFolder.texts(folder, executionRoot.toPath());
    if (texts.isEmpty()) {
      throw new MojoFailureException("Bad pin catalog: " + shown(folder) + " holds no .txt file: add one"
          + " requirements file per tier, e.g. cpu.txt");
    }
    return texts;
  }

  /** {@code path} relative to where Maven was started, as a reader finds it. */
  private String shown(Path path) {
    return RelativePath.shown(executionRoot.toPath(), path);
  }
}
