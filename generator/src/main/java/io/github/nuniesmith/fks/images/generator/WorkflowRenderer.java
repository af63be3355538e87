package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The GitHub Actions workflow that builds the hierarchy: a verify job, a lint job that uploads its
 * SARIF to code scanning, a job that writes the rebuild plan for reviewers of a pull request, a job
 * that finds what changed, one job per base chained by {@code needs:} as the graph says, and the
 * services of each base as matrices after it, computed at run time from what changed.
 *
 * <p>Every build runs {@code docker buildx bake} on the generated bake file. Where nothing is pushed
 * (pull requests), the bake file's {@code target:} contexts build each parent from the same
 * checkout in the same bake, so a child is tested on the parents the change made; on the default
 * branch, a parent's job pushes before its children's jobs start, and children pull what was pushed.
 * Every decision is made here; the template only lays the text out.
 */
final class WorkflowRenderer {
  /** The workflow's file name in {@code .github/workflows}. */
  static final String FILE = "build-images.yml";
  static final String VERIFY_JOB = "verify";
  static final String CHANGES_JOB = "changes";
  static final String LINT_JOB = "lint";
  static final String PLAN_JOB = "plan";
  /**
   * Committed files must match the definitions, and every test pass, before anything builds: the
   * repository's CI entry point, on the machine it is written for (Debian bookworm as root).
   */
  static final List<String> VERIFY_COMMANDS = List.of("bash .ci/run");
  static final String VERIFY_IMAGE = "debian:bookworm";
  /** Privileged, because the fixture build test runs buildah inside the verify container. */
  static final String VERIFY_OPTIONS = "--privileged";
  /** The lint goal; it writes the SARIF even when it then fails on errors. */
  static final String LINT_COMMAND = "./mvnw -B -Plint";
  /** Where the lint goal writes its SARIF, from the repository root (the lint profile's setting). */
  static final String LINT_SARIF = "target/fks-images-lint.sarif";
  /** A pull request from a fork gets a read-only token, with which code scanning refuses the upload. */
  static final String NOT_A_FORK = "(github.event_name != 'pull_request'"
      + " || github.event.pull_request.head.repo.full_name == github.repository)";
  /** The code scanning category of the lint results. */
  static final String LINT_CATEGORY = "fks-images-lint";
  /** The base branch of the pull request, as the plan job's steps read it. */
  static final String BASE_REF = "BASE_REF";
  /** The plan goal on what the pull request changed since it left its base branch, into the job summary. */
  static final String PLAN_COMMAND = "./mvnw -B -Pplan -Dfks.since=\"origin/$" + BASE_REF
      + "\" -Dfks.plan.summary=\"$GITHUB_STEP_SUMMARY\"";
  /** Whether this run pushes: registry logins and pushes happen only then. */
  static final String PUSHING = "env.PUSH == 'true'";
  /** Whether this run pushes nothing: pull requests, and runs off the default branch. */
  static final String NOT_PUSHING = "env.PUSH != 'true'";
  /** Every pushed image carries full build provenance and an SBOM. */
  static final String PROVENANCE = "mode=max";
  static final String SBOM = "true";
  /** The step of a base's job that finds which of its content tags the registry has already. */
  static final String PUBLISHED_STEP = "published";
  /** That step's input: one line per target, its bake target, content tag and human tags. */
  static final String CONTENT_TAGS = "CONTENT_TAGS";
  /** That step's output: the targets whose content tag is not published, comma-separated. */
  static final String BUILD_OUTPUT = "build";
  /**
   * A content tag names its inputs, so one that is published already is not built or pushed again
   * (re-runs, manual runs, reverts): the script says so in the log and the job summary, points the
   * human tags at it where they point elsewhere, and writes the targets still to build. A look-up
   * that fails for another reason than a missing tag fails the job rather than overwrite a tag.
   */
  static final List<String> PUBLISHED_SCRIPT = List.of(
      "build=()",
      "while read -r -a tags; do",
      "  (( ${#tags[@]} )) || continue",
      "  target=${tags[0]} content=${tags[1]}",
      "  if ! found=$(docker buildx imagetools inspect --format '{{json .Manifest}}' \"$content\" 2>&1); then",
      "    if [[ $found != *\"not found\"* ]]; then",
      "      echo \"::error::cannot tell whether $content is published: $found\"",
      "      exit 1",
      "    fi",
      "    build+=(\"$target\")",
      "    continue",
      "  fi",
      "  digest=$(jq -r .digest <<< \"$found\")",
      "  echo \"$content is published already ($digest): $target is not built or pushed again\" | tee -a \"$GITHUB_STEP_SUMMARY\"",
      "  for tag in \"${tags[@]:2}\"; do",
      "    if [[ $(docker buildx imagetools inspect --format '{{json .Manifest}}' \"$tag\" 2>/dev/null | jq -r .digest) != \"$digest\" ]]; then",
      "      docker buildx imagetools create --tag \"$tag\" \"$content\"",
      "      echo \"$tag now points at $content\" | tee -a \"$GITHUB_STEP_SUMMARY\"",
      "    fi",
      "  done",
      "done <<< \"$" + CONTENT_TAGS + "\"",
      "echo \"" + BUILD_OUTPUT + "=$(IFS=,; echo \"${build[*]}\")\" >> \"$GITHUB_OUTPUT\"");
  /** GitHub runs at most this many jobs of one matrix. */
  static final int MATRIX_LIMIT = 256;
  /** The step of the changes job that writes each services job's matrix. */
  static final String SERVICES_STEP = "services";
  /** The services of each services job, as JSON, in that step's environment. */
  static final String SERVICES_JOBS = "JOBS";
  /**
   * Each services job's matrix: its services whose filter matched, all of them on a manual run; jq
   * is on GitHub's runners.
   */
  static final String SERVICES_SCRIPT = "jq -r --argjson everything \"$EVERYTHING\" --argjson changed \"$CHANGED\""
      + " 'to_entries[] | \"\\(.key)=\\([.value[] | select($everything or IN($changed[]))] | tojson)\"'"
      + " <<< \"$" + SERVICES_JOBS + "\" >> \"$GITHUB_OUTPUT\"";

