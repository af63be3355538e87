package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.ImageSetDefinition;
import io.github.nuniesmith.fks.images.dsl.Strategy;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.OutputSync;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What both goals share: load the project's compiled definitions through a class loader over its
 * classpath, and render them with the library.
 */
abstract class ImagesMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** The class implementing ImageSetDefinition, e.g. io.github.nuniesmith.fks.images.fks.FksImages. */
  @Parameter(property = "fks.definitions", required = true)
  String definitions;

  /** The folder that receives the generated files. */
  @Parameter(property = "fks.output", required = true)
  File outputDirectory;

  /** OPTION_1 (default), OPTION_2 or OPTION_3 of the strategy document. */
  @Parameter(property = "fks.strategy", defaultValue = "OPTION_1")
  String strategy;

  /** The source folder named in file headers, relative to the repository root. */
  @Parameter(defaultValue = "src/main/java")
  String sourceRoot;

  /** The command that regenerates the files, named in file headers and drift reports. */
  @Parameter(defaultValue = "./mvnw -Pgenerate")
  String regenerateCommand;

  /** Renders the definitions; a bad definition fails the build with its message. */
  List<GeneratedFile> render() throws MojoExecutionException, MojoFailureException {
    return generator().render(imageSet());
  }

  /** Loads the definitions and builds their image set; a bad definition fails the build with its message. */
  ImageSet imageSet() throws MojoExecutionException, MojoFailureException {
    Strategy chosen;
    try {
      chosen = Strategy.valueOf(strategy.toUpperCase(Locale.ROOT).replaceFirst("^OPTION_?", "OPTION_"));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("fks.strategy " + strategy + " is not one of OPTION_1, OPTION_2, OPTION_3");
    }
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(classpath(), getClass().getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      ImageSetDefinition definition = loader.loadClass(definitions)
          .asSubclass(ImageSetDefinition.class).getConstructor().newInstance();
      return definition.imageSet(chosen);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      Optional<DefinitionException> bad = definitionError(e);
      if (bad.isPresent()) {
        throw new MojoFailureException("Bad image definition: " + bad.get().getMessage() + "\nNothing was written.");
      }
      if (e instanceof RuntimeException runtime && !(e instanceof ClassCastException)) {
        throw runtime;
      }
      throw new MojoExecutionException("cannot load definitions class " + definitions
          + ": it must implement ImageSetDefinition and have a public no-argument constructor", e);
    } catch (java.io.IOException e) {
      throw new MojoExecutionException("cannot close the definitions class loader", e);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  Generator generator() {
    return new Generator(sourceRoot, regenerateCommand);
  }

  /** Syncs the output folder, owning only the files this generator's headers mark. */
  OutputSync outputSync() {
    return new OutputSync(outputDirectory.toPath(), generator().owner());
  }

  /**
   * The bad definition behind {@code failure}, if any. Definitions are often static constants, so
   * their errors arrive wrapped in initializer errors.
   */
  static Optional<DefinitionException> definitionError(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof DefinitionException bad) {
        return Optional.of(bad);
      }
    }
    return Optional.empty();
  }

  private URL[] classpath() throws MojoExecutionException {
    try {
      List<URL> urls = new ArrayList<>();
      for (String element : project.getCompileClasspathElements()) {
        urls.add(new File(element).toURI().toURL());
      }
      return urls.toArray(URL[]::new);
    } catch (DependencyResolutionRequiredException | MalformedURLException e) {
      throw new MojoExecutionException("cannot read the project's classpath", e);
    }
  }
}
