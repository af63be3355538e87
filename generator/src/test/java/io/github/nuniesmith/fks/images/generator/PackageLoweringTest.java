package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.AbsolutePath;
import io.github.nuniesmith.fks.images.dsl.ApkInstall;
import io.github.nuniesmith.fks.images.dsl.AptInstall;
import io.github.nuniesmith.fks.images.dsl.CondaChannel;
import io.github.nuniesmith.fks.images.dsl.CondaInstall;
import io.github.nuniesmith.fks.images.dsl.CreateUser;
import io.github.nuniesmith.fks.images.dsl.DnfInstall;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.VirtualEnv;
import io.github.nuniesmith.fks.images.generator.external.RequiredTool;
import io.github.nuniesmith.fks.images.generator.external.ShellCheck;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Each package-manager step and option in a small definition, compared with its golden Dockerfile. */
class PackageLoweringTest {
  private static final Generator GENERATOR = new Generator("src/test/java", Golden.UPDATE_COMMAND);

  @Test
  void aptLeavesTheImagesAptConfigurationAlone(TestInfo test) {
    String dockerfile = render("debian:trixie-slim", s -> s.apt("curl", "ca-certificates"));

    assertThat(dockerfile).doesNotContain("/etc/apt").contains("-o Dir::Cache::Archives=/var/cache/apt/debs/");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void aptWithRecommendsFromATargetRelease(TestInfo test) {
    String dockerfile = render("debian:bookworm-slim", s -> s.apt(AptInstall.builder("golang-1.23", "git=1:2.39.5-0+deb12u2")
        .withRecommends().targetRelease("bookworm-backports")));

    assertThat(dockerfile).contains("apt-get install -y -t bookworm-backports").doesNotContain("--no-install-recommends");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void apkWithItsCacheOnACacheMount(TestInfo test) {
    String dockerfile = render("alpine:3.22", s -> s.apk("curl", "ca-certificates", "bash=5.2.37-r0", "py3-pip~25"));

    assertThat(dockerfile).contains("--mount=type=cache,id=apk,target=/var/cache/apk,sharing=locked")
        .contains("apk add --cache-dir /var/cache/apk --update-cache").doesNotContain("--no-cache");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void apkWithoutCache(TestInfo test) {
    String dockerfile = render("alpine:3.22", s -> s.apk(ApkInstall.builder("curl").withoutCache()));

    assertThat(dockerfile).contains("apk add --no-cache").doesNotContain("--mount");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void dnfWithItsCacheOnACacheMount(TestInfo test) {
    String dockerfile = render("fedora:42", s -> s.dnf("gcc", "python3-devel", "curl-8.11.1-4.fc42"));

    assertThat(dockerfile).contains("--setopt=cachedir=/var/cache/dnf --setopt=keepcache=1")
        .contains("--setopt=install_weak_deps=0 --nodocs").doesNotContain("clean all");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void dnfWithoutCacheWithWeakDependenciesAndDocs(TestInfo test) {
    String dockerfile = render("rockylinux:9", s -> s.dnf(DnfInstall.dnf("man-db").withoutCache()
        .withWeakDependencies().withDocs()));

    assertThat(dockerfile).contains("--setopt=install_weak_deps=1").contains("&& dnf clean all")
        .doesNotContain("--nodocs").doesNotContain("--mount");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void microdnfWithItsCacheOnACacheMount(TestInfo test) {
    String dockerfile = render("registry.access.redhat.com/ubi9/ubi-minimal:9.6", s -> s.microdnf("shadow-utils", "tar"));

    assertThat(dockerfile).contains("--mount=type=cache,id=microdnf,target=/var/cache/yum,sharing=locked")
        .contains("microdnf install -y --setopt=keepcache=1 --setopt=install_weak_deps=0 --nodocs");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void microdnfWithoutCache(TestInfo test) {
    String dockerfile = render("registry.access.redhat.com/ubi9/ubi-minimal:9.6",
        s -> s.dnf(DnfInstall.microdnf("tar").withoutCache()));

    assertThat(dockerfile).contains("&& microdnf clean all").doesNotContain("--mount");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void micromambaAsRootWithItsPackageCacheOnACacheMount(TestInfo test) {
    String dockerfile = render("mambaorg/micromamba:2.3.2", s -> s.conda(
        CondaInstall.micromamba("/opt/conda", "python=3.12", "numpy>=2,<3", "conda-forge::pandas")
            .channel(CondaChannel.CONDA_FORGE)));

    assertThat(dockerfile).contains("--mount=type=cache,id=conda-pkgs,target=/opt/conda/pkgs,sharing=locked \\")
        .contains("micromamba install --yes --root-prefix /opt/conda --name base --channel conda-forge")
        .contains("'numpy>=2,<3'").doesNotContain("clean");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void micromambaAsANonRootUserOwnsItsPackageCache(TestInfo test) {
    String dockerfile = render("mambaorg/micromamba:2.3.2", s -> s.user("57439:57439").conda(
        CondaInstall.micromamba("/opt/conda", "jupyterlab=4.4").channel("conda-forge").environment("notebook")));

    assertThat(dockerfile).contains("target=/opt/conda/pkgs,sharing=locked,uid=57439,gid=57439");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void condaWithoutCacheCleansInTheSameRun(TestInfo test) {
    String dockerfile = render("continuumio/miniconda3:25.3.1-1", s -> s.conda(
        CondaInstall.conda("/opt/conda", "scipy=1.15").channel(CondaChannel.of("https://conda.example.com/main"))
            .channel(CondaChannel.CONDA_FORGE).withoutCache()));

    assertThat(dockerfile).contains("&& conda clean --all --yes").doesNotContain("--mount")
        .doesNotContain("--root-prefix");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void mambaWithoutCacheCleansInTheSameRun(TestInfo test) {
    String dockerfile = render("condaforge/miniforge3:25.3.1-0", s -> s.conda(
        CondaInstall.mamba("/opt/conda", "xarray").channel(CondaChannel.CONDA_FORGE).withoutCache()));

    assertThat(dockerfile).contains("&& mamba clean --all --yes");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void micromambaWithoutCacheCleansItsRootPrefix(TestInfo test) {
    String dockerfile = render("mambaorg/micromamba:2.3.2", s -> s.conda(
        CondaInstall.micromamba("/opt/conda", "xarray").channel(CondaChannel.CONDA_FORGE).withoutCache()));

    assertThat(dockerfile).contains("&& micromamba clean --root-prefix /opt/conda --all --yes");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void pipWithAnIndexAndExtraIndexes(TestInfo test) {
    String dockerfile = render("python:3.12-slim-trixie", s -> s.pip(PipInstall.builder("app==1.0", "torch==2.8.0+cpu")
        .index("https://pypi.example.com/simple", "")
        .extraIndex(PackageIndex.PYTORCH_CPU)
        .extraIndex("https://pypi.org/simple")));

    assertThat(dockerfile).contains("python -m pip install --index-url https://pypi.example.com/simple \\\n"
        + "      --extra-index-url https://download.pytorch.org/whl/cpu \\\n"
        + "      --extra-index-url https://pypi.org/simple \\\n");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void pipWithoutCheck(TestInfo test) {
    String dockerfile = render("python:3.12-slim-trixie", s -> s.pip(PipInstall.builder("requests==2.32.3").withoutCheck()));

    assertThat(dockerfile).doesNotContain("pip check");
    Golden.assertMatches(test, dockerfile);
  }

  /**
   * A root stage installs the system packages, then an unprivileged user installs from the wheelhouse
   * of the build context into its own environment, with a pip cache it owns.
   */
  @Test
  void pipFromAWheelhouseAfterSwitchingToAnUnprivilegedUser(TestInfo test) {
    String dockerfile = render("python:3.12-slim-trixie", s -> s
        .apt("libgomp1")
        .step(CreateUser.system("jovyan", 1000, 100))
        .user("1000:100")
        .step(new VirtualEnv(AbsolutePath.of("/home/jovyan/venv"), "3.12", List.of()))
        .env("PATH", "/home/jovyan/venv/bin:${PATH}")
        .pip(PipInstall.builder("fixcpu==1.0").wheelhouse("wheels")));

    assertThat(dockerfile).contains("--mount=type=cache,id=pip,target=/tmp/.cache/pip,uid=1000,gid=100")
        .contains("--mount=type=bind,source=wheels,target=/tmp/fks-wheelhouse")
        .contains("python -m pip install --cache-dir=/tmp/.cache/pip --no-index --find-links /tmp/fks-wheelhouse");
    Golden.assertMatches(test, dockerfile);
  }

  /**
   * After a USER given by a variable or a name, pip still uses the cache mount, never a cache in the
   * user's home that would land in the layer: owned by the variable's id, or open to every user for a
   * name, whose id a mount cannot take.
   */
  @Test
  void pipAfterAUserGivenByAVariableOrANameKeepsItsCacheOnTheMount() {
    String byVariable = render("python:3.12-slim-trixie", s -> s.arg("NB_UID", "1000").arg("NB_GID", "100")
        .user("${NB_UID}:${NB_GID}").pip("fixcpu==1.0"));
    String byName = render("python:3.12-slim-trixie", s -> s.user("app").pip("fixcpu==1.0"));

    assertThat(byVariable).contains("--mount=type=cache,id=pip,target=/tmp/.cache/pip,uid=${NB_UID},gid=${NB_GID}")
        .contains("python -m pip install --cache-dir=/tmp/.cache/pip");
    assertThat(byName).contains("--mount=type=cache,id=pip,target=/tmp/.cache/pip,mode=0777")
        .contains("python -m pip install --cache-dir=/tmp/.cache/pip");
  }

  /** Every package manager's RUN, each option on, is shell that ShellCheck finds nothing in. */
  @Test
  void everyPackageManagersRunPassesShellCheck() {
    ShellCheck shellCheck = RequiredTool.HERE.require(ShellCheck.onPath(), ShellCheck.absence());
    String dockerfile = render("debian:trixie-slim", s -> s
        .apt(AptInstall.builder("git=1:2.47.2-0.2", "curl").targetRelease("trixie-backports"))
        .apk("bash=5.2.37-r0", "py3-pip~25", "curl@edge")
        .apk(ApkInstall.builder("curl").withoutCache())
        .dnf("curl-8.11.1-4.fc42", "python3.12-devel")
        .dnf(DnfInstall.microdnf("tar").withoutCache().withWeakDependencies())
        .conda(CondaInstall.micromamba("/opt/conda", "numpy>=2,<3", "python=3.12.*", "pytorch::pytorch=2.5|2.6")
            .channel(CondaChannel.CONDA_FORGE).channel("https://conda.example.com/main/"))
        .conda(CondaInstall.conda("/opt/conda", "scipy").withoutCache())
        .pip(PipInstall.builder("app==1.0", "numpy>=2; python_version < \"3.13\"")
            .extraIndex("https://pypi.example.com/simple").withoutCheck()));

    assertThat(shellCheck.check("Dockerfile", dockerfile)).isEmpty();
  }

  private static String render(String from, Consumer<Stage.Builder> body) {
    return GENERATOR.render(Image.builder("example", "Dockerfile", PackageLoweringTest.class)
        .stage("build", s -> body.accept(s.from(from)))
        .build()).content();
  }
}