  /**
   * An action pinned to a full commit SHA; the comment names the release it is.
   *
   * @param uses {@code owner/repo@sha}
   * @param release the release the SHA is, e.g. {@code v4.3.1}
   */
  record Action(String uses, String release) {}

  // Each SHA is the commit of the named release, as public workflows pin it.
  static final Action CHECKOUT = new Action("actions/checkout@34e114876b0b11c390a56381ad16ebd13914f8d5", "v4.3.1");
  static final Action PATHS_FILTER = new Action("dorny/paths-filter@d1c1ffe0248fe513906c8e24db8ea791d46f8590", "v3.0.3");
  static final Action SETUP_BUILDX =
      new Action("docker/setup-buildx-action@8d2750c68a42422c14e847fe6c8ac0403b4cbd6f", "v3.12.0");
  static final Action LOGIN = new Action("docker/login-action@c94ce9fb468520275223c153574b00df6fe4bcc9", "v3.7.0");
  static final Action BAKE = new Action("docker/bake-action@4f08b22a19b3133912e9acbf7da9bfa25184a173", "v6.4.0");
  static final Action UPLOAD_SARIF =
      new Action("github/codeql-action/upload-sarif@5d4e8d1aca955e8d8589aabd499c5cae939e33c7", "v4.31.9");

  /**
   * One registry login, before any push.
   *
   * @param registry the registry host; empty for Docker Hub
   * @param username the expression of the user name
   * @param password the expression of the password or token
   */
  record Login(String registry, String username, String password) {}

