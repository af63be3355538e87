package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service image: built on a tier's {@code builder} target, run on its {@code runtime} target. Its
 * own packages go into a virtual environment of its own that sees the tier's, so the runtime image
 * adds only the service's packages and code to layers every service of the tier shares.
 *
 * @param name the service's name; also its folder under {@code services/}
 * @param tier the tier it builds on
 * @param definedIn the Java class that defines it
 * @param requirements its requirements file, relative to its build context
 * @param sources folders or files of its code, relative to its build context, copied to /app
 * @param ports ports it listens on
 * @param command its exec-form command
 * @param healthcheck how to tell it is healthy
 * @param user the numeric non-root user it runs as
 * @param buildPackages apt packages needed to build its requirements
 * @param runtimePackages apt packages it needs at run time
 * @param labels extra labels, in the order given
 * @param index the package index its requirements are installed from
 * @param suppressions lint rules turned off for the service's image, with reasons
 */
public record Service(
    String name,
    Tier tier,
    String definedIn,
    ContextPath requirements,
    List<ContextPath> sources,
    List<Port> ports,
    List<String> command,
    Healthcheck healthcheck,
    UserSpec user,
    List<String> buildPackages,
    List<String> runtimePackages,
    Map<String, String> labels,
    PackageIndex index,
    List<Suppression> suppressions) {

  /** Validates each field. */
  public Service {
    Checks.matches(name, Image.NAME, "service name",
        "use up to 40 lowercase letters, digits and -, starting with a letter; it becomes a folder name");
    validate(name, tier, requirements, sources, ports, command, healthcheck, user, buildPackages,
        runtimePackages, labels);
    sources = List.copyOf(sources);
    ports = List.copyOf(ports);
    command = List.copyOf(command);
    buildPackages = List.copyOf(buildPackages);
    runtimePackages = List.copyOf(runtimePackages);
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    Checks.within("service " + name, () -> Checks.notNull(index, "package index"));
    List<Suppression> given = suppressions;
    suppressions = Checks.within("service " + name, () -> Suppression.distinct(given));
  }

  private static void validate(String service, Tier tier, ContextPath requirements,
      List<ContextPath> sources, List<Port> ports, List<String> command, Healthcheck healthcheck,
      UserSpec user, List<String> buildPackages, List<String> runtimePackages, Map<String, String> labels) {
    Checks.within("service " + service, () -> {
      Checks.notNull(tier, "tier");
      Checks.notNull(requirements, "requirements file");
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
      Checks.check(ports.stream().distinct().count() == ports.size(), "lists a port twice: keep one");
      Checks.notNull(labels, "labels");
      if (!labels.isEmpty()) {
        Labels.literal(labels);
      }
      for (String key : labels.keySet()) {
        Checks.check(!TierLayout.SERVICE_LABELS.contains(key),
            "label %s is set by the generator from the service's name and tier: remove it", Checks.quote(key));
      }
    });
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
    return new Service(name, newTier, definedIn, requirements, sources, ports, command, healthcheck, user,
        buildPackages, runtimePackages, labels, index, suppressions);
  }

  /** Builds a {@link Service}; errors name the service and the field. */
  public static final class Builder {
    private final String name;
    private final Tier tier;
    private final String definedIn;
    private ContextPath requirements;
    private final List<ContextPath> sources = new ArrayList<>();
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
      this.tier = tier;
      this.definedIn = definedIn;
    }

    /** Its requirements file, relative to its build context; default {@code requirements.txt}. */
    public Builder requirements(String path) {
      requirements = within("requirements", () -> ContextPath.of(path));
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
      // Arrays.asList keeps a null argument for the check to name, where List.of would throw.
      this.command = new ArrayList<>(Arrays.asList(command));
      return this;
    }

    /** How to tell it is healthy; default: HTTP GET /health on its first port. */
    public Builder healthcheck(Healthcheck healthcheck) {
      this.healthcheck = healthcheck;
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
      user = within("user", () -> UserSpec.parse(spec));
      return this;
    }

    /** Adds apt packages needed to build its requirements. */
    public Builder buildPackages(String... packages) {
      buildPackages.addAll(Arrays.asList(packages));
      return this;
    }

    /** Adds apt packages it needs at run time. */
    public Builder runtimePackages(String... packages) {
      runtimePackages.addAll(Arrays.asList(packages));
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
      return new Service(name, tier, definedIn,
          requirements == null ? ContextPath.of("requirements.txt") : requirements,
          sources.isEmpty() ? List.of(ContextPath.of("src")) : sources,
          ports, within("command", () -> Checks.notNull(command, "command (call command(...))")),
          check, user, buildPackages, runtimePackages, labels, index, suppressions);
    }

    private <T> T within(String what, java.util.function.Supplier<T> body) {
      return Checks.within("service " + name, () -> Checks.within(what, body));
    }
  }
}
