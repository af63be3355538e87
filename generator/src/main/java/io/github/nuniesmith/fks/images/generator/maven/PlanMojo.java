package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.generator.RelativePath;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import io.github.nuniesmith.fks.images.generator.plan.Change;
import io.github.nuniesmith.fks.images.generator.plan.ChangedFiles;
import io.github.nuniesmith.fks.images.generator.plan.GitRange;
import io.github.nuniesmith.fks.images.generator.plan.RebuildPlan;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints the images to rebuild, in build order with a reason each, for the changes named with
 * {@code -Dfks.changed=langchain,ml} and/or found by git since {@code -Dfks.since=origin/main}.
 */
@Mojo(name = "plan", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class PlanMojo extends ImagesMojo {
  /** Packages, pins or images that changed, comma-separated, e.g. langchain or ta-lib,ml. */
  @Parameter(property = "fks.changed")
  String changed;

  /** A git revision, e.g. origin/main: what the work tree changed since the branch left it. */
  @Parameter(property = "fks.since")
  String since;

  /**
   * A Markdown file to append the plan to, e.g. {@code $GITHUB_STEP_SUMMARY} in CI; not written when
   * unset.
   */
  @Parameter(property = "fks.plan.summary")
  File summary;

  /** The definitions' source root, to tell which images a changed class defines. */
  @Parameter(defaultValue = "${project.build.sourceDirectory}", readonly = true)
  File sourceDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (blank(changed) && blank(since)) {
      throw new MojoFailureException("Say what changed: -Dfks.changed=langchain (packages, pins or images,"
          + " comma-separated) or -Dfks.since=origin/main (a git revision)");
    }
    ImageSet set = imageSet();
    RepositoryLayout layout = layout();
    try {
      List<Change> changes = new ArrayList<>();
      if (!blank(changed)) {
        for (String name : changed.split(",")) {
          if (!name.isBlank()) {
            changes.add(new Change.Named(name.strip()));
          }
        }
      }
      if (!blank(since)) {
        GitRange range = GitRange.since(project.getBasedir().toPath(), since);
        // Git names changed files from its top folder; the workflow's path filters, from repositoryRoot.
        if (!relative(range.root(), repositoryRoot).isEmpty()) {
          throw new MojoFailureException("git's top folder " + range.root() + " is not the repository root "
              + repositoryRoot + " that the workflow names paths from: set repositoryRoot to git's top folder");
        }
        ChangedFiles files = new ChangedFiles(relative(range.root(), pinsDirectory),
            relative(range.root(), sourceDirectory), layout);
        changes.addAll(files.changes(set, range.changedFiles(), range::before, range::after));
      }
      RebuildPlan rebuild = RebuildPlan.of(set, layout, changes);
      String plan = rebuild.format() + rebuild.contentTags(set, generator().contentTags(set, contextFiles(set)));
      plan.lines().forEach(getLog()::info);
      if (summary != null) {
        append(summary, "## Rebuild plan\n\n```\n" + plan + "```\n");
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
  }

  private static void append(File file, String markdown) throws MojoExecutionException {
    try {
      Files.writeString(file.toPath(), markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot append the plan to " + file + ": " + e.getMessage(), e);
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** {@code folder} from the repository root, {@code /}-separated. */
  private static String relative(Path root, File folder) throws MojoExecutionException {
    try {
      Path path = folder.toPath().toAbsolutePath().normalize();
      Path real = Files.exists(path) ? path.toRealPath() : path;
      return RelativePath.shown(root.toRealPath(), real);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot resolve " + folder, e);
    }
  }
}