  /**
   * One {@code docker/bake-action} call.
   *
   * @param targets the bake targets it builds, comma-separated
   * @param cache its {@code set:} lines: each target's {@code gha} cache, read for the parents bake
   *     builds first, read and written for its own targets
   * @param contentTags where its targets have content tags, one {@link #CONTENT_TAGS} line per
   *     target: the step before the build skips those published already; empty for none
   * @param input the {@code targets:} input: those the check left to build where it ran, else all
   * @param condition the build step's {@code if:}: where the check ran, only when a target is left
   *     to build; empty for always
   */
  record Bake(String targets, List<String> cache, List<String> contentTags, String input, String condition) {
    /** Builds {@code targets}, after skipping those of {@code contentTags} published already. */
    static Bake of(String targets, List<String> cache, List<String> contentTags) {
      return contentTags.isEmpty() ? new Bake(targets, cache, contentTags, targets, "")
          : new Bake(targets, cache, contentTags,
              "${{ steps." + PUBLISHED_STEP + ".outputs." + BUILD_OUTPUT + " || '" + targets + "' }}",
              NOT_PUSHING + " || steps." + PUBLISHED_STEP + ".outputs." + BUILD_OUTPUT + " != ''");
    }
  }

  /**
   * A job that builds a base's published targets.
   *
   * @param id the job id
   * @param name the job's display name
   * @param needs the jobs it waits for
   * @param condition its {@code if:}
   * @param bake its build
   */
  record BaseJob(String id, String name, List<String> needs, String condition, Bake bake) {}

  /**
   * A job that builds, as a matrix computed by the changes job, those of its services that changed.
   *
   * @param id the job id, also the changes job's output that holds its matrix
   * @param name the job's display name
   * @param needs the jobs it waits for
   * @param condition its {@code if:}
   * @param services the services it may build, at most {@link #MATRIX_LIMIT}
   * @param bake its build, of {@code ${{ matrix.service }}}
   */
  record ServicesJob(String id, String name, List<String> needs, String condition, List<String> services, Bake bake) {}

  /**
   * A paths-filter filter.
   *
   * @param name the filter's name: an image's
   * @param paths the files and folders whose change sets it
   */
  record Filter(String name, List<String> paths) {}

