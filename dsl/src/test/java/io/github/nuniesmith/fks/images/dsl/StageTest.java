package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StageTest {
  @Test
  void builderKeepsStepsInOrder() {
    Stage stage = Stage.builder("runtime")
        .from("python:3.12-slim-trixie")
        .apt("curl")
        .workdir("/app")
        .copy("src", "/app/src")
        .user("10001:10001")
        .expose(8000)
        .cmd("python", "-m", "app")
        .build();

    assertThat(stage.name()).isEqualTo("runtime");
    assertThat(stage.from()).isEqualTo(new From.External(ImageRef.parse("python:3.12-slim-trixie")));
    assertThat(stage.steps()).extracting(Step::describe)
        .containsExactly("apt install", "workdir", "copy 'src'", "user", "expose", "cmd");
  }

  @Test
  void finalUserIsTheLastUserStep() {
    Stage stage = Stage.builder("runtime").from("python:3.12").user("10001").user("10002:10003").build();

    assertThat(stage.finalUser()).contains(UserSpec.of(10002, 10003));
    assertThat(Stage.builder("builder").from("python:3.12").build().finalUser()).isEmpty();
  }

  @Test
  void acceptsAptAfterANonRootUserWhichTheBaselinePolicyReports() {
    Stage stage = Stage.builder("runtime").from("python:3.12").user("10001:10001").apt("curl").build();

    assertThat(stage.steps()).extracting(Step::describe).containsExactly("user", "apt install");
  }

  @Test
  void rejectsASourceBuildSharingItsStage() {
    SourceBuild build = SourceBuild.tarball("ta-lib", "0.4.0").url("https://example.org/ta-lib-0.4.0.tar.gz")
        .sha256("9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651").build();

    assertThatThrownBy(() -> Stage.builder("build").from("python:3.12").step(build).workdir("/app").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage build / source build 'ta-lib': shares its stage with other steps, which would run"
            + " in its build folder: give it a stage of its own and copy its prefix from there");
  }

  @Test
  void acceptsAVirtualEnvironmentAfterANonRootUser() {
    Stage stage = Stage.builder("build").from("python:3.12").user("10001:10001")
        .step(new VirtualEnv(AbsolutePath.of("/home/app/venv"), "3.12", List.of())).build();

    assertThat(stage.steps()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"scratch", "context"})
  void rejectsNameReservedByBuildKit(String name) {
    assertThatThrownBy(() -> Stage.builder(name).from("python:3.12").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage name '" + name + "' is reserved by BuildKit: choose another [FKS014]");
  }

  @Test
  void rejectsUppercaseName() {
    assertThatThrownBy(() -> Stage.builder("Builder").from("python:3.12").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage name 'Builder' is invalid: use up to 63 lowercase letters, digits and _ . -,"
            + " starting with a letter [FKS014]");
  }

  @Test
  void rejectsTwoHealthchecks() {
    Healthcheck check = Healthcheck.http(Port.tcp(8000), "/health");

    assertThatThrownBy(() -> Stage.builder("runtime").from("python:3.12").step(check).step(check).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime: has 2 HEALTHCHECKs: keep one, only the last would count [FKS012]");
  }

  @Test
  void rejectsStageWithoutFrom() {
    assertThatThrownBy(() -> Stage.builder("runtime").cmd("python").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime: has no FROM: call from(...) with an image, an earlier stage or another"
            + " image's target");
  }

  @Test
  void rejectsStageStartingFromItself() {
    assertThatThrownBy(() -> Stage.builder("runtime").from(new From.Previous("runtime")).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime: starts from itself: name an earlier stage [FKS014]");
  }

  @Test
  void namesTheFromOfAnUntaggedImage() {
    assertThatThrownBy(() -> Stage.builder("runtime").from("python"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime / from: image reference 'python': image 'python' has no tag: name a version"
            + " tag such as :3.12-slim, never rely on an implicit latest"
            + " (write it as [registry/][namespace/]name:tag[@sha256:<64 hex>]) [FKS001]");
  }

  @Test
  void namesTheStepOfABadInput() {
    assertThatThrownBy(() -> Stage.builder("runtime").user("0:0"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime / user: user id 0 is root or negative: run as a non-root numeric user such"
            + " as 10001 [FKS010]");
    assertThatThrownBy(() -> Stage.builder("runtime").expose(0))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime / expose: port 0 is out of range: use 1 to 65535 [FKS028]");
    assertThatThrownBy(() -> Stage.builder("runtime").copy("../../etc", "/app"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime / copy '../../etc': relative path '../../etc' contains . or .. segments,"
            + " which could leave its folder: remove them");
    assertThatThrownBy(() -> Stage.builder("runtime").labels(Map.of("com.docker.x", "y")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime / labels: label key 'com.docker.x' is in a namespace reserved by Docker:"
            + " use your own [FKS017]");
  }

  @Test
  void namesTheTargetAnotherImageDoesNotPublish() {
    Image other = Image.builder("other", "docker/Dockerfile.other", StageTest.class)
        .stage("run", s -> s.from("python:3.12"))
        .publish("run", "nuniesmith/other:x", "1.0.0")
        .build();

    assertThatThrownBy(() -> Stage.builder("runtime").from(other, "builder"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime / from: image other publishes no target 'builder': use one of [run]");
  }

  @Test
  void constructorCopiesSteps() {
    Stage stage = new Stage("builder", From.image("python:3.12"), List.of(new RefreshLibraries()));

    assertThat(stage.steps()).containsExactly(new RefreshLibraries());
  }

  @Test
  void shellAndArgStepsCarryTheStageInTheirErrors() {
    Stage stage = Stage.builder("build").from("python:3.12")
        .arg("MODE", "release").shell("no typed step lists files", "ls -l /opt").build();

    assertThat(stage.steps()).containsExactly(new Arg("MODE", java.util.Optional.of("release")),
        new ShellStep("no typed step lists files", "ls -l /opt", List.of()));
    assertThatThrownBy(() -> Stage.builder("build").shell("why", "sudo make"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage build / shell step: shell command 'sudo make' uses cd or sudo: use a Workdir step,"
            + " and run as root in a builder stage [FKS025]");
    assertThatThrownBy(() -> Stage.builder("build").arg("MODE", "a b"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage build / arg MODE: arg MODE default 'a b' has characters other than letters, digits"
            + " and . _ : / @ + = , -");
  }
}
