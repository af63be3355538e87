package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GitHub Actions workflow that builds the hierarchy: a verify job, a job that finds what
 * changed, one job per base chained by {@code needs:} as the graph says, and the services of each
 * base as a matrix after it. Every decision is made here; the template only lays the text out.
 */
final class WorkflowRenderer {
  /** The workflow's file name in {@code .github/workflows}. */
  static final String FILE = "build-images.yml";
  static final String VERIFY_JOB = "verify";
  static final String CHANGES_JOB = "changes";
  /**
   * Committed files must match the definitions, and every test pass, before anything builds: the
   * repository's CI entry point, on the machine it is written for (Debian bookworm as root).
   */
  static final List<String> VERIFY_COMMANDS = List.of("bash .ci/run");
  static final String VERIFY_IMAGE = "debian:bookworm";
  /** Privileged, because the fixture build test runs buildah inside the verify container. */
  static final String VERIFY_OPTIONS = "--privileged";
  /** Whether this run pushes: registry logins and pushes happen only then. */
  static final String PUSHING = "env.PUSH == 'true'";
  /** Every pushed image carries full build provenance and an SBOM. */
  static final String PROVENANCE = "mode=max";
  static final String SBOM = "true";
  /** One service matrix job builds many services, so each caches under its own matrix entry's name. */
  static final String SERVICE_CACHE_SCOPE = "${{ matrix.service }}";

  /**
   * An action pinned to a full commit SHA; the comment names the release it is.
   *
   * @param uses {@code owner/repo@sha}
   * @param release the release the SHA is, e.g. {@code v4.3.1}
   */
  record Action(String uses, String release) {}

  // Each SHA is the commit of the named release, as several public workflows pin it.
  static final Action CHECKOUT = new Action("actions/checkout@34e114876b0b11c390a56381ad16ebd13914f8d5", "v4.3.1");
  static final Action PATHS_FILTER = new Action("dorny/paths-filter@d1c1ffe0248fe513906c8e24db8ea791d46f8590", "v3.0.3");
  static final Action SETUP_BUILDX =
      new Action("docker/setup-buildx-action@8d2750c68a42422c14e847fe6c8ac0403b4cbd6f", "v3.12.0");
  static final Action LOGIN = new Action("docker/login-action@c94ce9fb468520275223c153574b00df6fe4bcc9", "v3.7.0");
  static final Action BUILD_PUSH =
      new Action("docker/build-push-action@10e90e3645eae34f1e60eeb005ba3a3d33f178e8", "v6.19.2");

  /**
   * One registry login, before any push.
   *
   * @param registry the registry host; empty for Docker Hub
   * @param username the expression of the user name
   * @param password the expression of the password or token
   */
  record Login(String registry, String username, String password) {}

  /**
   * One {@code docker/build-push-action} call of a base.
   *
   * @param name the step's name
   * @param context the build context
   * @param file the Dockerfile
   * @param target the stage to build
   * @param tags the tags, comma-separated
   * @param cacheScope the {@code gha} cache scope
   */
  record Build(String name, String context, String file, String target, String tags, String cacheScope) {}

  /**
   * One service in a services job's matrix; it caches under {@link #SERVICE_CACHE_SCOPE}.
   *
   * @param service the service's name
   * @param context the build context
   * @param file the Dockerfile
   * @param target the stage to build
   * @param tags the tags, comma-separated
   */
  record MatrixEntry(String service, String context, String file, String target, String tags) {}

  /**
   * A job that builds a base's published targets.
   *
   * @param id the job id
   * @param name the job's display name
   * @param needs the jobs it waits for
   * @param condition its {@code if:}
   * @param builds one build per published target
   */
  record BaseJob(String id, String name, List<String> needs, String condition, List<Build> builds) {}

  /**
   * A job that builds the services on one base as a matrix; each entry builds only when it changed.
   *
   * @param id the job id
   * @param name the job's display name
   * @param needs the jobs it waits for
   * @param condition its {@code if:}
   * @param services one matrix entry per service
   */
  record ServicesJob(String id, String name, List<String> needs, String condition, List<MatrixEntry> services) {}

  /**
   * A paths-filter filter and the output of the changes job that carries it.
   *
   * @param name the filter's name, and the output's
   * @param paths the files and folders whose change sets it
   */
  record Filter(String name, List<String> paths) {}

