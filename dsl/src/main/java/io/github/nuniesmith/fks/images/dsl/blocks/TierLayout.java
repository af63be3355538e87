package io.github.nuniesmith.fks.images.dsl.blocks;

import io.github.nuniesmith.fks.images.dsl.AbsolutePath;
import io.github.nuniesmith.fks.images.dsl.AptInstall;
import io.github.nuniesmith.fks.images.dsl.Checks;
import io.github.nuniesmith.fks.images.dsl.Arg;
import io.github.nuniesmith.fks.images.dsl.Cmd;
import io.github.nuniesmith.fks.images.dsl.ContextPath;
import io.github.nuniesmith.fks.images.dsl.Copy;
import io.github.nuniesmith.fks.images.dsl.CreateUser;
import io.github.nuniesmith.fks.images.dsl.Env;
import io.github.nuniesmith.fks.images.dsl.Expose;
import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Labels;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.RefreshLibraries;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import io.github.nuniesmith.fks.images.dsl.Target;
import io.github.nuniesmith.fks.images.dsl.User;
import io.github.nuniesmith.fks.images.dsl.UserSpec;
import io.github.nuniesmith.fks.images.dsl.VirtualEnv;
import io.github.nuniesmith.fks.images.dsl.Workdir;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lays out tiers and services as stages. Tier: one stage per source build, {@code builder} and
 * {@code runtime}. Service: {@code builder} on its tier's builder, {@code runtime} on its tier's
 * runtime, copying only the service's own environment and code.
 */
final class TierLayout {
  private static final AbsolutePath APP = AbsolutePath.of("/app");
  /** The folder name of a service's own packages, next to the tiers' folders. */
  static final String SERVICE_ENVIRONMENT_NAME = "service";
  private static final AbsolutePath SERVICE_ENV = environment(SERVICE_ENVIRONMENT_NAME);
  // Steps every service has: made once, since steps are immutable and validating them costs.
  private static final Env SERVICE_PATH = path(SERVICE_ENV);
  private static final Workdir IN_APP = new Workdir(APP);
  private static final Copy SERVICE_ENV_FROM_BUILDER = Copy.fromStage("builder", SERVICE_ENV.value(), SERVICE_ENV.value());
  private static final String OCI = "org.opencontainers.image.";
  /** Labels the generator sets on every tier image, from the tier's tag, version and parent. */
  static final Set<String> TIER_LABELS = Set.of(OCI + "title", OCI + "version", OCI + "base.name");
  /** Labels the generator sets on every service image, from its name and its tier. */
  static final Set<String> SERVICE_LABELS = Set.of(OCI + "title", OCI + "base.name");
  /** What a label key of a tier or service may not hold: it is one word, as generated stages write it. */
  private static final String PLAIN_KEY_REFUSED = " \t\n\u000B\f\r=\"'`\\$";
  /** The user the root runtime creates, with a home for caches; services run as it by default. */
  static final UserSpec RUNTIME_USER = UserSpec.of(10001, 10001);
  private static final User AS_RUNTIME_USER = new User(RUNTIME_USER);

  private TierLayout() {}

  /** The folder of the layer {@code name}'s own packages: every tier's and the service's. */
  static AbsolutePath environment(String name) {
    return AbsolutePath.of("/opt/fks/" + name);
  }

