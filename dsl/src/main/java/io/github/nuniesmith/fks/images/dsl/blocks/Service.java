package io.github.nuniesmith.fks.images.dsl.blocks;

import io.github.nuniesmith.fks.images.dsl.AptInstall;
import io.github.nuniesmith.fks.images.dsl.Checks;
import io.github.nuniesmith.fks.images.dsl.Cmd;
import io.github.nuniesmith.fks.images.dsl.ContextPath;
import io.github.nuniesmith.fks.images.dsl.Healthcheck;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.Port;
import io.github.nuniesmith.fks.images.dsl.Suppression;
import io.github.nuniesmith.fks.images.dsl.UserSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A service image: built on a tier's {@code builder} target, run on its {@code runtime} target. Its
 * own packages go into a virtual environment of its own that sees the tier's, so the runtime image
 * adds only the service's packages and code to layers every service of the tier shares.
 *
 * @param name the service's name; also its folder under {@code services/}
 * @param tier the tier it builds on
 * @param definedIn the Java class that defines it
 * @param requirements its requirements file, relative to its build context, if it has one
 * @param pip its own Python packages, installed into its environment before its requirements file
 * @param sources folders or files of its code, relative to its build context, copied to /app
 * @param starterFiles what a new build context starts with, sorted by path, each at or under a path
 *     its Dockerfile copies; a copied path without one is left for a person to create
 * @param ports ports it listens on
 * @param command its exec-form command
 * @param healthcheck how to tell it is healthy
 * @param user the numeric non-root user it runs as
 * @param buildPackages apt packages needed to build its Python packages (builder stage only)
 * @param runtimePackages apt packages it needs at run time
 * @param labels extra labels, in the order given
 * @param index the package index its own packages and requirements file are installed from
 * @param suppressions lint rules turned off for the service's image, with reasons
 */
