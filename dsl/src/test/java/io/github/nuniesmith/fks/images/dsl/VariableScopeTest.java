package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Dockerfile scoping of ARG and ENV, checked when an image is built: what each step may refer to. */
class VariableScopeTest {
  private static final String PY = "python:3.12-slim";
  private static final Variable NB_UID = Variable.named("NB_UID");

  private static Image.Builder app() {
    return Image.builder("app", "Dockerfile", VariableScopeTest.class);
  }

  private static Image oneStage(Consumer<Stage.Builder> body) {
    return app().stage("run", s -> body.accept(s.from(PY))).build();
  }

  private static void refused(Image.Builder image, String message) {
    assertThatThrownBy(image::build).isInstanceOf(DefinitionException.class).hasMessage(message);
  }

  @Test
  void aStageSeesWhatItDeclaresBeforeAStep() {
    Image image = oneStage(s -> s.arg(NB_UID, "1000").env("NB_HOME", "/home/${NB_UID}")
        .labels(Map.of("org.example.home", "$NB_HOME ${NB_UID:-0} ${NB_UID:+set}")));

    assertThat(image.stages().get(0).steps()).hasSize(3);
  }

  @Test
  void aStageFirstReferringLateStillSeesEverythingDeclaredBefore() {
    // The scope is derived at a stage's first reference: what came before it, and what comes between references.
    Image image = oneStage(s -> s.workdir("/app").arg(NB_UID, "1000").env("PATH", "/opt/bin:${PATH}")
        .env("NB_HOME", "/home/${NB_UID}").arg("NB_GID", "100").user("${NB_UID}:${NB_GID}").workdir("${NB_HOME}"));

    assertThat(image.stages().get(0).steps()).hasSize(7);
    refused(app().stage("run", s -> s.from(PY).arg(NB_UID, "1000").env("NB_HOME", "/home/${NB_UID}")
            .workdir("${NB_GID}").arg("NB_GID", "100")),
        "image app / stage run / workdir: refers to ${NB_GID}, which this stage does not declare before this"
            + " step: declare it with arg(\"NB_GID\") or env(\"NB_GID\", value) before this step, or, if the parent"
            + " image sets it, name it with parentEnv(\"NB_GID\")");
  }

  @Test
  void aReferenceBeforeItsDeclarationIsRefused() {
    refused(app().stage("run", s -> s.from(PY).env("NB_HOME", "/home/" + NB_UID.ref()).arg(NB_UID, "1000")),
        "image app / stage run / env NB_HOME: refers to ${NB_UID}, which this stage does not declare before this"
            + " step: declare it with arg(\"NB_UID\") or env(\"NB_UID\", value) before this step, or, if the parent"
            + " image sets it, name it with parentEnv(\"NB_UID\")");
  }

  @Test
  void aReferenceInsideADefaultIsCheckedToo() {
    refused(app().stage("run", s -> s.from(PY).env("LD_LIBRARY_PATH", "${LD_LIBRARY_PATH:+${LD_LIBRARY_PATH}:}/opt/x")),
        "image app / stage run / env LD_LIBRARY_PATH: refers to ${LD_LIBRARY_PATH}, which this stage does not"
            + " declare before this step: declare it with arg(\"LD_LIBRARY_PATH\") or env(\"LD_LIBRARY_PATH\", value)"
            + " before this step, or, if the parent image sets it, name it with parentEnv(\"LD_LIBRARY_PATH\")");
    assertThat(oneStage(s -> s.parentEnv("LD_LIBRARY_PATH")
        .env("LD_LIBRARY_PATH", "${LD_LIBRARY_PATH:+${LD_LIBRARY_PATH}:}/opt/x")).stages()).hasSize(1);
  }

  @Test
  void aGlobalArgIsForFromLinesUntilAStageDeclaresItAgain() {
    refused(app().arg(NB_UID, "1000").stage("run", s -> s.from(PY).labels(Map.of("org.example.uid", NB_UID.ref()))),
        "image app / stage run / labels: refers to ${NB_UID}, a global ARG, which FROM lines see but the steps of a"
            + " stage do not: declare it in this stage with arg(\"NB_UID\") before this step, or, if the parent image"
            + " sets it, name it with parentEnv(\"NB_UID\")");
    assertThat(app().arg(NB_UID, "1000")
        .stage("run", s -> s.from(PY).arg(NB_UID).labels(Map.of("org.example.uid", NB_UID.ref()))).build()
        .globalArgs()).containsExactly(Arg.of("NB_UID", "1000"));
  }