  /** The image of {@code tier}, whose parent tier's image is {@code parentImage} (or empty). */
  static Image tier(Tier tier, Optional<Image> parentImage) {
    From builderFrom = parentImage.<From>map(p -> new From.Published(p, "builder"))
        .orElseGet(() -> pythonFrom(tier));
    From runtimeFrom = parentImage.<From>map(p -> new From.Published(p, "runtime"))
        .orElseGet(() -> pythonFrom(tier));
    String pythonVersion = tier.root().python().orElseThrow().version();

    List<Stage> stages = new ArrayList<>();
    for (SourceBuild build : tier.sourceBuilds()) {
      stages.add(new Stage(build.stageName(), builderFrom, List.of(build)));
    }

    List<Step> builder = new ArrayList<>();
    if (!tier.buildPackages().isEmpty() || !tier.runtimePackages().isEmpty()) {
      builder.add(new AptInstall(Tier.merged(tier.buildPackages(), tier.runtimePackages())));
    }
    nativeLibraries(tier, builder, false);
    builder.add(new VirtualEnv(tier.environment(), pythonVersion, parentEnvironments(tier)));
    builder.add(path(tier.environment()));
    builder.addAll(tier.pipInstalls());
    rootBaseArg(tier).ifPresent(builder::add);
    builder.add(new Labels(labels(tier, tier.builderTarget(), parentImage, "builder")));
    stages.add(new Stage("builder", builderFrom, builder));

    List<Step> runtime = new ArrayList<>();
    if (!tier.runtimePackages().isEmpty()) {
      runtime.add(new AptInstall(tier.runtimePackages()));
    }
    nativeLibraries(tier, runtime, true);
    if (tier.parent().isEmpty()) {
      runtime.add(CreateUser.system("fks", RUNTIME_USER.uid(), RUNTIME_USER.gid()));
    }
    runtime.add(Copy.fromStage("builder", tier.environment().value(), tier.environment().value()));
    runtime.add(path(tier.environment()));
    rootBaseArg(tier).ifPresent(runtime::add);
    runtime.add(new Labels(labels(tier, tier.runtimeTarget(), parentImage, "runtime")));
    stages.add(new Stage("runtime", runtimeFrom, runtime));

    return new Image(tier.name(), tier.dockerfile(), tier.definedIn(), stages,
        List.of(tier.builderTarget(), tier.runtimeTarget()), tier.suppressions());
  }

  /**
   * Lays out the images of the services of one tier: what they share (their parents, environment and
   * base image) is made once, for the tier, since a tier may carry thousands of services.
   */
  static final class Services {
    private final From builderFrom;
    private final From runtimeFrom;
    private final VirtualEnv environment;
    private final String base;

    /** The services of {@code tier}, whose image is {@code tierImage}. */
    Services(Tier tier, Image tierImage) {
      builderFrom = new From.Published(tierImage, "builder");
      runtimeFrom = new From.Published(tierImage, "runtime");
      List<AbsolutePath> parents = new ArrayList<>();
      tier.lineage().forEach(t -> parents.add(t.environment()));
      environment = new VirtualEnv(SERVICE_ENV, tier.root().python().orElseThrow().version(), parents);
      // The tier's image holds its targets already; Tier.runtimeTarget() would parse the tag again.
      base = tierImage.target("runtime").orElseThrow().pinned().toString();
    }

    /** The image of {@code service}, which is on this tier. */
    Image image(Service service) {
      List<Step> builder = new ArrayList<>();
      if (!service.buildPackages().isEmpty()) {
        builder.add(new AptInstall(service.buildPackages()));
      }
      // The environment first, then the packages named in Java, then the requirements file: each
      // changes less often than the next, so an edited requirements file reuses the layers before it.
      builder.add(environment);
      builder.add(SERVICE_PATH);
      builder.add(IN_APP);
      if (!service.pip().isEmpty()) {
        builder.add(new PipInstall(service.pip(), Optional.empty(), service.index(), true, List.of()));
      }
      service.requirements().ifPresent(file -> {
        AbsolutePath inImage = APP.resolve(file.value());
        builder.add(Copy.fromContext(file.value(), inImage.value()));
        builder.add(new PipInstall(List.of(), Optional.of(inImage), service.index(), true, List.of()));
      });

      List<Step> runtime = new ArrayList<>();
      if (!service.runtimePackages().isEmpty()) {
        runtime.add(new AptInstall(service.runtimePackages()));
      }
      runtime.add(SERVICE_ENV_FROM_BUILDER);
      runtime.add(SERVICE_PATH);
      runtime.add(IN_APP);
      for (ContextPath source : service.sources()) {
        runtime.add(Copy.fromContext(source.value(), APP.resolve(source.value()).value()));
      }
      if (service.user().equals(RUNTIME_USER)) {
        runtime.add(AS_RUNTIME_USER);
      } else {
        runtime.add(CreateUser.system("app", service.user().uid(), service.user().gid()));
        runtime.add(new User(service.user()));
      }
      service.ports().forEach(p -> runtime.add(new Expose(p)));
      runtime.add(service.healthcheck());
      Map<String, String> labels = new LinkedHashMap<>(service.labels());
      labels.putIfAbsent(OCI + "description", "Service " + service.name() + " on " + base);
      labels.put(OCI + "title", "fks-" + service.name());
      labels.put(OCI + "base.name", base);
      runtime.add(new Labels(labels));
      runtime.add(new Cmd(service.command()));

      return new Image(service.name(), service.dockerfile(), service.definedIn(),
          List.of(new Stage("builder", builderFrom, builder), new Stage("runtime", runtimeFrom, runtime)),
          List.of(), service.suppressions());
    }
  }

