package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.Arg;
import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.UserSpec;
import io.github.nuniesmith.fks.images.dsl.Variable;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Every form of ARG, ENV and FROM with variables, rendered. */
class VariableLoweringTest {
  private static final Generator GENERATOR = new Generator("src/test/java", Golden.UPDATE_COMMAND);
  private static final Variable REGISTRY = Variable.named("REGISTRY");
  private static final Variable OWNER = Variable.named("OWNER");
  private static final Variable BASE_IMAGE = Variable.named("BASE_IMAGE");
  private static final Variable NB_USER = Variable.named("NB_USER");
  private static final Variable LD_LIBRARY_PATH = Variable.named("LD_LIBRARY_PATH");

  @Test
  void globalArgsWhoseDefaultsReferToEachOther(TestInfo test) {
    Golden.assertMatches(test, render(Image.builder("notebook", "Dockerfile", VariableLoweringTest.class)
        .arg(REGISTRY, "quay.io")
        .arg(OWNER, "jupyter")
        .arg(BASE_IMAGE, REGISTRY.ref() + "/" + OWNER.ref() + "/base-notebook:2024-01-15")
        .arg("PYTHON_VERSION")
        .stage("notebook", s -> s.from(BASE_IMAGE)
            .arg(BASE_IMAGE)
            .labels(Map.of("org.opencontainers.image.base.name", BASE_IMAGE.ref())))
        .build()));
  }

  @Test
  void stageArgsWithAndWithoutDefaults(TestInfo test) {
    Golden.assertMatches(test, render(Image.builder("example", "Dockerfile", VariableLoweringTest.class)
        .stage("build", s -> s.from("python:3.12-slim-trixie")
            .arg(NB_USER, "jovyan")
            .arg("NB_UID", "1000")
            .arg("TARGETARCH")
            .arg("GREETING", "hello world")
            .arg("EMPTY", "")
            .env("NB_HOME", "/home/" + NB_USER.ref())
            .labels(Map.of("org.example.arch", "${TARGETARCH:-unknown}")))
        .build()));
  }

  @Test
  void envValuesWithExpansionsAndTheLegacyForm(TestInfo test) {
    Golden.assertMatches(test, render(Image.builder("example", "Dockerfile", VariableLoweringTest.class)
        .stage("run", s -> s.from("python:3.12-slim-trixie").parentEnv(LD_LIBRARY_PATH, Variable.named("HOME"))
            .env(LD_LIBRARY_PATH, LD_LIBRARY_PATH.ifSet(LD_LIBRARY_PATH.ref() + ":") + "/opt/x/lib")
            .env("CONDA_DIR", "${HOME:-/root}/conda")
            .env("PATH", "$CONDA_DIR/bin:${PATH}")
            .envLegacy("MSG", "hello world")
            .envLegacy("PADDED", " padded ")
            .envLegacy("QUOTE", "it's"))
        .build()));
  }

  @Test
  void fromWithPlatformForEveryParent(TestInfo test) {
    Image parent = Image.builder("base", "docker/Dockerfile.base", VariableLoweringTest.class)
        .stage("runtime", s -> s.from("python:3.12-slim-trixie"))
        .publish("runtime", "ghcr.io/example/base:py", "1.2.3")
        .build();
    Golden.assertMatches(test, render(Image.builder("example", "Dockerfile", VariableLoweringTest.class)
        .arg("PY", "3.12")
        .stage("build", s -> s.from("python:${PY}-slim").platform("$BUILDPLATFORM"))
        .stage("tools", s -> s.from("debian:trixie-slim").platform("linux/arm64"))
        .stage("test", s -> s.from(new From.Previous("build")).platform("${TARGETPLATFORM}"))
        .stage("app", s -> s.from(parent, "runtime").platform("$TARGETPLATFORM"))
        .stage("latest", s -> s.from("python"))
        .build()));
  }