  /** The workflow of {@code graph}. */
  static GeneratedFile render(ImageGraph graph, ContentTags contentTags, List<String> header, RepositoryLayout layout) {
    String onDefaultBranch = onDefaultBranch(layout);
    // Records turned into maps one by one, where there are few: the model is handed over without a walk.
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("header", header);
    model.put("branch", layout.defaultBranch());
    model.put("push", "${{ " + onDefaultBranch + " }}");
    model.put("parentsVariable", BakeRenderer.PARENTS);
    model.put("parents", "${{ " + onDefaultBranch + " && '" + BakeRenderer.PARENTS_PULLED + "' || '"
        + BakeRenderer.PARENTS_BUILT + "' }}");
    model.put("checkout", Templates.plain(CHECKOUT));
    model.put("verifyImage", VERIFY_IMAGE);
    model.put("verifyOptions", VERIFY_OPTIONS);
    model.put("loginCondition", PUSHING);
    model.put("pushSwitch", "${{ " + PUSHING + " }}");
    model.put("provenance", PROVENANCE);
    model.put("sbom", SBOM);
    model.put("pathsFilter", Templates.plain(PATHS_FILTER));
    model.put("setupBuildx", Templates.plain(SETUP_BUILDX));
    model.put("loginAction", Templates.plain(LOGIN));
    model.put("bakeAction", Templates.plain(BAKE));
    model.put("bakeFile", layout.generatedFolder() + "/" + BakeRenderer.FILE);
    model.put("verifyJob", VERIFY_JOB);
    model.put("changesJob", CHANGES_JOB);
    model.put("verifyCommands", VERIFY_COMMANDS);
    model.put("lintJob", LINT_JOB);
    model.put("lintCommand", LINT_COMMAND);
    model.put("lintSarif", LINT_SARIF);
    model.put("lintUploadCondition", "${{ !cancelled() && hashFiles('" + LINT_SARIF + "') != '' && " + NOT_A_FORK + " }}");
    model.put("lintCategory", LINT_CATEGORY);
    model.put("uploadSarif", Templates.plain(UPLOAD_SARIF));
    model.put("planJob", PLAN_JOB);
    model.put("baseRefVariable", BASE_REF);
    model.put("planCommand", PLAN_COMMAND);
    model.put("changedFilesCommands", changedFilesCommands(layout));
    // A map per image, made here: walking ten thousand records by reflection would cost more.
    List<Map<String, Object>> filters = new ArrayList<>(graph.nodes().size());
    filters(graph).forEach(f -> filters.add(Map.of("name", f.name(), "paths", f.paths())));
    model.put("filters", filters);
    model.put("baseFilters", graph.bases().stream().map(ImageGraph.Node::name).toList());
    List<Login> logins = logins(graph);
    model.put("logins", Templates.plain(logins));
    model.put("buildPermissions", logins.stream().anyMatch(l -> l.registry().equals("ghcr.io"))
        ? List.of("contents: read", "packages: write") : List.of("contents: read"));
    model.put("bases", Templates.plain(baseJobs(graph, contentTags, layout)));
    model.put("publishedStep", PUBLISHED_STEP);
    model.put("contentTagsVariable", CONTENT_TAGS);
    model.put("publishedScript", PUBLISHED_SCRIPT);
    List<ServicesJob> serviceJobs = serviceJobs(graph);
    model.put("serviceJobs", Templates.plain(serviceJobs));
    model.put("servicesStep", SERVICES_STEP);
    model.put("servicesJobsVariable", SERVICES_JOBS);
    model.put("servicesJobs", servicesJson(serviceJobs));
    model.put("servicesScript", SERVICES_SCRIPT);
    return GeneratedFile.withSeal(FILE, Templates.processPlain("build-images.yml.ftl", model));
  }

  /** The generated files the pull request changed (output folder and workflows), as a diffstat in the job summary. */
  static List<String> changedFilesCommands(RepositoryLayout layout) {
    String summary = " >> \"$GITHUB_STEP_SUMMARY\"";
    return List.of("echo '## Generated files changed'" + summary, "echo '```'" + summary,
        "git diff --stat \"origin/$" + BASE_REF + "...HEAD\" -- " + layout.generatedFolder() + " .github/workflows"
            + summary,
        "echo '```'" + summary);
  }

  /** One filter per image, with the paths of every image below it. */
  static List<Filter> filters(ImageGraph graph) {
    return graph.nodes().stream().map(n -> new Filter(n.name(), graph.triggerPaths(n.name()))).toList();
  }

  /** Whether the run is on the branch whose pushes publish: a push, a manual run or a re-run there. */
  static String onDefaultBranch(RepositoryLayout layout) {
    return "github.event_name != 'pull_request' && github.ref == 'refs/heads/" + layout.defaultBranch() + "'";
  }

  /**
   * One job per base. It runs when its filter matched, also when a parent was skipped as unchanged,
   * never after a failure; on the default branch a base with content tags runs even when its files did
   * not change: its skip step then only asks the registry, and every content tag a child builds FROM
   * exists before the child's job starts (also on the first run after content tags were adopted, or
   * after a build-context file of the base changed).
   */
  static List<BaseJob> baseJobs(ImageGraph graph, ContentTags contentTags, RepositoryLayout layout) {
    List<BaseJob> jobs = new ArrayList<>();
    for (ImageGraph.Node base : graph.bases()) {
      // An image that publishes no target (a plain Image, not a tier) is named without a tag.
      String title = base.targets().isEmpty() ? base.name() : base.name() + " (" + base.targets().get(0).moving() + ")";
      List<String> own = BakeRenderer.targetNames(base);
      List<String> contentTagLines = contentTagLines(base, contentTags);
      String changed = "needs." + CHANGES_JOB + ".outputs." + base.name() + " == 'true'";
      jobs.add(new BaseJob(baseJob(base.name()), title,
          needs(base.parents().stream().map(WorkflowRenderer::baseJob).toList()),
          "${{ !cancelled() && !failure() && " + (contentTagLines.isEmpty() ? changed
              : "(" + changed + " || " + onDefaultBranch(layout) + ")") + " }}",
          Bake.of(String.join(",", own), cache(BakeRenderer.linkedTargets(graph, base), own), contentTagLines)));
    }
    return jobs;
  }