  /**
   * The root tier's base image build argument, declared again in a stage so that its label names
   * the base image actually used when a build overrides it (an ARG before FROM is not seen after).
   */
  private static Optional<Arg> rootBaseArg(Tier tier) {
    return tier.parent().isPresent() ? Optional.empty()
        : Optional.of(new Arg(tier.root().python().orElseThrow().buildArg(), Optional.empty()));
  }

  private static From pythonFrom(Tier tier) {
    Tier.PythonBase python = tier.root().python().orElseThrow();
    return new From.BuildArg(python.buildArg(), python.image());
  }

  /** Copies each source build's output: all of it for building, only {@code lib} for running. */
  private static void nativeLibraries(Tier tier, List<Step> steps, boolean runtimeOnly) {
    if (tier.sourceBuilds().isEmpty()) {
      return;
    }
    for (SourceBuild build : tier.sourceBuilds()) {
      steps.add(runtimeOnly
          ? Copy.fromStage(build.stageName(), build.prefix().resolve("lib").value() + "/", "/usr/local/lib/")
          : Copy.fromStage(build.stageName(), build.prefix().value() + "/", "/usr/local/"));
    }
    steps.add(new RefreshLibraries());
  }

  private static List<AbsolutePath> parentEnvironments(Tier tier) {
    List<AbsolutePath> parents = new ArrayList<>();
    tier.parent().ifPresent(p -> p.lineage().forEach(t -> parents.add(t.environment())));
    return parents;
  }

  private static Env path(AbsolutePath environment) {
    return Env.of("PATH", environment.resolve("bin").value() + ":${PATH}");
  }

  private static Map<String, String> labels(Tier tier, Target target, Optional<Image> parent, String stage) {
    Map<String, String> labels = new LinkedHashMap<>(tier.labels());
    labels.put(OCI + "title", target.moving().toString());
    labels.put(OCI + "version", tier.version());
    labels.put(OCI + "base.name", parent.flatMap(p -> p.target(stage)).map(t -> t.pinned().toString())
        .orElseGet(() -> "${" + tier.root().python().orElseThrow().buildArg() + "}"));
    return labels;
  }

  /**
   * Labels of a tier or service: as {@link Labels}, and literal, since their stages are generated
   * and declare no build argument for a {@code ${NAME}} to refer to.
   */
  static Labels literalLabels(Map<String, String> labels) {
    Labels checked = new Labels(labels);
    checked.labels().keySet().forEach(key -> Checks.without(key, PLAIN_KEY_REFUSED, "label key",
        "use a word without blanks, quotes, =, \\ or $"));
    checked.labels().forEach((key, value) -> Checks.check(!value.contains("$"),
        "label %s value %s contains $: labels of tiers and services are literal", key, Checks.quoted(value)));
    return checked;
  }
}
