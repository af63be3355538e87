package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.generator.WorkflowRenderer.BaseJob;
import io.github.nuniesmith.fks.images.generator.WorkflowRenderer.Filter;
import io.github.nuniesmith.fks.images.generator.WorkflowRenderer.Login;
import io.github.nuniesmith.fks.images.generator.WorkflowRenderer.ServicesJob;
import io.github.nuniesmith.fks.images.generator.external.RequiredTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class WorkflowRendererTest {
  private static final ImageGraph GRAPH = ImageGraph.of(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT);
  private static final ContentTags TAGS = Hierarchies.GENERATOR.contentTags(Hierarchies.threeTiers(), ContextFiles.NONE);

  @Test
  void threeTiers(TestInfo test) {
    Golden.assertMatches(test, ".yml", workflow(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT));
  }

  @Test
  void baseJobsAreChainedByNeedsAsTheGraphSays() {
    assertThat(WorkflowRenderer.baseJobs(GRAPH, TAGS, RepositoryLayout.DEFAULT)).extracting(BaseJob::id, BaseJob::needs).containsExactly(
        tuple("build-cpu", List.of("verify", "changes")),
        tuple("build-ml", List.of("verify", "changes", "build-cpu")),
        tuple("build-gpu", List.of("verify", "changes", "build-ml")));
  }

  @Test
  void eachBaseBakesEachOfItsPublishedTargets() {
    assertThat(WorkflowRenderer.baseJobs(GRAPH, TAGS, RepositoryLayout.DEFAULT)).extracting(j -> j.bake().targets())
        .containsExactly("cpu-builder,cpu-runtime", "ml-builder,ml-runtime", "gpu-builder,gpu-runtime");
  }

  @Test
  void servicesOfEachBaseAreOneMatrixJobAfterIt() {
    assertThat(WorkflowRenderer.serviceJobs(GRAPH)).extracting(j -> j.id() + " " + j.needs() + " " + j.services())
        .containsExactly("services-on-cpu [verify, changes, build-cpu] [app]",
            "services-on-ml [verify, changes, build-ml] [ai]",
            "services-on-gpu [verify, changes, build-gpu] [train]");
    assertThat(WorkflowRenderer.serviceJobs(GRAPH)).extracting(j -> j.bake().targets()).containsOnly("${{ matrix.service }}");
  }

  @Test
  void aServicesJobRunsOnlyWhenOneOfItsServicesChanged() {
    assertThat(WorkflowRenderer.serviceJobs(GRAPH).get(1).condition())
        .isEqualTo("${{ !cancelled() && !failure() && needs.changes.outputs.services-on-ml != '[]' }}");
    assertThat(workflow(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT))
        .contains("        service: ${{ fromJSON(needs.changes.outputs.services-on-ml) }}\n")
        .contains("      services-on-ml: ${{ steps.services.outputs.services-on-ml }}\n")
        .contains("          JOBS: '{\"services-on-cpu\":[\"app\"],\"services-on-ml\":[\"ai\"],"
            + "\"services-on-gpu\":[\"train\"]}'\n")
        .doesNotContain("include:");
  }

  /** The changes job's script, run with jq as the runner runs it, on what paths-filter reports. */
  @Test
  void theServicesScriptMatricesTheServicesWhoseFilterMatched() throws Exception {
    String jobs = WorkflowRenderer.servicesJson(WorkflowRenderer.serviceJobs(GRAPH));

    assertThat(servicesScript(jobs, "false", "[\"ml\", \"ai\", \"gpu\", \"train\"]"))
        .isEqualTo("services-on-cpu=[]\nservices-on-ml=[\"ai\"]\nservices-on-gpu=[\"train\"]\n");
    assertThat(servicesScript(jobs, "true", "[]"))
        .isEqualTo("services-on-cpu=[\"app\"]\nservices-on-ml=[\"ai\"]\nservices-on-gpu=[\"train\"]\n");
  }

  @Test
  void underOptionTwoTheMlServicesAreInTheGpuMatrix() {
    ImageSet set = Hierarchies.threeTiers(Strategy.OPTION_2, "example/fks");
    ImageGraph option2 = ImageGraph.of(set, RepositoryLayout.DEFAULT);
    ContentTags tags = Hierarchies.GENERATOR.contentTags(set, ContextFiles.NONE);

    assertThat(WorkflowRenderer.baseJobs(option2, tags, RepositoryLayout.DEFAULT)).extracting(BaseJob::id, BaseJob::needs)
        .containsExactly(
            tuple("build-cpu", List.of("verify", "changes")),
            tuple("build-gpu", List.of("verify", "changes", "build-cpu")));
    assertThat(WorkflowRenderer.serviceJobs(option2)).extracting(j -> j.id() + " " + j.services())
        .containsExactly("services-on-cpu [app]", "services-on-gpu [ai, train]");
  }

  @Test
  void eachTargetCachesUnderItsOwnNameAndAJobReadsTheCachesOfTheParentsItBakes() {
    assertThat(WorkflowRenderer.baseJobs(GRAPH, TAGS, RepositoryLayout.DEFAULT).get(1).bake().cache()).containsExactly(
        "cpu-builder.cache-from=type=gha,scope=cpu-builder",
        "cpu-runtime.cache-from=type=gha,scope=cpu-runtime",
        "ml-builder.cache-from=type=gha,scope=ml-builder",
        "ml-builder.cache-to=type=gha,mode=max,scope=ml-builder",
        "ml-runtime.cache-from=type=gha,scope=ml-runtime",
        "ml-runtime.cache-to=type=gha,mode=max,scope=ml-runtime");
    assertThat(WorkflowRenderer.serviceJobs(GRAPH).get(0).bake().cache()).containsExactly(
        "cpu-builder.cache-from=type=gha,scope=cpu-builder",
        "cpu-runtime.cache-from=type=gha,scope=cpu-runtime",
        "${{ matrix.service }}.cache-from=type=gha,scope=${{ matrix.service }}",
        "${{ matrix.service }}.cache-to=type=gha,mode=max,scope=${{ matrix.service }}");
  }

  @Test
  void filtersCarryTheImagesOwnPathsAndThoseBelowIt() {
    assertThat(WorkflowRenderer.filters(GRAPH)).extracting(Filter::name).containsExactly(
        "cpu", "ml", "gpu", "app", "ai", "train");
    assertThat(WorkflowRenderer.filters(GRAPH).get(2).paths()).containsExactly("generated/docker/Dockerfile.cpu",
        "generated/docker/Dockerfile.ml", "generated/docker/Dockerfile.gpu");
    assertThat(WorkflowRenderer.filters(GRAPH).get(4).paths()).containsExactly("generated/docker/Dockerfile.cpu",
        "generated/docker/Dockerfile.ml", "generated/services/ai/Dockerfile", "services/ai/**");
  }

  /**
   * On the default branch a base others build on runs even when unchanged, where its skip step only
   * asks the registry: every content tag a child builds FROM then exists before the child builds.
   */
  @Test
  void aJobRunsWhenItsFilterMatchedEvenIfAnUnchangedParentWasSkippedAndABaseOthersBuildOnAlwaysOnMain() {
    assertThat(WorkflowRenderer.baseJobs(GRAPH, TAGS, RepositoryLayout.DEFAULT).get(2).condition())
        .isEqualTo("${{ !cancelled() && !failure() && (needs.changes.outputs.gpu == 'true'"
            + " || github.event_name != 'pull_request' && github.ref == 'refs/heads/main') }}");
    ImageSet alone = Hierarchies.oneTierWith(0);
    assertThat(WorkflowRenderer.baseJobs(ImageGraph.of(alone, RepositoryLayout.DEFAULT),
        Hierarchies.GENERATOR.contentTags(alone, ContextFiles.NONE), RepositoryLayout.DEFAULT).get(0).condition())
        .isEqualTo("${{ !cancelled() && !failure() && needs.changes.outputs.cpu == 'true' }}");
  }

  @Test
  void dockerHubTakesRepositorySecretsAndGhcrTheWorkflowsToken() {
    assertThat(WorkflowRenderer.logins(GRAPH)).containsExactly(
        new Login("", "${{ secrets.DOCKERHUB_USERNAME }}", "${{ secrets.DOCKERHUB_TOKEN }}"));
    ImageGraph ghcr = ImageGraph.of(Hierarchies.threeTiers(Strategy.OPTION_1, "ghcr.io/example/fks"),
        RepositoryLayout.DEFAULT);
    assertThat(WorkflowRenderer.logins(ghcr)).containsExactly(
        new Login("ghcr.io", "${{ github.actor }}", "${{ secrets.GITHUB_TOKEN }}"));

    String text = workflow(Hierarchies.threeTiers(Strategy.OPTION_1, "ghcr.io/example/fks"), RepositoryLayout.DEFAULT);
    assertThat(text).contains("          registry: ghcr.io\n", "      packages: write\n");
    assertThat(workflow(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT)).doesNotContain("packages: write");
  }

  @Test
  void imagesArePushedOnlyFromTheDefaultBranch() {
    String text = workflow(Hierarchies.threeTiers(), new RepositoryLayout("generated", "services", "trunk"));

    assertThat(text).contains("    branches: [trunk]\n",
        "  PUSH: ${{ github.event_name != 'pull_request' && github.ref == 'refs/heads/trunk' }}\n");
    assertThat(text.lines().filter(l -> l.trim().startsWith("push:")))
        .containsOnly("          push: ${{ env.PUSH == 'true' }}", "  push:");
  }

  @Test
  void everyActionIsPinnedToAFullCommitShaNamingItsRelease() {
    Pattern pinned = Pattern.compile(" *(- )?uses: [a-z-]+/[a-z-]+(/[a-z-]+)?@[0-9a-f]{40} # v[0-9]+(\\.[0-9]+)*");
    List<String> uses = workflow(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT).lines()
        .filter(l -> l.contains("uses:")).toList();

    assertThat(uses).hasSizeGreaterThan(10).allSatisfy(l -> assertThat(l).matches(pinned));
  }

  @Test
  void permissionsAreReadOnlyUnlessPushingToGhcrOrUploadingTheLintReport() {
    String text = workflow(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT);

    assertThat(text).contains("\npermissions: {}\n");
    assertThat(text.lines().filter(l -> l.matches(" +[a-z-]+: (read|write)")).distinct())
        .containsExactlyInAnyOrder("      contents: read", "      pull-requests: read", "      security-events: write");
    assertThat(text.split("\n  [a-z-]+:\n")).filteredOn(job -> job.contains("security-events: write")).singleElement()
        .satisfies(job -> assertThat(job).contains("run: ./mvnw -B -Plint\n", "uses: github/codeql-action/upload-sarif@"));
  }

  @Test
  void theLintJobUploadsTheSarifTheLintGoalWroteEvenWhenItFailed() {
    assertThat(workflow(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT)).contains("""
                  - name: lint the definitions
                    run: ./mvnw -B -Plint
                  - name: upload the lint report
                    if: ${{ !cancelled() && hashFiles('target/fks-images-lint.sarif') != '' && (github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository) }}
                    uses: github/codeql-action/upload-sarif@5d4e8d1aca955e8d8589aabd499c5cae939e33c7 # v4.31.9
                    with:
                      sarif_file: target/fks-images-lint.sarif
                      category: fks-images-lint
            """);
  }

  @Test
  void onAPullRequestThePlanJobWritesThePlanAndTheChangedGeneratedFilesToTheSummary() {
    String text = workflow(Hierarchies.threeTiers(), new RepositoryLayout("out", "apps", "main"));

    assertThat(text).contains("""
              plan:
                name: rebuild plan for reviewers
                if: github.event_name == 'pull_request'
            """, """
                  - name: images to rebuild, and why
                    run: ./mvnw -B -Pplan -Dfks.since="origin/$BASE_REF" -Dfks.plan.summary="$GITHUB_STEP_SUMMARY"
            """, """
                      git diff --stat "origin/$BASE_REF...HEAD" -- out .github/workflows >> "$GITHUB_STEP_SUMMARY"
            """, "          fetch-depth: 0\n", "      BASE_REF: ${{ github.base_ref }}\n");
  }

  @Test
  void pullRequestsBuildParentsFromTheirOwnFilesAndTheDefaultBranchPullsWhatItPushed() {
    String text = workflow(Hierarchies.threeTiers(), new RepositoryLayout("generated", "services", "trunk"));

    assertThat(text).contains("  FKS_PARENTS: ${{ github.event_name != 'pull_request' && github.ref == 'refs/heads/trunk'"
        + " && 'registry' || 'target' }}\n");
    assertThat(text.lines().filter(l -> l.contains("uses: docker/bake-action@"))).hasSize(6);
    assertThat(text.lines().filter(l -> l.trim().startsWith("source:"))).hasSize(6).containsOnly("          source: .");
    assertThat(text.lines().filter(l -> l.trim().startsWith("files:")))
        .containsOnly("          files: generated/docker-bake.hcl");
  }

  /** GitHub's limits: 256 jobs per matrix, 500 KB per workflow file, 1 MB of outputs per job. */
  @Test
  void aThousandServicesOnOneTierStayWithinGithubsLimits() {
    ImageSet set = Hierarchies.oneTierWith(1000);
    String text = workflow(set, RepositoryLayout.DEFAULT);
    List<ServicesJob> jobs = WorkflowRenderer.serviceJobs(ImageGraph.of(set, RepositoryLayout.DEFAULT));

    assertThat(jobs).extracting(ServicesJob::id)
        .containsExactly("services-on-cpu", "services-on-cpu-2", "services-on-cpu-3", "services-on-cpu-4");
    assertThat(jobs).allSatisfy(j -> assertThat(j.services()).hasSizeLessThanOrEqualTo(WorkflowRenderer.MATRIX_LIMIT));
    assertThat(jobs.stream().mapToInt(j -> j.services().size()).sum()).isEqualTo(Hierarchy.of(set).services().size());
    assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThan(500 * 1024);
    assertThat(text).doesNotContain("include:");
    // The changes job's outputs when every service changed: each job's full matrix, and the bases' flags.
    int outputs = jobs.stream().mapToInt(j -> (j.id() + "=" + WorkflowRenderer.servicesJson(List.of(j)))
        .getBytes(StandardCharsets.UTF_8).length).sum() + Hierarchy.of(set).tiers().size() * "cpu=true".length();
    assertThat(outputs).isLessThan(1024 * 1024);
  }

  @Test
  void everyBaseOthersBuildOnSkipsItsContentTagsPublishedAlreadyOnTheDefaultBranch() {
    String text = workflow(Hierarchies.threeTiers(), RepositoryLayout.DEFAULT);

    for (BaseJob job : WorkflowRenderer.baseJobs(GRAPH, TAGS, RepositoryLayout.DEFAULT)) {
      ImageGraph.Node base = GRAPH.node(job.id().substring("build-".length()));
      assertThat(job.bake().contentTags()).as(job.id()).hasSize(base.targets().size());
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < base.targets().size(); i++) {
        var target = base.targets().get(i);
        lines.append("            ").append(BakeRenderer.targetNames(base).get(i)).append(' ')
            .append(TAGS.of(base.name(), target).orElseThrow()).append(' ').append(target.moving()).append(' ')
            .append(target.pinned()).append('\n');
      }
      assertThat(text).contains("""
                - id: published
                  name: skip content tags published already
                  if: env.PUSH == 'true'
                  env:
                    CONTENT_TAGS: |
          """ + lines + """
                  run: |
                    build=()
          """, """
                - name: bake %1$s
                  if: env.PUSH != 'true' || steps.published.outputs.build != ''
                  uses: %2$s # %3$s
                  with:
                    source: .
                    files: generated/docker-bake.hcl
                    targets: ${{ steps.published.outputs.build || '%1$s' }}
          """.formatted(job.bake().targets(), WorkflowRenderer.BAKE.uses(), WorkflowRenderer.BAKE.release()));
    }
    assertThat(WorkflowRenderer.serviceJobs(GRAPH)).allSatisfy(j -> assertThat(j.bake().contentTags()).isEmpty());
  }

  @Test
  void theSkipStepBuildsWhatIsNotPublishedAndPointsHumanTagsAtWhatIs() throws Exception {
    Published run = publishedScript(List.of("ex/b:base-c1 sha256:1", "ex/b:base sha256:0", "ex/b:base-v1 sha256:1"),
        "cpu-builder ex/b:base-c1 ex/b:base ex/b:base-v1\ncpu-runtime ex/b:rt-c1 ex/b:rt ex/b:rt-v1\n", "");

    assertThat(run.exit()).as(run.printed()).isZero();
    assertThat(run.output()).isEqualTo("build=cpu-runtime\n");
    assertThat(run.creates()).containsExactly("buildx imagetools create --tag ex/b:base ex/b:base-c1");
    assertThat(run.summary()).isEqualTo("ex/b:base-c1 is published already (sha256:1): cpu-builder is not built or"
        + " pushed again\nex/b:base now points at ex/b:base-c1\n");
  }

  @Test
  void theSkipStepBuildsNothingWhenEveryContentTagIsPublished() throws Exception {
    Published run = publishedScript(List.of("ex/b:base-c1 sha256:1", "ex/b:base sha256:1", "ex/b:base-v1 sha256:1"),
        "cpu-builder ex/b:base-c1 ex/b:base ex/b:base-v1\n", "");

    assertThat(run.exit()).as(run.printed()).isZero();
    assertThat(run.output()).isEqualTo("build=\n");
    assertThat(run.creates()).isEmpty();
  }

  /** A registry that cannot be asked must not lead to pushing a content tag over an existing one. */
  @Test
  void theSkipStepFailsWhenTheRegistryCannotTellWhetherATagExists() throws Exception {
    Published run = publishedScript(List.of(), "cpu-builder ex/b:base-c1 ex/b:base ex/b:base-v1\n", "unauthorized");

    assertThat(run.exit()).isNotZero();
    assertThat(run.printed()).contains("::error::cannot tell whether ex/b:base-c1 is published: ERROR: unauthorized");
    assertThat(run.output()).isEmpty();
  }

  @Test
  void theSkipStepPassesShellcheck() throws Exception {
    if (Executables.onPath("shellcheck", System.getenv("PATH")).isEmpty()) {
      RequiredTool.HERE.missing("shellcheck is not on the PATH: skipping the check of the skip step's script");
    }
    Process process = new ProcessBuilder("shellcheck", "--shell=bash", "-").redirectErrorStream(true).start();
    process.getOutputStream().write(String.join("\n", WorkflowRenderer.PUBLISHED_SCRIPT).getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(printed).isZero();
  }

  /** One run of the skip step's script against a fake registry. */
  private record Published(int exit, String printed, String output, String summary, List<String> creates) {}

  /**
   * Runs the skip step's script with bash and jq, {@code docker} replaced by a fake registry holding
   * {@code registry} ({@code tag digest} lines); {@code failure} makes every look-up fail with it.
   */
  private static Published publishedScript(List<String> registry, String contentTags, String failure) throws Exception {
    if (Executables.onPath("jq", System.getenv("PATH")).isEmpty()) {
      RequiredTool.HERE.missing("jq is not on the PATH: skipping the run of the skip step's script");
    }
    Path folder = Files.createTempDirectory("published");
    Path tags = Files.write(folder.resolve("registry"), registry);
    Path calls = Files.createFile(folder.resolve("calls"));
    Path docker = Files.writeString(folder.resolve("docker"), """
        #!/bin/bash
        echo "$*" >> "$CALLS"
        digest() { awk -v r="$1" '$1 == r { d = $2 } END { print d }' "$REGISTRY"; }
        if [[ "$1 $2 $3" == "buildx imagetools inspect" ]]; then
          if [[ -n $FAILURE ]]; then echo "ERROR: $FAILURE" >&2; exit 1; fi
          found=$(digest "${!#}")
          if [[ -z $found ]]; then echo "ERROR: docker.io/${!#}: not found" >&2; exit 1; fi
          printf '{"mediaType": "application/vnd.oci.image.index.v1+json", "digest": "%s"}\\n' "$found"
        elif [[ "$1 $2 $3" == "buildx imagetools create" ]]; then
          echo "$5 $(digest "$6")" >> "$REGISTRY"
        fi
        """);
    docker.toFile().setExecutable(true);
    Path output = Files.createFile(folder.resolve("output"));
    Path summary = Files.createFile(folder.resolve("summary"));
    ProcessBuilder bash = new ProcessBuilder("bash", "-e", "-c", String.join("\n", WorkflowRenderer.PUBLISHED_SCRIPT))
        .redirectErrorStream(true);
    bash.environment().putAll(Map.of("CONTENT_TAGS", contentTags, "GITHUB_OUTPUT", output.toString(),
        "GITHUB_STEP_SUMMARY", summary.toString(), "REGISTRY", tags.toString(), "CALLS", calls.toString(),
        "FAILURE", failure, "PATH", folder + java.io.File.pathSeparator + System.getenv("PATH")));
    Process process = bash.start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    return new Published(exit, printed, Files.readString(output), Files.readString(summary),
        Files.readAllLines(calls).stream().filter(c -> c.contains(" create ")).toList());
  }

  /** What the changes job's services step appends to $GITHUB_OUTPUT, run by bash with jq. */
  private static String servicesScript(String jobs, String everything, String changed) throws Exception {
    if (Executables.onPath("jq", System.getenv("PATH")).isEmpty()) {
      RequiredTool.HERE.missing("jq is not on the PATH: skipping the run of the services script");
    }
    Path output = Files.createTempFile("github-output", ".txt");
    ProcessBuilder bash = new ProcessBuilder("bash", "-c", WorkflowRenderer.SERVICES_SCRIPT).redirectErrorStream(true);
    bash.environment().putAll(Map.of("JOBS", jobs, "EVERYTHING", everything, "CHANGED", changed,
        "GITHUB_OUTPUT", output.toString()));
    Process process = bash.start();
    String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(printed).isZero();
    String written = Files.readString(output);
    Files.delete(output);
    return written;
  }

  private static String workflow(ImageSet set, RepositoryLayout layout) {
    return new HierarchyFiles(Hierarchies.GENERATOR, layout).workflows(set).get(0).content();
  }
}
