package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageTest {
  private static Image.Builder demo() {
    return Image.builder("demo", "docker/Dockerfile.demo", ImageTest.class);
  }

  @Test
  void buildsStagesTargetsAndDefiningClass() {
    Image image = demo()
        .stage("base", s -> s.from("python:3.12-slim"))
        .stage("runtime", s -> s.from(new From.Previous("base")).copyFrom("base", "/opt/venv", "/opt/venv"))
        .publish("runtime", "nuniesmith/demo:x", "1.2.3")
        .build();

    assertThat(image.stages()).extracting(Stage::name).containsExactly("base", "runtime");
    assertThat(image.dockerfile()).isEqualTo(ContextPath.of("docker/Dockerfile.demo"));
    assertThat(image.definedIn()).isEqualTo("io.github.nuniesmith.fks.images.dsl.ImageTest");
    assertThat(image.target("runtime")).map(t -> t.pinned().toString()).contains("nuniesmith/demo:x-v1.2.3");
    assertThat(image.target("base")).isEmpty();
    assertThat(image.stage("base")).isPresent();
    assertThat(image.stage("missing")).isEmpty();
  }

  @Test
  void rejectsDuplicateStageNames() {
    assertThatThrownBy(() -> demo()
        .stage("base", s -> s.from("python:3.12"))
        .stage("base", s -> s.from("python:3.12"))
        .build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage base: is defined twice: rename one of them [FKS014]");
  }

  @Test
  void rejectsFromPreviousStageDefinedLater() {
    assertThatThrownBy(() -> demo()
        .stage("runtime", s -> s.from(new From.Previous("base")))
        .stage("base", s -> s.from("python:3.12"))
        .build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage runtime: starts from stage 'base', which is not an earlier stage of this"
            + " image: define it above [FKS014]");
  }

  @Test
  void rejectsCopyFromStageThatDoesNotExist() {
    assertThatThrownBy(() -> demo()
        .stage("runtime", s -> s.from("python:3.12").copyFrom("builder", "/opt/venv", "/opt/venv"))
        .build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage runtime / copy '/opt/venv': refers to stage 'builder', which is not an"
            + " earlier stage of this image: define it above [FKS014]");
  }

  @Test
  void rejectsCopyFromItsOwnStage() {
    assertThatThrownBy(() -> demo()
        .stage("runtime", s -> s.from("python:3.12").copyFrom("runtime", "/opt/venv", "/opt/venv"))
        .build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage runtime / copy '/opt/venv': refers to its own stage 'runtime': copy from"
            + " an earlier stage [FKS014]");
  }

  @Test
  void rejectsANamedContextThatDockerWouldReadAsAStage() {
    assertThatThrownBy(() -> demo()
        .stage("wheels", s -> s.from("python:3.12"))
        .stage("runtime", s -> s.from("python:3.12").copy(c -> c.fromNamedContext("wheels").source(".").to("/w/")))
        .build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage runtime / copy '.': copies from the build context named 'wheels', but Docker"
            + " would read --from=wheels as the stage of that name: rename the context or the stage, or copy with"
            + " fromStage(...)");
    assertThat(demo().stage("runtime", s -> s.from("python:3.12")
        .copy(c -> c.fromNamedContext("wheels").source(".").to("/w/"))).build().stages()).hasSize(1);
  }

  @Test
  void rejectsBindMountFromUnknownStage() {
    ShellStep step = new ShellStep("why", "make", List.of(Mount.Bind.stage("sources", "src", "/src")));

    assertThatThrownBy(() -> demo().stage("runtime", s -> s.from("python:3.12").step(step)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage runtime / shell step: refers to stage 'sources', which is not an earlier"
            + " stage of this image: define it above [FKS014]");
  }

  @Test
  void rejectsARunWhoseMountsNameNoEarlierStage() {
    assertThatThrownBy(() -> demo().stage("runtime", s -> s.from("python:3.12")
            .run(r -> r.mount(Mount.cache("/opt/pkgs").from(Mount.Origin.stage("seed"))).shell("ls /opt/pkgs")))
        .build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage runtime / run: refers to stage 'seed', which is not an earlier stage of this"
            + " image: define it above [FKS014]");
    assertThat(demo().stage("tools", s -> s.from("python:3.12"))
        .stage("runtime", s -> s.from("python:3.12").run(r -> r.mount(Mount.Bind.stage("tools", "/bin/micromamba",
            "/usr/local/bin/micromamba"), Mount.Bind.from(Mount.Origin.context("docs"), "site", "/srv"))
            .shell("micromamba --version")))
        .publish("runtime", "nuniesmith/demo:x", "1.0.0").build().stages()).hasSize(2);
  }

  @Test
  void rejectsTargetNamingNoStage() {
    assertThatThrownBy(() -> demo()
        .stage("base", s -> s.from("python:3.12"))
        .stage("run", s -> s.from("python:3.12"))
        .publish("runtime", "nuniesmith/demo:x", "1.0.0")
        .build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo: target 'runtime' names no stage of this image: use one of [base, run]");
  }

  @Test
  void namesTargetWithBadTagOrVersion() {
    assertThatThrownBy(() -> demo().publish("run", "nuniesmith/demo", "1.0.0"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / target run: image 'nuniesmith/demo' has no tag: name the moving tag its versions"
            + " are named after, such as nuniesmith/demo:base");
    assertThatThrownBy(() -> demo().publish("run", "nuniesmith/demo:x", "v1"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / target run: version 'v1' is not semver: write major.minor.patch such as 1.0.0");
  }

  @Test
  void stageErrorsCarryImageAndStage() {
    assertThatThrownBy(() -> demo().stage("runtime", s -> s.from("python:3.12").pip("langchain>=0.3.0", "x>=$y")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage runtime / pip install: pip requirement 'x>=$y' contains the shell"
            + " metacharacter '$': write one PEP 508 requirement such as 'langchain>=0.3.0' [FKS005]");
    assertThatThrownBy(() -> demo().stage("runtime", s -> s.from("Python:3.12")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage runtime / from: image reference 'Python:3.12': image name 'Python' is"
            + " invalid: use lowercase letters, digits and . _ - (write it as"
            + " [registry/][namespace/]name[:tag][@sha256:<64 hex>])");
    assertThatThrownBy(() -> demo().stage("runtime", s -> s.cmd("a")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage runtime: has no FROM: call from(...) with an image, an earlier stage or"
            + " another image's target");
  }

  @Test
  void rejectsBadImageName() {
    assertThatThrownBy(() -> Image.builder("Demo", "docker/Dockerfile.demo", ImageTest.class)
        .stage("run", s -> s.from("python:3.12")).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image name 'Demo' is invalid: use up to 40 lowercase letters, digits and -, starting with a"
            + " letter");
  }

  @Test
  void rejectsAbsoluteDockerfilePath() {
    assertThatThrownBy(() -> Image.builder("demo", "/docker/Dockerfile.demo", ImageTest.class)
        .stage("run", s -> s.from("python:3.12")).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / dockerfile: relative path '/docker/Dockerfile.demo' is absolute: write it"
            + " relative to its folder");
  }

  @Test
  void rejectsImageWithoutStages() {
    assertThatThrownBy(() -> demo().build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo: stages is empty: give at least one");
  }

  @Test
  void rejectsDockerfilePathNamingAFolderOrWithAnOverlongName() {
    assertThatThrownBy(() -> Image.builder("demo", "docker/", ImageTest.class)
        .stage("run", s -> s.from("python:3.12")).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo: dockerfile path 'docker/' ends in /: name the file, such as docker/Dockerfile");
    assertThatThrownBy(() -> Image.builder("demo", "docker/" + "x".repeat(101), ImageTest.class)
        .stage("run", s -> s.from("python:3.12")).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo: dockerfile path 'docker/" + "x".repeat(101) + "' has a name of 101 characters:"
            + " use at most 100 per folder or file name");
    assertThatThrownBy(() -> Image.builder("demo", "y".repeat(102) + "/Dockerfile", ImageTest.class)
        .stage("run", s -> s.from("python:3.12")).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo: dockerfile path '" + "y".repeat(102) + "/Dockerfile' has a name of 102 characters:"
            + " use at most 100 per folder or file name");
    assertThat(Image.builder("demo", "docker/" + "x".repeat(100), ImageTest.class)
        .stage("run", s -> s.from("python:3.12")).build().dockerfile().value()).endsWith("x".repeat(100));
  }

  @Test
  void aBackslashInACopyPathIsEscapedUnderTheDefaultEscape() {
    assertThatThrownBy(() -> Image.builder("win", "Dockerfile", ImageTest.class)
            .stage("run", s -> s.from("mcr.microsoft.com/windows/servercore:ltsc2022").copy("app\\", "C:\\app\\"))
            .build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image win / stage run / copy 'app\\': path 'app\\' has a lone \\, which the escape character \\"
            + " reads as an escape of the character after it: write \\\\ for a backslash, or /, or set the image's"
            + " escape to ` as Windows Dockerfiles do");
    Image escaped = Image.builder("win", "Dockerfile", ImageTest.class)
        .stage("run", s -> s.from("mcr.microsoft.com/windows/nanoserver:ltsc2022")
            .copy(c -> c.source("C:\\\\tools\\\\a.dll", "C:\\\\tools\\\\b.dll").to("C:\\\\Windows\\\\System32\\\\")))
        .build();
    assertThat(((Copy) escaped.stages().get(0).steps().get(0)).destination()).isEqualTo("C:\\\\Windows\\\\System32\\\\");
    assertThat(Image.builder("win", "Dockerfile", ImageTest.class).escape('`')
        .stage("run", s -> s.from("mcr.microsoft.com/windows/servercore:ltsc2022").copy("app\\", "C:\\app\\"))
        .build().stages()).hasSize(1);
  }
}
