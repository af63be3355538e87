package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.generator.ContextDrift;
import io.github.nuniesmith.fks.images.generator.Drift;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails when the committed files differ from what the definitions render: one message for all
 * files, with a capped diff and the command that fixes it. Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class CheckMojo extends ImagesMojo {
  /**
   * The command the report tells to run, with the force switch added when a file was edited by hand;
   * -B keeps Maven's output plain in build logs.
   */
  @Parameter(defaultValue = "./mvnw -B -Pgenerate")
  String fixCommand;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Rendered rendered;
    Drift drift;
    ContextDrift contexts;
    String fix = destination().command(fixCommand);
    try {
      rendered = render();
      OutputFolder.refuseLeftovers(rendered.folders(), rendered.contexts(), fix);
      drift = OutputFolder.compare(rendered.folders());
      contexts = rendered.contexts().compare();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    if (rendered.ownsContexts()) {
      contexts.orphanWarnings().forEach(w -> getLog().warn("fks-images: " + w));
    }
    if (!drift.isClean() || !contexts.isClean()) {
      throw new MojoFailureException((drift.isClean() ? "" : drift.report(fix))
          + (contexts.isClean() ? "" : contexts.report(fix)));
    }
    getLog().info("fks-images: generated files match their definitions");
  }
}