public record Service(
    String name,
    Tier tier,
    String definedIn,
    Optional<ContextPath> requirements,
    List<PipRequirement> pip,
    List<ContextPath> sources,
    List<StarterFile> starterFiles,
    List<Port> ports,
    List<String> command,
    Healthcheck healthcheck,
    UserSpec user,
    List<String> buildPackages,
    List<String> runtimePackages,
    Map<String, String> labels,
    PackageIndex index,
    List<Suppression> suppressions) {
  /** What a service copies when it names no source. */
  private static final List<ContextPath> DEFAULT_SOURCES = List.of(ContextPath.of("src"));

  /** Validates each field. */
  public Service {
    Checks.matches(name, Image.NAME, "service name",
        "use up to 40 lowercase letters, digits and -, starting with a letter; it becomes a folder name");
    String where = "service " + name;
    validate(where, tier, requirements, sources, ports, command, healthcheck, user, buildPackages,
        runtimePackages, labels, index);
    sources = List.copyOf(sources);
    List<PipRequirement> own = pip;
    pip = Checks.within(where, () -> Checks.within("pip", () -> ownPackages(own, index)));
    List<ContextPath> copied = copied(requirements, sources);
    List<StarterFile> starters = starterFiles;
    starterFiles = Checks.within(where, () -> Checks.within("starter files",
        () -> sortedStarters(starters, copied)));
    ports = List.copyOf(ports);
    command = List.copyOf(command);
    buildPackages = List.copyOf(buildPackages);
    runtimePackages = List.copyOf(runtimePackages);
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    List<Suppression> given = suppressions;
    suppressions = Checks.within(where, () -> Suppression.distinct(given));
  }

  private static void validate(String where, Tier tier, Optional<ContextPath> requirements,
      List<ContextPath> sources, List<Port> ports, List<String> command, Healthcheck healthcheck,
      UserSpec user, List<String> buildPackages, List<String> runtimePackages, Map<String, String> labels,
      PackageIndex index) {
    Checks.within(where, () -> {
      Checks.notNull(tier, "tier");
      Checks.notNull(requirements, "requirements file");
      Checks.notNull(index, "package index");
      Checks.nonEmpty(sources, "sources");
      Checks.notNull(ports, "ports");
      Checks.within("command", () -> new Cmd(command));
      Checks.notNull(healthcheck, "healthcheck (call healthcheck(...), or give a port for the default)");
      Checks.notNull(user, "user");
      // Each list as a whole, so that a package listed twice is found; an empty list installs nothing.
      Checks.within("build packages", () -> {
        if (!Checks.notNull(buildPackages, "build packages").isEmpty()) {
          new AptInstall(buildPackages);
        }
      });
      Checks.within("runtime packages", () -> {
        if (!Checks.notNull(runtimePackages, "runtime packages").isEmpty()) {
          new AptInstall(runtimePackages);
        }
      });
      Checks.check(new HashSet<>(ports).size() == ports.size(), "lists a port twice: keep one");
      Checks.notNull(labels, "labels");
      if (!labels.isEmpty()) {
        TierLayout.literalLabels(labels);
      }
      for (String key : labels.keySet()) {
        Checks.check(!TierLayout.SERVICE_LABELS.contains(key),
            "label %s is set by the generator from the service's name and tier: remove it", Checks.quoted(key));
      }
    });
  }

  /** Its own packages as one install would take them: no package twice, PyTorch builds from their index. */
  private static List<PipRequirement> ownPackages(List<PipRequirement> pip, PackageIndex index) {
    if (Checks.notNull(pip, "pip requirements").isEmpty()) {
      return List.of();
    }
    return new PipInstall(Checks.nonEmpty(pip, "pip requirements"), Optional.empty(), index, true, List.of())
        .requirements();
  }

  /** The starter files sorted by path, each at or under a path the Dockerfile copies. */
  private static List<StarterFile> sortedStarters(List<StarterFile> starters, List<ContextPath> copied) {
    if (Checks.notNull(starters, "starter files").isEmpty()) {
      return List.of();
    }
    Map<String, StarterFile> byPath = new TreeMap<>();
    for (StarterFile file : Checks.nonEmpty(starters, "starter files")) {
      String path = file.path().value();
      Checks.check(byPath.put(path, file) == null, "starter file %s is given twice: keep one", Checks.quoted(path));
      Checks.check(copied.stream().anyMatch(c -> isWithin(file.path(), c)),
          "starter file %s is not copied by the Dockerfile, which copies %s: put it under one of those,"
              + " or copy it with source(...)", Checks.quoted(path),
          String.join(", ", copied.stream().map(ContextPath::value).toList()));
    }
    return List.copyOf(byPath.values());
  }

  /** Whether {@code path} is {@code folder} or lies under it. */
  private static boolean isWithin(ContextPath path, ContextPath folder) {
    String f = folder.value().replaceAll("/$", "");
    String p = path.value().replaceAll("/$", "");
    return p.equals(f) || p.startsWith(f + "/");
  }

  /**
   * What its Dockerfile copies from its build context: its requirements file, if any, and its
   * sources. Its build context must hold each of them.
   */
  public List<ContextPath> copiedFromContext() {
    return copied(requirements, sources);
  }

  /** The starter files that create {@code copied}, a path its Dockerfile copies: those at or under it. */
  public List<StarterFile> starterFilesFor(ContextPath copied) {
    return starterFiles.stream().filter(f -> isWithin(f.path(), copied)).toList();
  }

  private static List<ContextPath> copied(Optional<ContextPath> requirements, List<ContextPath> sources) {
    List<ContextPath> copied = new ArrayList<>();
    requirements.ifPresent(copied::add);
    copied.addAll(sources);
    return List.copyOf(copied);
  }

  /** Starts a service named {@code name} on {@code tier}. */
  public static Builder builder(String name, Tier tier, Class<?> definedIn) {
    return new Builder(name, tier, definedIn.getName());
  }

  /** Where its Dockerfile goes, relative to the output folder. */
  public ContextPath dockerfile() {
    return ContextPath.of("services/" + name + "/Dockerfile");
  }

  /** The same service on another tier, as a strategy rewires it. */
  Service on(Tier newTier) {
    // A tier the strategy did not rewire is the same instance: no need to build and validate the service again.
    return newTier == tier ? this : new Service(name, newTier, definedIn, requirements, pip, sources, starterFiles, ports, command,
        healthcheck, user, buildPackages, runtimePackages, labels, index, suppressions);
  }

  /** Builds a {@link Service}; errors name the service and the field. */
  public static final class Builder {
    private final String name;
    /** The path segment of this service's errors. */
    private final String where;
    private final Tier tier;
    private final String definedIn;
    private ContextPath requirements;
    private final List<PipRequirement> pip = new ArrayList<>();
    private final List<ContextPath> sources = new ArrayList<>();
    private final List<StarterFile> starterFiles = new ArrayList<>();
    private final List<Port> ports = new ArrayList<>();
    private List<String> command;
    private Healthcheck healthcheck;
    private UserSpec user = TierLayout.RUNTIME_USER;
    private final List<String> buildPackages = new ArrayList<>();
    private final List<String> runtimePackages = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private PackageIndex index = PackageIndex.PYPI;
    private final List<Suppression> suppressions = new ArrayList<>();

    private Builder(String name, Tier tier, String definedIn) {
      this.name = name;
      this.where = "service " + name;
      this.tier = tier;
      this.definedIn = definedIn;
    }

    /**
     * Also installs the requirements file at {@code path}, relative to its build context, after its
     * own {@link #pip} packages; by default a service has no requirements file.
     */
    public Builder requirements(String path) {
      requirements = within("requirements", () -> ContextPath.of(path));
      return this;
    }

    /**
     * Adds its own Python packages, e.g. a version catalog's {@code Pins.Services.UVICORN}: installed
     * into its environment from its {@link #index}, with the pip cache, each rendered as one quoted word.
     */
    public Builder pip(PipRequirement first, PipRequirement... more) {
      pip.add(first);
      pip.addAll(within("pip", () -> Checks.asList(more, "pip requirements")));
      return this;
    }

    /** Adds its own Python packages, each parsed as PEP 508, e.g. {@code "uvicorn==0.30.6"}. */
    public Builder pip(String... requirements) {
      for (String r : within("pip", () -> Checks.asList(requirements, "pip requirements"))) {
        pip.add(within("pip", () -> PipRequirement.parse(r)));
      }
      return this;
    }

    /**
     * Adds a file a new build context starts with, at {@code path} relative to the context, e.g. a
     * minimal {@code src/main.py}: generate creates it where the context lacks what the Dockerfile
     * copies, and never overwrites it.
     */
    public Builder starterFile(String path, String text) {
      starterFiles.add(within("starter files", () -> new StarterFile(ContextPath.of(path), text)));
      return this;
    }

    /** Adds a folder or file of code, relative to its build context; default {@code src}. */
    public Builder source(String path) {
      sources.add(within("source", () -> ContextPath.of(path)));
      return this;
    }

    /** Adds a TCP port it listens on. */
    public Builder port(int port) {
      ports.add(within("port", () -> Port.tcp(port)));
      return this;
    }

    /** Its exec-form command, e.g. {@code "python", "-m", "fks.app"}. */
    public Builder command(String... command) {
      this.command = new ArrayList<>(within("command", () -> Checks.asList(command, "command")));
      return this;
    }

    /** How to tell it is healthy; default: HTTP GET /health on its first port. */
    public Builder healthcheck(Healthcheck healthcheck) {
      this.healthcheck = healthcheck;
      return this;
    }

    /**
     * How to tell it is healthy: the exec-form {@code command} and its timings, checked here so that
     * an error names this service.
     */
    public Builder healthcheck(List<String> command, java.time.Duration interval, java.time.Duration timeout,
        java.time.Duration startPeriod, int retries) {
      healthcheck = within("healthcheck", () -> new Healthcheck(command, interval, timeout, startPeriod, retries));
      return this;
    }

    /** Checks health with HTTP GET {@code path} on its first port, added before this call. */
    public Builder healthcheckPath(String path) {
      healthcheck = within("healthcheck", () -> {
        Checks.check(!ports.isEmpty(), "healthcheck path %s needs a port: call port(...) first",
            Checks.quote(String.valueOf(path)));
        return Healthcheck.http(ports.get(0), path);
      });
      return this;
    }

    /** The numeric non-root user it runs as, e.g. {@code "10001:10001"} (the default). */
    public Builder user(String spec) {
      user = within("user", () -> {
        UserSpec id = UserSpec.parse(spec);
        Checks.check(id.uid() != 0, "user id 0 is root: a service runs as the non-root user it creates, such as"
            + " 10001:10001");
        return id;
      });
      return this;
    }

    /** Adds apt packages needed to build its requirements. */
    public Builder buildPackages(String... packages) {
      buildPackages.addAll(within("build packages", () -> Checks.asList(packages, "build packages")));
      return this;
    }

    /** Adds apt packages it needs at run time. */
    public Builder runtimePackages(String... packages) {
      runtimePackages.addAll(within("runtime packages", () -> Checks.asList(packages, "runtime packages")));
      return this;
    }

    /** Adds a label; labels keep the order they are added in. */
    public Builder label(String key, String value) {
      labels.put(key, value);
      return this;
    }

    /** Turns off the lint rule {@code ruleId} for this service's image, because of {@code reason}. */
    public Builder suppress(String ruleId, String reason) {
      suppressions.add(within("suppress", () -> Suppression.of(ruleId, reason)));
      return this;
    }

    /** Installs its requirements from {@code index} instead of PyPI, e.g. a wheelhouse. */
    public Builder index(PackageIndex index) {
      this.index = index;
      return this;
    }

    /** The service. */
    public Service build() {
      Healthcheck check = healthcheck;
      if (check == null && !ports.isEmpty()) {
        check = Healthcheck.http(ports.get(0), "/health");
      }
      return new Service(name, tier, definedIn, Optional.ofNullable(requirements), pip,
          sources.isEmpty() ? DEFAULT_SOURCES : sources, starterFiles,
          ports, within("command", () -> Checks.notNull(command, "command (call command(...))")),
          check, user, buildPackages, runtimePackages, labels, index, suppressions);
    }

    private <T> T within(String what, java.util.function.Supplier<T> body) {
      return Checks.within(where, () -> Checks.within(what, body));
    }
  }
}
