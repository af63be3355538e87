package io.github.nuniesmith.fks.images.dsl.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.AbsolutePath;
import io.github.nuniesmith.fks.images.dsl.ContextPath;
import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierTest {
  private static Tier.Builder cpu() {
    return Tier.root(TierRole.CPU, "cpu", TierTest.class)
        .python("3.12", "python:3.12-slim-trixie")
        .publishAs("nuniesmith/fks:docker", "1.0.0");
  }

  private static Tier.Builder ml(Tier parent) {
    return Tier.on(parent, TierRole.ML, "ml", TierTest.class).publishAs("nuniesmith/fks:docker-ml", "1.0.0");
  }

  @Test
  void rootHasDefaultsAndTwoTargets() {
    Tier tier = cpu().buildPackages("cmake", "build-essential").runtimePackages("libopenblas0").build();

    assertThat(tier.dockerfile()).isEqualTo(ContextPath.of("docker/Dockerfile.cpu"));
    assertThat(tier.environment()).isEqualTo(AbsolutePath.of("/opt/fks/cpu"));
    assertThat(tier.python()).map(Tier.PythonBase::buildArg).contains("PYTHON_IMAGE");
    assertThat(tier.buildPackages()).containsExactly("build-essential", "cmake");
    assertThat(tier.runtimePackages()).containsExactly("libopenblas0");
    assertThat(tier.builderTarget().moving()).hasToString("nuniesmith/fks:docker");
    assertThat(tier.builderTarget().pinned()).hasToString("nuniesmith/fks:docker-v1.0.0");
    assertThat(tier.runtimeTarget().moving()).hasToString("nuniesmith/fks:docker-runtime");
    assertThat(tier.runtimeTarget().pinned()).hasToString("nuniesmith/fks:docker-runtime-v1.0.0");
  }

  @Test
  void childKnowsItsLineage() {
    Tier cpu = cpu().build();
    Tier ml = ml(cpu).dockerfile("docker/Dockerfile.ml").build();

    assertThat(ml.lineage()).extracting(Tier::name).containsExactly("ml", "cpu");
    assertThat(ml.root()).isSameAs(cpu);
    assertThat(ml.depth()).isEqualTo(1);
    assertThat(cpu.depth()).isZero();
    assertThat(ml.dockerfile()).isEqualTo(ContextPath.of("docker/Dockerfile.ml"));
  }

  @Test
  void rejectsTierWithoutPublishedImage() {
    assertThatThrownBy(() -> Tier.root(TierRole.CPU, "cpu", TierTest.class).python("3.12", "python:3.12-slim").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / image: image tag (call publishAs) is missing: give a value");
  }

  @Test
  void rejectsUntaggedImage() {
    assertThatThrownBy(() -> cpu().publishAs("nuniesmith/fks", "1.0.0").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu: image 'nuniesmith/fks' has no tag: name the moving tag its versions are named after,"
            + " such as nuniesmith/fks:base");
  }

  @Test
  void rejectsVersionThatIsNotSemver() {
    assertThatThrownBy(() -> cpu().publishAs("nuniesmith/fks:docker", "1.0").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu: version '1.0' is not semver: write major.minor.patch such as 1.0.0");
  }

  @Test
  void rejectsPublishingByDigest() {
    String digest = "sha256:9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651";

    assertThatThrownBy(() -> cpu().publishAs("nuniesmith/fks:docker@" + digest, "1.0.0").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu: image tag nuniesmith/fks:docker@" + digest + " has a digest: publish by tag");
  }

  @Test
  void rejectsPythonImageOfAnotherVersion() {
    assertThatThrownBy(() -> Tier.root(TierRole.CPU, "cpu", TierTest.class).python("3.12", "python:3.11-slim"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / python: python image python:3.11-slim is not Python 3.12: use a tag that starts"
            + " with 3.12");
  }

  @Test
  void rejectsRootWithoutPython() {
    assertThatThrownBy(() -> Tier.root(TierRole.CPU, "cpu", TierTest.class)
        .publishAs("nuniesmith/fks:docker", "1.0.0").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu: has neither a Python image nor a parent tier: call python(...), or start it with"
            + " Tier.on(parent, ...)");
  }

  @Test
  void rejectsChildWithItsOwnPython() {
    assertThatThrownBy(() -> ml(cpu().build()).python("3.12", "python:3.12-slim").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier ml: has both a Python image and a parent tier: keep one");
  }

  @Test
  void rejectsTheNameReservedForServices() {
    assertThatThrownBy(() -> Tier.root(TierRole.CPU, "service", TierTest.class)
        .python("3.12", "python:3.12-slim").publishAs("nuniesmith/fks:docker", "1.0.0").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier name 'service' is reserved for the folder of a service's own packages: choose another");
  }

  @Test
  void rejectsTwoSourceBuildsInOneStage() {
    SourceBuild dash = SourceBuild.tarball("ta-lib", "0.4.0").url("https://example.org/ta-lib.tar.gz")
        .sha256("9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651").build();
    SourceBuild underscore = SourceBuild.tarball("ta_lib", "0.4.0").url("https://example.org/ta_lib.tar.gz")
        .sha256("9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651").prefix("/opt/ta_lib").build();

    assertThatThrownBy(() -> cpu().sourceBuild(dash).sourceBuild(underscore).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu: has two source builds in stage 'ta-lib-build':"
            + " give them names that differ in more than . _ -");
  }

  @Test
  void rejectsUppercaseName() {
    assertThatThrownBy(() -> Tier.root(TierRole.CPU, "CPU", TierTest.class)
        .python("3.12", "python:3.12-slim").publishAs("nuniesmith/fks:docker", "1.0.0").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier name 'CPU' is invalid: use lowercase letters, digits and -");
  }

  @Test
  void pipTakesParsedRequirementsAsOneCachedPypiInstall() {
    Tier tier = cpu().pip(PipRequirement.parse("pip==25.2"), PipRequirement.parse("wheel==0.45.1")).build();

    assertThat(tier.pipInstalls()).containsExactly(PipInstall.of("pip==25.2", "wheel==0.45.1"));
    assertThatThrownBy(() -> cpu().pip(PipRequirement.parse("pip==25.2"), PipRequirement.parse("pip==25.1")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip install: pip requirement 'pip' names a package already listed in this"
            + " install: keep one");
  }

  @Test
  void namesTierAndFieldOfBadInput() {
    assertThatThrownBy(() -> cpu().pip("langchain>=0.3.0 && rm -rf /"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip install: pip requirement 'langchain>=0.3.0 && rm -rf /' contains the shell"
            + " metacharacter '&': write one PEP 508 requirement such as 'langchain>=0.3.0' [FKS005]");
    assertThatThrownBy(() -> cpu().buildPackages("Curl").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / build packages: apt package 'Curl' is invalid: use a Debian package name"
            + " (lowercase letters, digits, + . -) with an optional =version");
    assertThatThrownBy(() -> cpu().runtimePackages("curl", "curl").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / runtime packages: apt package 'curl' is listed twice: remove one");
    assertThatThrownBy(() -> cpu().label("com x", "y"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / label com x: label key 'com x' is invalid: use a word without blanks, quotes, =,"
            + " \\ or $");
    assertThatThrownBy(() -> cpu().dockerfile("../Dockerfile").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / dockerfile: relative path '../Dockerfile' contains . or .. segments, which could"
            + " leave its folder: remove them");
    assertThatThrownBy(() -> cpu().sourceBuild(null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / source build: source build is missing: give a value");
  }

  @Test
  void rejectsLabelsTheGeneratorSets() {
    for (String key : List.of("title", "version", "base.name")) {
      assertThatThrownBy(() -> cpu().label("org.opencontainers.image." + key, "x").build())
          .isInstanceOf(DefinitionException.class)
          .hasMessage("tier cpu: label 'org.opencontainers.image." + key + "' is set by the generator from the"
              + " tier's tag, version and parent: remove it");
    }
    assertThat(cpu().label("org.opencontainers.image.description", "x").build().labels())
        .containsEntry("org.opencontainers.image.description", "x");
  }
}
