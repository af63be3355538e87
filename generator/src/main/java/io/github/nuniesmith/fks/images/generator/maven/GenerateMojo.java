package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.generator.Drift;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Writes the generated files: everything is rendered first, then only what changed is written. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class GenerateMojo extends ImagesMojo {
  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    try {
      Drift written = OutputFolder.write(render());
      if (written.isClean()) {
        getLog().info("fks-images: generated files are up to date");
      }
      written.missing().forEach(p -> getLog().info("fks-images: created " + p));
      written.changed().forEach(p -> getLog().info("fks-images: updated " + p));
      written.extra().forEach(p -> getLog().info("fks-images: deleted " + p));
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }
}
