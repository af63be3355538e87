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
  void copyAndAddBuildersNameTheStepInTheirErrors() {
    Stage stage = Stage.builder("app").from("python:3.12-slim")
        .copy(c -> c.source("a", "b").to("/app/").chown("${NB_UID}:${NB_GID}").link())
        .add("https://github.com/x/y.git#v1.0", "/src/y")
        .add(a -> a.source("vendor/x.tar.gz").to("/opt/"))
        .build();
    assertThat(stage.steps()).extracting(Step::describe)
        .containsExactly("copy 'a b'", "add 'https://github.com/x/y.git#v1.0'", "add 'vendor/x.tar.gz'");
    assertThatThrownBy(() -> Stage.builder("app").copy(c -> c.source("a", "b").to("/app")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage app / copy 'a b': copies 2 sources to '/app', which must end in / when there are several"
            + " (Docker requires it): write /app/");
    assertThatThrownBy(() -> Stage.builder("app").copy(c -> c.fromStage("Build")))
        .hasMessage("stage app / copy / from: copy from stage 'Build' is invalid: use up to 63 lowercase letters,"
            + " digits and _ . -, starting with a letter [FKS014]");
    assertThatThrownBy(() -> Stage.builder("app").add(a -> a.source("../x").to("/x")))
        .hasMessage("stage app / add '../x': add source '../x' has a .. segment, which would leave the build context:"
            + " name a path inside it");
  }

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

    assertThat(stage.finalUser()).contains(User.parse("10002:10003"));
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
  void namesTheFromOfAnInvalidImage() {
    assertThatThrownBy(() -> Stage.builder("runtime").from("python:"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime / from: image reference 'python:' has an empty tag after ':'"
            + " (write it as [registry/][namespace/]name[:tag][@sha256:<64 hex>])");
  }

  @Test
  void acceptsAnUntaggedOrLatestImageWhichLintReports() {
    assertThat(Stage.builder("runtime").from("python").build().from().externalImage().orElseThrow().movingTag())
        .isTrue();
    assertThat(Stage.builder("runtime").from("python:latest").build().from().externalImage()).isPresent();
  }

  @Test
  void namesTheStepOfABadInput() {
    assertThatThrownBy(() -> Stage.builder("runtime").user("a b"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime / user: user 'a b' is invalid: write a name such as app or root, an id such as"
            + " 1000, or a variable such as ${NB_UID}");
    assertThatThrownBy(() -> Stage.builder("runtime").expose(0))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime / expose: port 0 is out of range: use 1 to 65535 [FKS028]");
    assertThatThrownBy(() -> Stage.builder("runtime").copy("../../etc", "/app"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime / copy '../../etc': copy source '../../etc' has a .. segment, which would"
            + " leave the build context: name a path inside it");
    assertThatThrownBy(() -> Stage.builder("runtime").labels(Map.of("a=b", "y")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage runtime / labels: label key 'a=b' is invalid: use text without = or $");
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
    assertThatThrownBy(() -> Stage.builder("build").shell("why", "make \\"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage build / shell step: shell command 'make \\' ends in a backslash, which would join the"
            + " next Dockerfile instruction to it: remove the backslash");
    assertThatThrownBy(() -> Stage.builder("build").arg("MODE", "$(id)"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage build / arg MODE: arg MODE default '$(id)' has a $ that starts no variable reference:"
            + " write $NAME, ${NAME}, ${NAME:-default} or ${NAME:+alternative}");
  }
}
