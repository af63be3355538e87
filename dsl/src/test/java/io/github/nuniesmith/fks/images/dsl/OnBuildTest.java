package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnBuildTest {
  @Test
  void wrapsEachStepTheBodyAdds() {
    Stage stage = Stage.builder("run").from("python:3.12").onBuild(b -> b.user("1000").cmd("app")).build();

    assertThat(stage.steps()).containsExactly(new OnBuild(User.parse("1000")), new OnBuild(new Cmd(List.of("app"))));
    assertThat(stage.finalUser()).isEmpty();
  }

  @Test
  void theChildExpandsTheVariables() {
    assertThat(new OnBuild(User.parse("${NB_UID}")).expanded()).isEmpty();
  }

  @Test
  void namesImageStageAndStepOfABadWrappedStep() {
    assertThatThrownBy(() -> Image.builder("demo", "Dockerfile", OnBuildTest.class)
            .stage("run", s -> s.from("python:3.12").onBuild(b -> b.user("a b"))))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage run / onbuild / user: user 'a b' is invalid: write a name such as app or"
            + " root, an id such as 1000, or a variable such as ${NB_UID}");
  }

  @Test
  void refusesWhatDockerRefuses() {
    assertThatThrownBy(() -> Stage.builder("run").onBuild(b -> b.onBuild(c -> c.cmd("app"))))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage run / onbuild: onbuild wraps another onbuild, which Docker refuses: wrap the step itself");
    assertThatThrownBy(() -> Stage.builder("run").onBuild(b -> b.maintainer("Jane")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage run / onbuild: onbuild wraps maintainer, which Docker refuses: set it in the child image,"
            + " or use a label");
    assertThatThrownBy(() -> new OnBuild(SourceBuild.tarball("ta-lib", "0.4.0")
            .url("https://example.com/ta-lib-0.4.0-src.tar.gz")
            .sha256("9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651").build()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("onbuild wraps a source build, which renders several instructions: wrap single steps, or build"
            + " in this image");
  }
}
