package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.generator.ContextDrift;
import io.github.nuniesmith.fks.images.generator.Drift;
import io.github.nuniesmith.fks.images.generator.FileSnapshot;
import io.github.nuniesmith.fks.images.generator.RelativePath;
import io.github.nuniesmith.fks.images.generator.WriteNotUndone;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes the generated files: everything is rendered first, then only what changed is written, all
 * or nothing. Files edited by hand since they were generated are left alone unless forced. What a
 * service's build context lacks is created from its starter files, in the same all-or-nothing write;
 * a context's existing files are never touched. A run whose inputs and outputs all match the stamp
 * the last successful run left in the module's build folder does no work and logs what that run
 * would log again ({@link GenerateStamp}).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class GenerateMojo extends ImagesMojo {
  /** The stamp's file name, in the module's build folder. */
  static final String STAMP = "fks-images-generate.stamp";
  /** What a run that changes nothing logs between its lines about the definitions and about the contexts. */
  static final String UP_TO_DATE = "fks-images: generated files are up to date";

  /** Overwrite or delete generated files even where they were edited by hand, discarding the edits; never skips. */
  @Parameter(property = "fks.force", defaultValue = "false")
  boolean force;

  /** The plugin's own classpath (the plugin, the DSL, FreeMarker and the rest): an input of every run. */
  @Parameter(defaultValue = "${plugin.artifacts}", readonly = true)
  List<Artifact> pluginArtifacts = List.of();

  /** The plugin's version: a stamp that another version wrote is ignored. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  /** The local repository, whose released jars count by path, size and time rather than by content. */
  @Parameter(defaultValue = "${settings.localRepository}", readonly = true)
  String localRepository;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    long start = System.nanoTime();
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    Optional<Path> stampFile = Optional.ofNullable(project.getBuild().getDirectory())
        .map(folder -> Path.of(folder, STAMP));
    SortedMap<String, String> parameters = parameters();
    List<FileSnapshot.Root> inputs = inputs();
    Optional<GenerateStamp> previous = stampFile.flatMap(file -> GenerateStamp.read(file, pluginVersion));
    if (!force && previous.isPresent() && skipped(previous.get(), stampFile.get(), parameters, inputs)) {
      took(start, cpu, "checking the stamp included");
      return;
    }
    try {
      // Any doubt does all the work: a stamp that a failed run leaves behind must not vouch for anything.
      if (stampFile.isPresent()) {
        Files.deleteIfExists(stampFile.get());
      }
      Optional<FileSnapshot> before = FileSnapshot.take(inputs, previous.map(GenerateStamp::files)
          .orElse(FileSnapshot.NONE));
      Log console = getLog();
      RecordingLog recording = new RecordingLog(console);
      Rendered rendered;
      setLog(recording);
      try {
        rendered = render();
      } finally {
        setLog(console);
      }
      ContextDrift contexts = rendered.contexts().compare();
      OutputFolder.Written result = OutputFolder.write(rendered.folders(), rendered.contexts(), force, getLog()::info);
      Drift written = result.drift();
      List<String> created = result.created();
      if (written.isClean() && created.isEmpty()) {
        getLog().info(UP_TO_DATE);
      }
      written.missing().forEach(p -> getLog().info("fks-images: created " + p));
      written.changed().forEach(p -> getLog().info("fks-images: updated " + p));
      written.extra().forEach(p -> getLog().info("fks-images: deleted " + p));
      written.edited().forEach(p -> getLog().warn("fks-images: discarded the hand edits of " + p));
      created.forEach(p -> getLog().info("fks-images: created "
          + p + ", a starter file of its service's build context: edit it freely, generate never changes it"));
      List<GenerateStamp.Line> warnings = new ArrayList<>();
      contexts.withoutStarter().forEach(p -> warnings.add(new GenerateStamp.Line("warn", "fks-images: " + p
          + " is missing and its service gives no starter file for it: create it")));
      if (rendered.ownsContexts()) {
        contexts.orphanWarnings().forEach(w -> warnings.add(new GenerateStamp.Line("warn", "fks-images: " + w)));
      }
      warnings.forEach(line -> RecordingLog.replay(getLog(), line));
      // Starter files just created are read by the next run's content tags, not by this one's: no stamp.
      if (stampFile.isPresent() && before.isPresent() && recording.replayable() && created.isEmpty()) {
        // What the next run logs if nothing changes: this run's lines about the definitions, none about writing.
        List<GenerateStamp.Line> log = new ArrayList<>(recording.lines());
        log.add(new GenerateStamp.Line("info", UP_TO_DATE));
        log.addAll(warnings);
        List<Path> outputs = rendered.folders().stream().map(OutputFolder::folder).toList();
        FileSnapshot.take(outputs.stream().map(FileSnapshot.Root::of).toList(), previous.map(GenerateStamp::files)
            .orElse(FileSnapshot.NONE)).ifPresent(after -> stamp(stampFile.get(),
                new GenerateStamp(parameters, outputs, before.get().with(after), log)));
      }
      took(start, cpu, "loading the definitions included");
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (WriteNotUndone e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException(e.getMessage() + "\nThe generated files were left as they were.", e);
    }
  }

  /**
   * Whether {@code stamp}, read from {@code file}, vouches for this run: the same parameters, and every
   * input and output as it was. Then it logs what the stamped run logged, and that it skipped.
   */
  private boolean skipped(GenerateStamp stamp, Path file, SortedMap<String, String> parameters,
      List<FileSnapshot.Root> inputs) {
    if (!stamp.parameters().equals(parameters)) {
      return false;
    }
    List<FileSnapshot.Root> roots = new ArrayList<>(inputs);
    stamp.outputs().forEach(folder -> roots.add(FileSnapshot.Root.of(folder)));
    Optional<FileSnapshot> now = FileSnapshot.take(roots, stamp.files());
    if (now.isEmpty() || !now.get().sameContent(stamp.files())) {
      return false;
    }
    stamp.log().forEach(line -> RecordingLog.replay(getLog(), line));
    getLog().info("fks-images: skipped generating: nothing it reads or writes changed since its last run (stamp "
        + RelativePath.shown(repositoryRoot.toPath().toAbsolutePath().normalize(), file) + "); -Dfks.force=true"
        + " runs it anyway");
    if (now.get().unsettled() < stamp.files().unsettled()) {
      // Files that changed just before the stamp, read again to confirm them, need not be next time.
      stamp(file, new GenerateStamp(parameters, stamp.outputs(), now.get(), stamp.log()));
    }
    return true;
  }

  /** Writes {@code stamp} to {@code file}; a stamp that cannot be written costs the next run its skip, nothing else. */
  private void stamp(Path file, GenerateStamp stamp) {
    try {
      stamp.write(file, pluginVersion);
    } catch (UncheckedIOException e) {
      getLog().debug("fks-images: no stamp, the next run does all its work: " + e.getMessage());
    }
  }

  /**
   * Everything the generation reads besides files: every field of this goal (its parameters, one added
   * later included, with no second list to keep), the classpath's order, the source folders, the
   * {@code fks.*} system properties (which the definitions may read) and the Java version.
   */
  SortedMap<String, String> parameters() throws MojoExecutionException {
    SortedMap<String, String> parameters = new TreeMap<>();
    for (Class<?> type = getClass(); type != AbstractMojo.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic() && field.getType() != MavenProject.class
            && field.trySetAccessible()) {
          try {
            parameters.put("field " + field.getName(), String.valueOf(field.get(this)));
          } catch (IllegalAccessException e) {
            throw new MojoExecutionException("cannot read the parameter " + field.getName(), e);
          }
        }
      }
    }
    parameters.put("classpath", String.join(File.pathSeparator, classpathElements()));
    parameters.put("sources", project.getCompileSourceRoots() + " " + project.getTestCompileSourceRoots());
    System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("fks."))
        .forEach(name -> parameters.put("property " + name, System.getProperty(name)));
    parameters.put("java", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version"));
    return parameters;
  }

  /**
   * The files the generation reads: the definitions' classpath, the plugin's own, the pin catalog and
   * the services' build contexts (what they hold, lack, and their folders without a service). The
   * output folders, where the base images' contexts are too, come from the stamp.
   */
  List<FileSnapshot.Root> inputs() throws MojoExecutionException {
    Set<File> releases = new HashSet<>();
    List<Artifact> artifacts = new ArrayList<>(project.getArtifacts());
    artifacts.addAll(pluginArtifacts);
    for (Artifact artifact : artifacts) {
      if (!artifact.isSnapshot() && artifact.getFile() != null && localRepository != null
          && artifact.getFile().toPath().startsWith(Path.of(localRepository))) {
        releases.add(artifact.getFile());
      }
    }
    List<FileSnapshot.Root> roots = new ArrayList<>();
    for (String element : classpathElements()) {
      roots.add(new FileSnapshot.Root(Path.of(element), releases.contains(new File(element))));
    }
    for (Artifact artifact : pluginArtifacts) {
      if (artifact.getFile() != null) {
        roots.add(new FileSnapshot.Root(artifact.getFile().toPath(), releases.contains(artifact.getFile())));
      }
    }
    if (pinsDirectory != null) {
      roots.add(FileSnapshot.Root.of(pinsDirectory.toPath()));
    }
    roots.add(FileSnapshot.Root.of(repositoryRoot.toPath().resolve(serviceContexts)));
    return roots;
  }

  /** Logs how long our part took, beside Maven's start-up: issue 14 wants a no-op generate under 100 ms of it. */
  private void took(long start, long cpu, String what) {
    getLog().info(String.format(Locale.ROOT, "fks-images: generate took %d ms (%d ms of CPU on Maven's thread), %s",
        (System.nanoTime() - start) / 1_000_000,
        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000, what));
  }
}