  @Test
  void platformArgsArePredefinedForFromLinesOnly() {
    Image image = app().stage("build", s -> s.from(PY).platform("$BUILDPLATFORM").arg("TARGETARCH")
        .labels(Map.of("org.example.arch", "${TARGETARCH}"))).build();

    assertThat(image.stages().get(0).from().platform()).contains("$BUILDPLATFORM");
    refused(app().stage("build", s -> s.from(PY).labels(Map.of("org.example.arch", "${TARGETARCH}"))),
        "image app / stage build / labels: refers to ${TARGETARCH}, which Docker predefines for FROM lines only:"
            + " declare it in this stage with arg(\"TARGETARCH\") before this step");
  }

  @Test
  void proxyArgsAndPathNeedNoDeclaration() {
    assertThat(oneStage(s -> s.env("PATH", "/opt/x/bin:${PATH}")
        .labels(Map.of("org.example.proxy", "${HTTPS_PROXY:-none} $no_proxy"))).stages()).hasSize(1);
  }

  @Test
  void aStageOfThisFileInheritsTheArgsAndEnvOfItsParentStage() {
    Image image = app()
        .stage("base", s -> s.from(PY).arg(NB_UID, "1000").env("CONDA_DIR", "/opt/conda"))
        .stage("child", s -> s.from(new From.Previous("base")).labels(Map.of("org.example.a", "$NB_UID $CONDA_DIR")))
        .build();

    assertThat(image.parentStage(image.stages().get(1))).contains("base");
    refused(app()
            .stage("base", s -> s.from(PY).arg(NB_UID, "1000"))
            .stage("other", s -> s.from(PY).labels(Map.of("org.example.a", "$NB_UID"))),
        "image app / stage other / labels: refers to ${NB_UID}, which this stage does not declare before this step:"
            + " declare it with arg(\"NB_UID\") or env(\"NB_UID\", value) before this step, or, if the parent image"
            + " sets it, name it with parentEnv(\"NB_UID\")");
  }

  @Test
  void anImageOfTheSetPassesItsEnvButNotItsArgsToItsChildren() {
    Image parent = app()
        .stage("run", s -> s.from(PY).parentEnv("PYTHON_VERSION").arg(NB_UID, "1000").env("CONDA_DIR", "/opt/conda"))
        .publish("run", "example/parent:x", "1.0.0").build();
    Image child = Image.builder("child", "Dockerfile.child", VariableScopeTest.class)
        .stage("run", s -> s.from(parent, "run").labels(Map.of("org.example.a", "$CONDA_DIR $PYTHON_VERSION")))
        .build();

    assertThat(child.stages()).hasSize(1);
    refused(Image.builder("child", "Dockerfile.child", VariableScopeTest.class)
            .stage("run", s -> s.from(parent, "run").labels(Map.of("org.example.a", "$NB_UID"))),
        "image child / stage run / labels: refers to ${NB_UID}, which this stage does not declare before this step:"
            + " declare it with arg(\"NB_UID\") or env(\"NB_UID\", value) before this step");
  }

  @Test
  void fromLinesSeeGlobalArgsOnly() {
    refused(app().stage("run", s -> s.from("python:${PY_VERSION}-slim")),
        "image app / stage run / from: refers to ${PY_VERSION}, which is not a global ARG: FROM lines see only the"
            + " ARGs declared before the first FROM; declare it on the image with arg(\"PY_VERSION\", default)");
    refused(app().stage("run", s -> s.from(PY).platform("${MY_PLATFORM}")),
        "image app / stage run / from: refers to ${MY_PLATFORM}, which is not a global ARG: FROM lines see only the"
            + " ARGs declared before the first FROM; declare it on the image with arg(\"MY_PLATFORM\", default)");
    assertThat(app().arg("PY_VERSION", "3.12").stage("run", s -> s.from("python:${PY_VERSION}-slim")
        .platform("$TARGETPLATFORM")).build().stages()).hasSize(1);
  }

  @Test
  void aGlobalArgDefaultSeesTheGlobalArgsAboveIt() {
    Image image = app().arg("REGISTRY", "quay.io").arg("OWNER", "jupyter")
        .arg("BASE_IMAGE", "$REGISTRY/$OWNER/base-notebook")
        .stage("run", s -> s.from(Variable.named("BASE_IMAGE"))).build();

    assertThat(image.baseImage(image.stages().get(0))).map(ImageRef::toString).contains("quay.io/jupyter/base-notebook");
    refused(app().arg("BASE_IMAGE", "$REGISTRY/base").arg("REGISTRY", "quay.io").stage("run", s -> s.from(PY)),
        "image app / arg BASE_IMAGE: refers to ${REGISTRY}, which is not a global ARG declared before it: declare it"
            + " on the image with arg(\"REGISTRY\", default) above this one");
  }

