package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.ImageSetDefinition;
import io.github.nuniesmith.fks.images.dsl.Policy;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.HierarchyDefinition;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.generator.ContextFiles;
import io.github.nuniesmith.fks.images.generator.Generation;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.OutputSync;
import io.github.nuniesmith.fks.images.generator.RelativePath;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import io.github.nuniesmith.fks.images.generator.ServiceContexts;
import io.github.nuniesmith.fks.images.generator.lint.LintPolicy;
import io.github.nuniesmith.fks.images.generator.lint.LintReport;
import io.github.nuniesmith.fks.images.generator.pins.PinCatalog;
import io.github.nuniesmith.fks.images.generator.pins.PinUsage;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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

  /**
   * The class implementing ImageSetDefinition to render, on the project's classpath; the repository's
   * own (committedDefinitions) when not given.
   */
  @Parameter(property = "fks.definitions")
  String definitions;

  /**
   * The folder that receives the generated files, relative to the repository root or absolute, inside
   * the repository; committedOutput when the repository's own definitions are rendered.
   */
  @Parameter(property = "fks.output")
  String output;

  /**
   * The repository's own ImageSetDefinition class, e.g. io.github.nuniesmith.fks.images.fks.FksImages:
   * rendered when fks.definitions is not given, and the only one that writes committedOutput and the
   * workflow folder beside it.
   */
  @Parameter
  String committedDefinitions;

  /** The folder, relative to the repository root, that the repository's own definitions are rendered into. */
  @Parameter(defaultValue = "generated")
  String committedOutput = "generated";

  /** OPTION_1 (default), OPTION_2 or OPTION_3 of the strategy document; read by a {@link HierarchyDefinition} only. */
  @Parameter(property = "fks.strategy", defaultValue = "OPTION_1")
  String strategy;

  /**
   * The lint policy, baseline or strict, instead of the one the image set chooses (strict for a set
   * built from tiers, else baseline).
   */
  @Parameter(property = "fks.policy")
  String policy;

  /**
   * The folder that receives the GitHub Actions workflow, relative to the repository root or absolute;
   * by default .github/workflows beside the output folder for a set with tiers, and none for a set
   * without. GitHub reads only the repository's .github/workflows.
   */
  @Parameter(property = "fks.workflows")
  String workflows;

  /** The repository root, from which the workflow and the bake file name paths. */
  @Parameter(defaultValue = "${project.basedir}", required = true)
  File repositoryRoot;

  /** The folder, relative to the repository root, holding one build context per service. */
  @Parameter(defaultValue = "services")
  String serviceContexts;

  /** The branch whose pushes publish images. */
  @Parameter(defaultValue = "main")
  String defaultBranch;

  /** The source folder named in file headers, relative to the repository root. */
  @Parameter(defaultValue = "src/main/java")
  String sourceRoot;

  /** The command that regenerates the files, named in file headers and drift reports. */
  @Parameter(defaultValue = "./mvnw -Pgenerate")
  String regenerateCommand;

  /** Registries base images may come from, with * globs such as *.gcr.io; none listed allows any. */
  @Parameter(property = "fks.lint.trustedRegistries", defaultValue = "docker.io")
  List<String> trustedRegistries;

  /** Whether every external base image must be pinned by digest. */
  @Parameter(property = "fks.lint.requireDigest", defaultValue = "false")
  boolean requireDigest;

  /**
   * Whether the images are rendered and linted on several threads ({@code -Dfks.parallel=true}) or
   * on Maven's thread alone, the default (see {@link Generator#parallel(boolean)}): the files, the
   * findings and the errors are the same either way.
   */
  @Parameter(property = "fks.parallel", defaultValue = "false")
  boolean parallel;

  /** The pin catalog's folder, as the pins goal reads it. */
  @Parameter(property = "fks.pins", defaultValue = "${project.basedir}/src/main/pins")
  File pinsDirectory;

  /** The pins goal's accessors class; where it is set and the folder exists, every catalog line must be read. */
  @Parameter
  String pinsClass;

  /**
   * Renders and lints the definitions into every output folder, and names the services' build
   * contexts: a bad definition, or a lint error the set's policy stops on, fails the build with its
   * message; other errors and warnings are logged. A set that publishes no image gets its Dockerfiles
   * only; a set without tiers gets no workflow unless fks.workflows names a folder.
   */
  Rendered render() throws MojoExecutionException, MojoFailureException {
    Destination destination = destination();
    // The pin catalog is the repository's own definitions' input; another set reads none of it.
    Optional<PinCatalog> catalog = destination.own() ? pinCatalog() : Optional.empty();
    return withImageSet((definition, set) -> {
      if (catalog.isPresent()) {
        checkPinsRead(catalog.get(), definition, set);
      }
      Optional<Path> workflowFolder = refused(() -> destination.workflows(set));
      RepositoryLayout layout = layout();
      Generation generation = Generation.of(set, generator(), layout, lintPolicy(), contextFiles(set));
      LintReport report = generation.report();
      if (report.stops(set.policy())) {
        throw new MojoFailureException("Lint errors in the image definitions:\n" + report.text() + "Nothing was written.");
      }
      report.findings().stream().filter(f -> !f.suppressed() && f.rule().severity() != Rule.Severity.INFO)
          .forEach(f -> getLog().warn(f.toString()));
      int errors = report.active(Rule.Severity.ERROR).size();
      if (errors > 0) {
        getLog().warn("fks-images: the " + set.policy() + " policy reports " + (errors == 1
            ? "this lint error without stopping: fix it, or suppress it with a reason"
            : "these " + errors + " lint errors without stopping: fix each, or suppress it with a reason"));
      }
      // A set that publishes nothing has no target for the bake file and no tag for IMAGES.md.
      boolean publishes = set.images().stream().anyMatch(image -> !image.targets().isEmpty());
      // Messages name the committed output's files as before; another folder's from the repository root.
      List<OutputFolder> folders = new ArrayList<>(List.of(new OutputFolder(destination.output(),
          destination.committedOutput() ? "" : shown(destination.output()), outputSync(destination.output()),
          publishes ? generation.generated() : generation.dockerfiles())));
      if (workflowFolder.isPresent()) {
        folders.add(new OutputFolder(workflowFolder.get(), shown(workflowFolder.get()),
            outputSync(workflowFolder.get()), generation.workflows()));
      } else {
        getLog().info("fks-images: no workflow for a set without tiers; -Dfks.workflows=<folder> writes one");
      }
      return new Rendered(folders, new ServiceContexts(repositoryRoot.toPath().resolve(layout.serviceContexts()),
          layout.serviceContexts(), Hierarchy.of(set).services()), destination.own());
    });
  }

  /**
   * Which definitions to render and where, as fks.definitions, fks.output and fks.workflows choose;
   * a folder the repository's own definitions or their sources keep for themselves is refused.
   */
  Destination destination() throws MojoFailureException {
    List<Path> sources = new ArrayList<>(List.of(repositoryRoot.toPath().resolve("src")));
    project.getCompileSourceRoots().forEach(root -> sources.add(Path.of(root)));
    project.getTestCompileSourceRoots().forEach(root -> sources.add(Path.of(root)));
    return refused(() -> Destination.choose(repositoryRoot.toPath(), definitions, output, workflows,
        committedDefinitions, committedOutput, sources));
  }

  /** What {@code choice} gives, its refusal failing the build with its message. */
  private static <T> T refused(Supplier<T> choice) throws MojoFailureException {
    try {
      return choice.get();
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(e.getMessage());
    }
  }

  /** The build context files of the images others build on, which their content tags hash. */
  ContextFiles contextFiles(ImageSet set) throws MojoFailureException {
    return ContextFiles.read(repositoryRoot.toPath(), set, layout());
  }

  /** The base image policy from fks.lint.trustedRegistries and fks.lint.requireDigest. */
  LintPolicy lintPolicy() throws MojoFailureException {
    try {
      return new LintPolicy(trustedRegistries == null ? List.of() : trustedRegistries, requireDigest);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("fks.lint.trustedRegistries: " + e.getMessage());
    }
  }

  /** Loads the definitions and builds their image set; a bad definition fails the build with its message. */
  ImageSet imageSet() throws MojoExecutionException, MojoFailureException {
    return withImageSet((definition, set) -> set);
  }

  /** What a goal does with the image set, while the definitions' class loader is open. */
  @FunctionalInterface
  interface ImageSetUse<T> {
    T apply(ImageSetDefinition definition, ImageSet set) throws MojoFailureException;
  }

  /** The pin catalog, where the pins goal is configured and its folder exists. */
  private Optional<PinCatalog> pinCatalog() throws MojoExecutionException, MojoFailureException {
    if (pinsClass == null || pinsDirectory == null || !pinsDirectory.isDirectory()) {
      return Optional.empty();
    }
    return Optional.of(CatalogFolder.read(CatalogFolder.texts(pinsDirectory.toPath(), repositoryRoot.toPath()),
        pinsClass));
  }

  /** Fails when a catalog line is installed by no image of any strategy. */
  private void checkPinsRead(PinCatalog catalog, ImageSetDefinition definition, ImageSet chosen)
      throws MojoFailureException {
    String pins = CatalogFolder.simpleName(pinsClass);
    List<ImageSet> sets = new ArrayList<>(List.of(chosen));
    List<String> unread = PinUsage.unread(catalog, pins, sets);
    // The other strategies are built only for lines the chosen one leaves unread: a no-op generate
    // of a set whose chosen strategy reads every pin builds one set, not three.
    if (!unread.isEmpty() && definition instanceof HierarchyDefinition hierarchy) {
      for (Strategy other : Strategy.values()) {
        if (!Hierarchy.of(chosen).strategy().equals(Optional.of(other))) {
          try {
            sets.add(hierarchy.imageSet(other));
          } catch (DefinitionException e) {
            // A strategy these definitions cannot build installs nothing; the chosen one was built.
          }
        }
      }
      unread = PinUsage.unread(catalog, pins, sets);
    }
    if (!unread.isEmpty()) {
      throw new MojoFailureException("Pins that no definition reads:\n  " + String.join("\n  ", unread)
          + "\nNothing was written.");
    }
  }

  private <T> T withImageSet(ImageSetUse<T> use) throws MojoExecutionException, MojoFailureException {
    String definitions = destination().definitions();
    Strategy chosen;
    try {
      chosen = Strategy.parse(strategy);
    } catch (DefinitionException e) {
      throw new MojoFailureException("fks.strategy: " + e.getMessage());
    }
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(classpath(), getClass().getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      ImageSetDefinition definition = load(loader, definitions);
      if (!(definition instanceof HierarchyDefinition) && chosen != Strategy.OPTION_1) {
        getLog().warn("fks-images: -Dfks.strategy is read by a HierarchyDefinition only; " + definitions
            + " has one image set and ignores it");
      }
      ImageSet set = definition instanceof HierarchyDefinition hierarchy
          ? hierarchy.imageSet(chosen) : definition.imageSet();
      return use.apply(definition, withPolicy(set));
    } catch (LinkageError | RuntimeException e) {
      Optional<DefinitionException> bad = definitionError(e);
      if (bad.isPresent()) {
        throw new MojoFailureException("Bad image definition: " + bad.get().getMessage() + "\nNothing was written.");
      }
      if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
        throw new MojoFailureException(e.getMessage() + "\nNothing was written.", e);
      }
      throw new MojoExecutionException("the definitions class " + definitions + " failed while building its"
          + " image set: " + e + "\nNothing was written.", e);
    } catch (java.io.IOException e) {
      throw new MojoExecutionException("cannot close the definitions class loader", e);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  /** {@code set} held to the policy fks.policy names, if it names one. */
  private ImageSet withPolicy(ImageSet set) throws MojoFailureException {
    if (policy == null || policy.isBlank()) {
      return set;
    }
    try {
      return set.withPolicy(Policy.parse(policy));
    } catch (DefinitionException e) {
      throw new MojoFailureException("fks.policy: " + e.getMessage());
    }
  }

  /** An instance of the class {@code name}; a name that is not such a class fails naming fks.definitions. */
  private ImageSetDefinition load(ClassLoader loader, String name) throws MojoExecutionException, MojoFailureException {
    Class<?> type;
    try {
      type = loader.loadClass(name);
    } catch (ClassNotFoundException e) {
      throw new MojoFailureException("fks.definitions: no class " + name + " on the project's classpath: give the"
          + " fully qualified name of a class in its sources or dependencies, such as com.example.Images");
    }
    if (!ImageSetDefinition.class.isAssignableFrom(type)) {
      throw new MojoFailureException("fks.definitions: " + name + " does not implement "
          + ImageSetDefinition.class.getName() + ": name a class that does");
    }
    if (Modifier.isAbstract(type.getModifiers())) {
      throw new MojoFailureException("fks.definitions: " + name + " is abstract: name a class that can be created");
    }
    try {
      return type.asSubclass(ImageSetDefinition.class).getConstructor().newInstance();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new MojoFailureException("fks.definitions: " + name + " needs to be public and to have a public"
          + " no-argument constructor, which the goals call");
    } catch (InvocationTargetException e) {
      Optional<DefinitionException> bad = definitionError(e);
      if (bad.isPresent()) {
        throw bad.get();
      }
      throw new MojoExecutionException("the definitions class " + name + " failed in its constructor: "
          + e.getCause() + "\nNothing was written.", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new MojoExecutionException("cannot create the definitions class " + name + ": " + e, e);
    }
  }

  /**
   * The generator, whose file headers name the command that regenerates them with this run's
   * properties, on as many threads as fks.parallel says.
   */
  Generator generator() throws MojoFailureException {
    return new Generator(sourceRoot, destination().command(regenerateCommand)).parallel(parallel);
  }

  /** Syncs {@code folder}, owning only the files this generator's headers mark. */
  OutputSync outputSync(Path folder) throws MojoFailureException {
    return new OutputSync(folder, generator().owner());
  }

  /** Where the output folder and the service contexts are, seen from the repository root. */
  RepositoryLayout layout() throws MojoFailureException {
    String folder = RelativePath.of(repositoryRoot.toPath(), destination().output()).orElseThrow();
    return refused(() -> new RepositoryLayout(folder, serviceContexts, defaultBranch));
  }

  /** How messages name the files of {@code folder}: from the repository root when inside it. */
  private String shown(Path folder) {
    return RelativePath.shown(repositoryRoot.toPath(), folder) + "/";
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

  /** The project's compile classpath, in order: its classes and their dependencies, where the definitions are. */
  List<String> classpathElements() throws MojoExecutionException {
    try {
      return project.getCompileClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("cannot read the project's classpath", e);
    }
  }

  private URL[] classpath() throws MojoExecutionException {
    try {
      List<URL> urls = new ArrayList<>();
      for (String element : classpathElements()) {
        urls.add(new File(element).toURI().toURL());
      }
      return urls.toArray(URL[]::new);
    } catch (MalformedURLException e) {
      throw new MojoExecutionException("cannot read the project's classpath", e);
    }
  }
}
