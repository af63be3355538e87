package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.generator.ContextDrift;
import io.github.nuniesmith.fks.images.generator.Drift;
import io.github.nuniesmith.fks.images.generator.WriteNotUndone;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the generated files: everything is rendered first, then only what changed is written, all
 * or nothing. Files edited by hand since they were generated are left alone unless forced. What a
 * service's build context lacks is created from its starter files, in the same all-or-nothing write;
 * a context's existing files are never touched.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class GenerateMojo extends ImagesMojo {
  /** Overwrite or delete generated files even where they were edited by hand, discarding the edits. */
  @Parameter(property = "fks.force", defaultValue = "false")
  boolean force;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    long start = System.nanoTime();
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    try {
      Rendered rendered = render();
      ContextDrift contexts = rendered.contexts().compare();
      OutputFolder.Written result = OutputFolder.write(rendered.folders(), rendered.contexts(), force, getLog()::info);
      Drift written = result.drift();
      List<String> created = result.created();
      if (written.isClean() && created.isEmpty()) {
        getLog().info("fks-images: generated files are up to date");
      }
      written.missing().forEach(p -> getLog().info("fks-images: created " + p));
      written.changed().forEach(p -> getLog().info("fks-images: updated " + p));
      written.extra().forEach(p -> getLog().info("fks-images: deleted " + p));
      written.edited().forEach(p -> getLog().warn("fks-images: discarded the hand edits of " + p));
      created.forEach(p -> getLog().info("fks-images: created "
          + p + ", a starter file of its service's build context: edit it freely, generate never changes it"));
      contexts.withoutStarter().forEach(p -> getLog().warn("fks-images: " + p
          + " is missing and its service gives no starter file for it: create it"));
      if (rendered.ownsContexts()) {
        contexts.orphanWarnings().forEach(w -> getLog().warn("fks-images: " + w));
      }
      // How long our part took, beside Maven's start-up: issue 14 wants a no-op generate under 100 ms of it.
      getLog().info(String.format(Locale.ROOT, "fks-images: generate took %d ms (%d ms of CPU), loading the"
          + " definitions included", (System.nanoTime() - start) / 1_000_000,
          (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000));
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (WriteNotUndone e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage() + "\nThe generated files were left as they were.", e);
    }
  }
}