  /** The workflow of {@code graph}. */
  static GeneratedFile render(ImageGraph graph, List<String> header, List<String> platforms, RepositoryLayout layout) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("header", header);
    model.put("branch", layout.defaultBranch());
    model.put("push", "${{ github.event_name != 'pull_request' && github.ref == 'refs/heads/"
        + layout.defaultBranch() + "' }}");
    model.put("checkout", CHECKOUT);
    model.put("verifyImage", VERIFY_IMAGE);
    model.put("verifyOptions", VERIFY_OPTIONS);
    model.put("loginCondition", PUSHING);
    model.put("pushSwitch", "${{ " + PUSHING + " }}");
    model.put("provenance", PROVENANCE);
    model.put("sbom", SBOM);
    model.put("serviceCacheScope", SERVICE_CACHE_SCOPE);
    model.put("pathsFilter", PATHS_FILTER);
    model.put("setupBuildx", SETUP_BUILDX);
    model.put("loginAction", LOGIN);
    model.put("buildPush", BUILD_PUSH);
    model.put("verifyJob", VERIFY_JOB);
    model.put("changesJob", CHANGES_JOB);
    model.put("verifyCommands", VERIFY_COMMANDS);
    model.put("filters", filters(graph));
    model.put("platforms", String.join(",", platforms));
    List<Login> logins = logins(graph);
    model.put("logins", logins);
    model.put("buildPermissions", logins.stream().anyMatch(l -> l.registry().equals("ghcr.io"))
        ? List.of("contents: read", "packages: write") : List.of("contents: read"));
    model.put("bases", baseJobs(graph));
    model.put("serviceJobs", serviceJobs(graph));
    model.put("serviceCondition", "${{ needs." + CHANGES_JOB + ".outputs[matrix.service] == 'true' }}");
    return GeneratedFile.withSeal(FILE, Templates.process("build-images.yml.ftl", model));
  }

  /** One filter per image and one per base's services, each with the paths of every image below. */
  static List<Filter> filters(ImageGraph graph) {
    List<Filter> filters = new ArrayList<>();
    for (ImageGraph.Node node : graph.nodes()) {
      filters.add(new Filter(node.name(), graph.triggerPaths(node.name())));
    }
    for (ImageGraph.Node base : graph.bases()) {
      if (!graph.servicesOn(base.name()).isEmpty()) {
        filters.add(new Filter(servicesJob(base.name()), graph.serviceTriggerPaths(base.name())));
      }
    }
    return filters;
  }

  static List<BaseJob> baseJobs(ImageGraph graph) {
    List<BaseJob> jobs = new ArrayList<>();
    for (ImageGraph.Node base : graph.bases()) {
      List<Build> builds = new ArrayList<>();
      for (Target target : base.targets()) {
        builds.add(new Build(target.stage() + " target", base.context(), base.dockerfile(), target.stage(),
            tags(target), base.name() + "-" + target.stage()));
      }
      // An image that publishes no target (a plain Image, not a tier) is named without a tag.
      String title = base.targets().isEmpty() ? base.name() : base.name() + " (" + base.targets().get(0).moving() + ")";
      jobs.add(new BaseJob(baseJob(base.name()), title,
          needs(base.parents().stream().map(WorkflowRenderer::baseJob).toList()), condition(base.name()), builds));
    }
    return jobs;
  }

  static List<ServicesJob> serviceJobs(ImageGraph graph) {
    List<ServicesJob> jobs = new ArrayList<>();
    for (ImageGraph.Node base : graph.bases()) {
      List<MatrixEntry> services = new ArrayList<>();
      for (ImageGraph.Node service : graph.servicesOn(base.name())) {
        Target target = service.targets().get(0);
        services.add(new MatrixEntry(service.name(), service.context(), service.dockerfile(), target.stage(),
            tags(target)));
      }
      if (!services.isEmpty()) {
        jobs.add(new ServicesJob(servicesJob(base.name()), "services on " + base.name(),
            needs(List.of(baseJob(base.name()))), condition(servicesJob(base.name())), services));
      }
    }
    return jobs;
  }

  /** The job that builds base {@code name}. */
  static String baseJob(String name) {
    return "build-" + name;
  }

  /** The job that builds the services on base {@code name}, and its filter. */
  static String servicesJob(String name) {
    return "services-on-" + name;
  }

  /** Every job waits for the checks and for what changed, then for the images it builds on. */
  private static List<String> needs(List<String> parents) {
    List<String> needs = new ArrayList<>(List.of(VERIFY_JOB, CHANGES_JOB));
    needs.addAll(parents);
    return needs;
  }

  /** Runs when its filter matched, also when a parent was skipped as unchanged, never after a failure. */
  private static String condition(String filter) {
    return "${{ !cancelled() && !failure() && needs." + CHANGES_JOB + ".outputs." + filter + " == 'true' }}";
  }

  private static String tags(Target target) {
    return target.moving() + "," + target.pinned();
  }

  /** One login per registry the tags name: GitHub's token for ghcr.io, repository secrets otherwise. */
  static List<Login> logins(ImageGraph graph) {
    List<String> registries = graph.nodes().stream().flatMap(n -> n.targets().stream())
        .map(t -> t.moving().registry()).distinct().sorted().toList();
    List<Login> logins = new ArrayList<>();
    for (String registry : registries) {
      if (registry.isEmpty()) {
        logins.add(new Login("", "${{ secrets.DOCKERHUB_USERNAME }}", "${{ secrets.DOCKERHUB_TOKEN }}"));
      } else if (registry.equals("ghcr.io")) {
        logins.add(new Login(registry, "${{ github.actor }}", "${{ secrets.GITHUB_TOKEN }}"));
      } else {
        logins.add(new Login(registry, "${{ secrets.REGISTRY_USERNAME }}", "${{ secrets.REGISTRY_TOKEN }}"));
      }
    }
    return logins;
  }
}
