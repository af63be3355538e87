package io.github.nuniesmith.fks.images.dsl.blocks;

import io.github.nuniesmith.fks.images.dsl.AbsolutePath;
import io.github.nuniesmith.fks.images.dsl.AptInstall;
import io.github.nuniesmith.fks.images.dsl.Checks;
import io.github.nuniesmith.fks.images.dsl.ContextPath;
import io.github.nuniesmith.fks.images.dsl.Env;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageRef;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Suppression;
import io.github.nuniesmith.fks.images.dsl.Target;
import io.github.nuniesmith.fks.images.dsl.VirtualEnv;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A base image of the hierarchy, e.g. the CPU base: its own packages on top of its parent's. Each
 * tier publishes two targets: {@code builder} (compilers and headers, for building services) and
 * {@code runtime} (only what running needs). Its Python packages live in a virtual environment of
 * its own, {@code /opt/fks/<name>}, that sees the environments of the tiers below it.
 *
 * @param role the part the tier plays, for {@link Strategy}
 * @param name short name, e.g. {@code ml}; also the environment's folder name
 * @param dockerfile where its Dockerfile goes, relative to the output folder
 * @param definedIn the Java class that defines it
 * @param python the root's Python image and version; empty for a tier with a parent
 * @param parent the tier below; empty for the root
 * @param image the moving tag of its builder target, e.g. {@code nuniesmith/fks:docker-ml}
 * @param version its semantic version, e.g. {@code 1.0.0}
 * @param buildPackages apt packages for building (builder target only)
 * @param runtimePackages apt packages for running (both targets)
 * @param sourceBuilds native libraries built from source
 * @param pipInstalls Python installs, in order
 * @param labels extra labels on both targets
 * @param suppressions lint rules turned off for the tier's image, with reasons
 */