  @Test
  void argDefaultThatNamesAStage(TestInfo test) {
    Image image = Image.builder("example", "Dockerfile", VariableLoweringTest.class)
        .arg("FLAVOR", "cpu")
        .arg("BUILDER", "builder-${FLAVOR}")
        .stage("builder-cpu", s -> s.from("python:3.12-slim-trixie")
            .step(new io.github.nuniesmith.fks.images.dsl.User(UserSpec.of(1000, 100))))
        .stage("builder-gpu", s -> s.from("nvidia/cuda:12.8.0-runtime-ubuntu24.04"))
        .stage("final", s -> s.from(Variable.named("BUILDER")).pip("requests==2.32.3"))
        .build();

    assertThat(image.parentStage(image.stages().get(2))).contains("builder-cpu");
    // The final stage starts as the builder's user 1000, so its pip cache belongs to that user.
    Golden.assertMatches(test, render(image));
  }

  @Test
  void globalArgsLowerInDeclarationOrderThenThoseOfBuildArgParents() {
    Image image = Image.builder("example", "Dockerfile", VariableLoweringTest.class)
        .arg("B", "2").arg("A", "1 2")
        .stage("run", s -> s.from(new From.BuildArg("PYTHON_IMAGE",
            io.github.nuniesmith.fks.images.dsl.ImageRef.parse("python:3.12"))))
        .build();

    assertThat(ImageLowering.lower(image, Mount.Sharing.LOCKED, ContentTags.NONE).globalArgs())
        .containsExactly("B=2", "A=\"1 2\"", "PYTHON_IMAGE=python:3.12");
  }

  @Test
  void literalEmptyAndQuotedValuesAreEscapedAsDockerReadsThem(TestInfo test) {
    String dockerfile = render(Image.builder("example", "Dockerfile", VariableLoweringTest.class)
        .stage("build", s -> s.from("python:3.12-slim-trixie")
            .env(e -> e.literal("A", "literal $HOME").set("B", "say \"hi\" from C:\\app `id`").set("EMPTY", ""))
            .envLiteral("PS1", "$ ")
            .labels(l -> l.set("com.example.key with space", "v").literal("com.example.price", "$5")))
        .build());
    assertThat(dockerfile).contains("ENV A=\"literal \\$HOME\" \\\n    B=\"say \\\"hi\\\" from C:\\\\app `id`\" \\\n"
        + "    EMPTY=\"\"\n").contains("ENV PS1=\"\\$ \"\n")
        .contains("LABEL \"com.example.key with space\"=\"v\" \\\n    com.example.price=\"\\$5\"\n");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void severalArgsInOneInstructionGlobalAndInAStage(TestInfo test) {
    String dockerfile = render(Image.builder("example", "Dockerfile", VariableLoweringTest.class)
        .args(Arg.of("REGISTRY", "docker.io"), Arg.of("BASE_IMAGE", "library/python"))
        .stage("build", s -> s.from("${REGISTRY}/${BASE_IMAGE}:3.12")
            .args(Arg.of("VERSION", "0.0.0"), Arg.of("COMMIT"), Arg.of("NOTE", "two words")))
        .build());
    assertThat(dockerfile).contains("ARG REGISTRY=docker.io BASE_IMAGE=library/python\n")
        .contains("ARG VERSION=0.0.0 COMMIT NOTE=\"two words\"\n");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void valuesOfAnImageWithTheBacktickEscapeAreQuotedWithIt(TestInfo test) {
    String dockerfile = render(Image.builder("windows", "Dockerfile", VariableLoweringTest.class).escape('`')
        .stage("build", s -> s.from("mcr.microsoft.com/windows/servercore:ltsc2022")
            .env(e -> e.set("APP_HOME", "C:\\app").set("QUOTED", "say \"hi\"").literal("PRICE", "$5"))
            .workdir("C:\\app")
            .workdir("C:\\my app")
            .copy("app\\", "C:\\app\\"))
        .build());
    assertThat(dockerfile).contains("ENV APP_HOME=\"C:\\app\" `\n    QUOTED=\"say `\"hi`\"\" `\n    PRICE=\"`$5\"\n")
        .contains("WORKDIR C:\\app\n").contains("WORKDIR \"C:\\my app\"\n").contains("COPY app\\ C:\\app\\\n");
    Golden.assertMatches(test, dockerfile);
  }

  private static String render(Image image) {
    return GENERATOR.render(image).content();
  }
}