  /** Per target with a content tag: its bake target, content tag and human tags, as the skip step reads them. */
  static List<String> contentTagLines(ImageGraph.Node base, ContentTags contentTags) {
    List<String> lines = new ArrayList<>();
    for (Target target : base.targets()) {
      contentTags.of(base.name(), target).ifPresent(content -> lines.add(BakeRenderer.targetName(base, target) + " "
          + content + " " + target.moving() + " " + target.pinned()));
    }
    return lines;
  }

  /**
   * One job per base with services, split into jobs of at most {@link #MATRIX_LIMIT} services:
   * {@code services-on-cpu}, then {@code services-on-cpu-2} and so on.
   */
  static List<ServicesJob> serviceJobs(ImageGraph graph) {
    List<ServicesJob> jobs = new ArrayList<>();
    for (ImageGraph.Node base : graph.bases()) {
      List<ImageGraph.Node> services = graph.servicesOn(base.name());
      int parts = (services.size() + MATRIX_LIMIT - 1) / MATRIX_LIMIT;
      List<String> linked = new ArrayList<>();
      services.forEach(s -> BakeRenderer.linkedTargets(graph, s).stream().filter(t -> !linked.contains(t))
          .forEach(linked::add));
      for (int part = 0; part < parts; part++) {
        String id = servicesJob(base.name()) + (part == 0 ? "" : "-" + (part + 1));
        List<String> names = services.subList(part * MATRIX_LIMIT, Math.min(services.size(), (part + 1) * MATRIX_LIMIT))
            .stream().map(ImageGraph.Node::name).toList();
        String name = "services on " + base.name() + (parts == 1 ? "" : " " + (part + 1) + "/" + parts);
        jobs.add(new ServicesJob(id, name, needs(List.of(baseJob(base.name()))),
            "${{ !cancelled() && !failure() && needs." + CHANGES_JOB + ".outputs." + id + " != '[]' }}", names,
            Bake.of("${{ matrix.service }}", cache(linked, List.of("${{ matrix.service }}")), List.of())));
      }
    }
    return jobs;
  }

  /** Each target caches under its own name: parents' caches are read, the job's own read and written. */
  private static List<String> cache(List<String> parents, List<String> own) {
    List<String> lines = new ArrayList<>();
    parents.forEach(t -> lines.add(t + ".cache-from=type=gha,scope=" + t));
    own.forEach(t -> {
      lines.add(t + ".cache-from=type=gha,scope=" + t);
      lines.add(t + ".cache-to=type=gha,mode=max,scope=" + t);
    });
    return lines;
  }

  /** Every services job with its services, as the one-line JSON object the changes job reads. */
  static String servicesJson(List<ServicesJob> jobs) {
    return jobs.stream().map(j -> ShellQuoting.json(j.id()) + ":" + ShellQuoting.jsonArray(j.services()))
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** The job that builds base {@code name}. */
  static String baseJob(String name) {
    return "build-" + name;
  }

  /** The (first) job that builds the services on base {@code name}. */
  static String servicesJob(String name) {
    return "services-on-" + name;
  }

  /** Every job waits for the checks and for what changed, then for the images it builds on. */
  private static List<String> needs(List<String> parents) {
    List<String> needs = new ArrayList<>(List.of(VERIFY_JOB, CHANGES_JOB));
    needs.addAll(parents);
    return needs;
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