  @Test
  void aGlobalArgDefaultMayNameAnEarlierStage() {
    Image image = app().arg("BUILDER", "builder-cpu")
        .stage("builder-cpu", s -> s.from(PY).step(new User(UserSpec.of(1000, 100))))
        .stage("final", s -> s.from(Variable.named("BUILDER"))).build();

    assertThat(image.parentStage(image.stages().get(1))).contains("builder-cpu");
    assertThat(image.baseImage(image.stages().get(1))).isEmpty();
    refused(app().arg("BUILDER", "later").stage("final", s -> s.from("${BUILDER}")).stage("later", s -> s.from(PY)),
        "image app / stage final / from: ${BUILDER} names stage 'later' by default, which is not an earlier stage of"
            + " this image: define it above [FKS014]");
  }

  @Test
  void aFromDefaultMustNameAnImageOrAStage() {
    refused(app().arg("BASE", "Not An Image").stage("run", s -> s.from("${BASE}")),
        "image app / stage run / from / ${BASE} by default: image reference 'Not An Image': image name 'Not An Image'"
            + " is invalid: use lowercase letters, digits and . _ - (write it as"
            + " [registry/][namespace/]name[:tag][@sha256:<64 hex>])");
    refused(app().arg("BASE", "").stage("run", s -> s.from("${BASE}")),
        "image app / stage run / from: ${BASE} is empty by default: give the global ARGs it names a default");
  }

  @Test
  void aFromThatNeedsABuildTimeValueIsNotResolved() {
    Image image = app().arg("BASE").stage("run", s -> s.from("${BASE}")).build();

    assertThat(image.baseImage(image.stages().get(0))).isEmpty();
    assertThat(image.parentStage(image.stages().get(0))).isEmpty();
    Image perArch = app().stage("base-amd64", s -> s.from(PY)).stage("run", s -> s.from("base-${TARGETARCH}")).build();
    assertThat(perArch.parentStage(perArch.stages().get(1))).isEmpty();
  }

  @Test
  void oneGlobalArgNameHasOneDefault() {
    refused(app().arg("BASE", "python:3.12").arg("BASE", "python:3.11").stage("run", s -> s.from(PY)),
        "image app: declares the global ARG BASE twice: a Dockerfile has one default for each, so remove one");
    refused(app().arg("PYTHON_IMAGE", "python:3.11")
            .stage("run", s -> s.from(new From.BuildArg("PYTHON_IMAGE", ImageRef.parse("python:3.12")))),
        "image app / stage run: starts from ${PYTHON_IMAGE} with the default python:3.12, but the image declares the"
            + " global ARG PYTHON_IMAGE with the default python:3.11: a Dockerfile has one global ARG PYTHON_IMAGE for"
            + " every FROM, so give both the same default, or use another name");
    Image same = app().arg("PYTHON_IMAGE", "python:3.12")
        .stage("run", s -> s.from(new From.BuildArg("PYTHON_IMAGE", ImageRef.parse("python:3.12")))).build();
    assertThat(same.globalArgs()).containsExactly(Arg.of("PYTHON_IMAGE", "python:3.12"));
  }

  @Test
  void parentEnvIsOnlyForAParentFromOutsideTheSet() {
    assertThatThrownBy(() -> Stage.builder("run").from(new From.Previous("base")).parentEnv("HOME").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage run / from: parent env [HOME] is for an image from outside this definition set: this"
            + " stage starts from one whose ENV is known, so remove it");
    assertThatThrownBy(() -> Stage.builder("run").from(PY).parentEnv("HOME", "HOME").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage run / from: parent env [HOME, HOME] names a variable twice: name each once");
    assertThatThrownBy(() -> Stage.builder("run").from(PY).parentEnv("1HOME").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage run / from: parent env name '1HOME' is invalid: use letters, digits and _, not starting"
            + " with a digit");
  }

  @Test
  void builderMethodsNameTheImageOrStageOfABadInput() {
    assertThatThrownBy(() -> app().arg("1X", "v"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image app / arg 1X: arg name '1X' is invalid: use letters, digits and _, not starting with a digit");
    assertThatThrownBy(() -> app().arg("MODE", "$(id)"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image app / arg MODE: arg MODE default '$(id)' has a $ that starts no variable reference: write"
            + " $NAME, ${NAME}, ${NAME:-default} or ${NAME:+alternative}");
    assertThatThrownBy(() -> app().arg((Variable) null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image app: global arg is missing: give a value");
    assertThatThrownBy(() -> Stage.builder("run").arg((Variable) null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage run: arg is missing: give a value");
    assertThatThrownBy(() -> Stage.builder("run").envLegacy("MSG", "a\nb"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage run / env MSG: env MSG 'a\\nb' contains a control character (newline, tab, ...): remove it");
    assertThatThrownBy(() -> Stage.builder("run").from((Variable) null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage run / from: from variable is missing: give a value");
    assertThatThrownBy(() -> Stage.builder("run").from(PY).platform(null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage run / platform: platform is missing: give a value");
  }
}