public record Tier(
    TierRole role,
    String name,
    ContextPath dockerfile,
    String definedIn,
    Optional<PythonBase> python,
    Optional<Tier> parent,
    ImageRef image,
    String version,
    List<String> buildPackages,
    List<String> runtimePackages,
    List<SourceBuild> sourceBuilds,
    List<PipInstall> pipInstalls,
    Map<String, String> labels,
    List<Suppression> suppressions) {

  /**
   * The Python image at the root of the hierarchy.
   *
   * @param version {@code major.minor}, e.g. {@code 3.12}
   * @param image the image, e.g. {@code python:3.12-slim-trixie}
   * @param buildArg the build argument that can replace it, e.g. {@code PYTHON_IMAGE}
   */
  public record PythonBase(String version, ImageRef image, String buildArg) {
    /** Validates that the image's tag is of this Python version. */
    public PythonBase {
      Checks.matches(version, VirtualEnv.PYTHON_VERSION,
          "python version", "use major.minor such as 3.12");
      Checks.notNull(image, "python image");
      Checks.check(image.tag().startsWith(version + "-") || image.tag().startsWith(version + ".")
              || image.tag().equals(version),
          "python image %s is not Python %s: use a tag that starts with %s", image, version, version);
      Checks.matches(buildArg, Env.NAME, "build argument", "use letters, digits and _");
    }
  }

  /** Validates each field; graph-wide rules are checked by {@link ImageSet}. */
  public Tier {
    Checks.notNull(role, "tier role");
    checkName(name);
    validate(name, dockerfile, python, parent, image, version, Checks.notNull(sourceBuilds, "source builds"));
    List<String> build = buildPackages;
    List<String> run = runtimePackages;
    buildPackages = Checks.within("tier " + name,
        () -> Checks.within("build packages", () -> sortedPackages(build, "build packages")));
    runtimePackages = Checks.within("tier " + name,
        () -> Checks.within("runtime packages", () -> sortedPackages(run, "runtime packages")));
    sourceBuilds = List.copyOf(Checks.notNull(sourceBuilds, "source builds"));
    pipInstalls = List.copyOf(Checks.notNull(pipInstalls, "pip installs"));
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(labels, "labels")));
    for (String key : labels.keySet()) {
      Checks.within("tier " + name, () -> Checks.check(!TierLayout.TIER_LABELS.contains(key),
          "label %s is set by the generator from the tier's tag, version and parent: remove it",
          Checks.quoted(key)));
    }
    List<Suppression> given = suppressions;
    suppressions = Checks.within("tier " + name, () -> Suppression.distinct(given));
  }

  private static void validate(String tier, ContextPath dockerfile, Optional<PythonBase> python,
      Optional<Tier> parent, ImageRef image, String version, List<SourceBuild> sourceBuilds) {
    Checks.within("tier " + tier, () -> {
      Checks.notNull(dockerfile, "dockerfile");
      Checks.notNull(python, "python");
      Checks.notNull(parent, "parent");
      Checks.check(python.isPresent() != parent.isPresent(),
          python.isPresent() ? "has both a Python image and a parent tier: keep one"
              : "has neither a Python image nor a parent tier:"
                  + " call python(...), or start it with Tier.on(parent, ...)");
      Checks.notNull(image, "image tag");
      Checks.check(image.digest().isEmpty(), "image tag %s has a digest: publish by tag", image);
      Target.of("builder", image, version);
      Set<String> stages = new HashSet<>();
      for (SourceBuild build : sourceBuilds) {
        Checks.check(stages.add(build.stageName()),
            "has two source builds in stage %s: give them names that differ in more than . _ -",
            Checks.quoted(build.stageName()));
      }
    });
  }

  /** A tier's name names its folders and default Dockerfile too, so it is checked before them. */
  private static void checkName(String name) {
    Checks.matches(name, Image.NAME, "tier name", "use lowercase letters, digits and -");
    Checks.check(!name.equals(TierLayout.SERVICE_ENVIRONMENT_NAME),
        "tier name 'service' is reserved for the folder of a service's own packages: choose another");
  }

  /** Starts the root tier, on a Python image. */
  public static Builder root(TierRole role, String name, Class<?> definedIn) {
    return new Builder(role, name, definedIn.getName());
  }

  /** Starts a tier on top of {@code parent}. */
  public static Builder on(Tier parent, TierRole role, String name, Class<?> definedIn) {
    Builder b = new Builder(role, name, definedIn.getName());
    b.parent = Checks.notNull(parent, "parent tier");
    return b;
  }

  /** The folder of this tier's virtual environment. */
  public AbsolutePath environment() {
    return TierLayout.environment(name);
  }

  /** The root of this tier's hierarchy. */
  public Tier root() {
    return parent.map(Tier::root).orElse(this);
  }

  /** This tier and the tiers below it, nearest first. */
  public List<Tier> lineage() {
    List<Tier> out = new ArrayList<>();
    for (Optional<Tier> t = Optional.of(this); t.isPresent(); t = t.get().parent()) {
      out.add(t.get());
    }
    return out;
  }

  /** How many tiers lie below this one. */
  public int depth() {
    return lineage().size() - 1;
  }

  /** The target that services build in. */
  public Target builderTarget() {
    return Target.of("builder", image, version);
  }

  /** The target that services run on. */
  public Target runtimeTarget() {
    return Target.of("runtime", image.withTag(image.tag() + "-runtime"), version);
  }

  Tier withParent(Tier newParent) {
    return new Tier(role, name, dockerfile, definedIn, Optional.empty(), Optional.of(newParent), image,
        version, buildPackages, runtimePackages, sourceBuilds, pipInstalls, labels, suppressions);
  }

  /**
   * This tier with {@code lower}'s packages folded in below its own, on {@code newParent}. Where
   * both install a package, this tier's requirement wins and its install takes the place of the
   * lower one, so that later installs see it and pull no other build (torch +cu128, not +cpu).
   */
  Tier mergedOnto(Tier lower, Tier newParent) {
    List<PipInstall> pending = new ArrayList<>(pipInstalls);
    List<PipInstall> installs = new ArrayList<>();
    for (PipInstall install : lower.pipInstalls()) {
      List<PipRequirement> kept = new ArrayList<>();
      for (PipRequirement r : install.requirements()) {
        Optional<PipInstall> replacement = pipInstalls.stream()
            .filter(i -> i.requirements().stream().anyMatch(o -> o.canonicalName().equals(r.canonicalName())))
            .findFirst();
        if (replacement.isEmpty()) {
          kept.add(r);
        } else if (pending.remove(replacement.get())) {
          installs.add(replacement.get());
        }
      }
      if (!kept.isEmpty() || install.requirementsFile().isPresent()) {
        installs.add(install.withRequirements(kept));
      }
    }
    installs.addAll(pending);
    List<SourceBuild> builds = new ArrayList<>(lower.sourceBuilds());
    builds.addAll(sourceBuilds);
    Map<String, String> allLabels = new LinkedHashMap<>(lower.labels());
    allLabels.putAll(labels);
    return new Tier(role, name, dockerfile, definedIn, Optional.empty(), Optional.of(newParent), image,
        version, merged(lower.buildPackages(), buildPackages),
        merged(lower.runtimePackages(), runtimePackages), builds, installs, allLabels,
        mergedSuppressions(lower.suppressions(), suppressions));
  }

  /** This tier's suppressions, and those of {@code lower} for rules this tier does not suppress. */
  private static List<Suppression> mergedSuppressions(List<Suppression> lower, List<Suppression> own) {
    List<Suppression> all = new ArrayList<>(own);
    lower.stream().filter(l -> own.stream().noneMatch(o -> o.rule() == l.rule())).forEach(all::add);
    return all;
  }

  /** The union of two package lists, sorted. */
  static List<String> merged(List<String> a, List<String> b) {
    TreeSet<String> all = new TreeSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static List<String> sortedPackages(List<String> packages, String what) {
    Checks.notNull(packages, what);
    return packages.isEmpty() ? List.of() : new AptInstall(packages).packages();
  }

  /** Builds a {@link Tier}; errors name the tier and the field. */
  public static final class Builder {
    private final TierRole role;
    private final String name;
    private final String definedIn;
    private String dockerfile;
    private PythonBase python;
    private Tier parent;
    private ImageRef image;
    private String version;
    private final List<String> buildPackages = new ArrayList<>();
    private final List<String> runtimePackages = new ArrayList<>();
    private final List<SourceBuild> sourceBuilds = new ArrayList<>();
    private final List<PipInstall> pipInstalls = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<Suppression> suppressions = new ArrayList<>();

    private Builder(TierRole role, String name, String definedIn) {
      checkName(name);
      this.role = role;
      this.name = name;
      this.definedIn = definedIn;
    }

    /** Writes the Dockerfile to {@code path}, relative to the output folder. */
    public Builder dockerfile(String path) {
      this.dockerfile = path;
      return this;
    }

    /**
     * Builds on the Python image {@code image} of version {@code version}, replaceable at build
     * time with {@code --build-arg PYTHON_IMAGE=...}. Root tier only.
     */
    public Builder python(String version, String image) {
      python = within("python", () -> new PythonBase(version, ImageRef.parse(image), "PYTHON_IMAGE"));
      return this;
    }

    /** Publishes the builder target as {@code image} (a moving tag) and {@code image-v<version>}. */
    public Builder publishAs(String image, String version) {
      this.image = within("image", () -> ImageRef.parse(image));
      this.version = version;
      return this;
    }

    /** Adds apt packages needed only to build. */
    public Builder buildPackages(String... packages) {
      buildPackages.addAll(within("build packages", () -> Checks.asList(packages, "build packages")));
      return this;
    }

    /** Adds apt packages needed at run time. */
    public Builder runtimePackages(String... packages) {
      runtimePackages.addAll(within("runtime packages", () -> Checks.asList(packages, "runtime packages")));
      return this;
    }

    /** Adds a native library built from source. */
    public Builder sourceBuild(SourceBuild build) {
      sourceBuilds.add(within("source build", () -> Checks.notNull(build, "source build")));
      return this;
    }

    /** Adds a pip install from PyPI of {@code requirements}, with the pip cache. */
    public Builder pip(String... requirements) {
      pipInstalls.add(within("pip install", () -> PipInstall.of(requirements)));
      return this;
    }

    /** Adds a pip install from PyPI of parsed requirements, e.g. a version catalog's, with the pip cache. */
    public Builder pip(PipRequirement first, PipRequirement... more) {
      pipInstalls.add(within("pip install", () -> PipInstall.builder(first, more).build()));
      return this;
    }

    /** Adds a pip install, e.g. one from the PyTorch index, built here so that its errors name this tier. */
    public Builder pip(PipInstall.Builder install) {
      pipInstalls.add(within("pip install", () -> Checks.notNull(install, "pip install").build()));
      return this;
    }

    /** Adds a pip install built elsewhere, e.g. one from the PyTorch index. */
    public Builder pip(PipInstall install) {
      pipInstalls.add(within("pip install", () -> Checks.notNull(install, "pip install")));
      return this;
    }

    /** Adds a label to both targets. */
    public Builder label(String key, String value) {
      within("label " + key, () -> TierLayout.literalLabels(java.util.Collections.singletonMap(key, value)));
      labels.put(key, value);
      return this;
    }

    /** Turns off the lint rule {@code ruleId} for this tier's image, because of {@code reason}. */
    public Builder suppress(String ruleId, String reason) {
      suppressions.add(within("suppress", () -> Suppression.of(ruleId, reason)));
      return this;
    }

    /** The tier. */
    public Tier build() {
      String path = dockerfile == null ? "docker/Dockerfile." + name : dockerfile;
      return new Tier(role, name, within("dockerfile", () -> ContextPath.of(path)), definedIn,
          Optional.ofNullable(python), Optional.ofNullable(parent),
          within("image", () -> Checks.notNull(image, "image tag (call publishAs)")),
          version, buildPackages, runtimePackages, sourceBuilds, pipInstalls, labels, suppressions);
    }

    private <T> T within(String what, java.util.function.Supplier<T> body) {
      return Checks.within("tier " + name, () -> Checks.within(what, body));
    }
  }
}
