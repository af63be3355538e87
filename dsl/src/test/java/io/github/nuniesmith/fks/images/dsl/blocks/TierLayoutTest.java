package io.github.nuniesmith.fks.images.dsl.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.AbsolutePath;
import io.github.nuniesmith.fks.images.dsl.AptInstall;
import io.github.nuniesmith.fks.images.dsl.ContextPath;
import io.github.nuniesmith.fks.images.dsl.Copy;
import io.github.nuniesmith.fks.images.dsl.CreateUser;
import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.Env;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Labels;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import io.github.nuniesmith.fks.images.dsl.User;
import io.github.nuniesmith.fks.images.dsl.UserSpec;
import io.github.nuniesmith.fks.images.dsl.VirtualEnv;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TierLayoutTest {
  private static final SourceBuild TA_LIB = SourceBuild.tarball("ta-lib", "0.4.0")
      .url("https://downloads.sourceforge.net/project/ta-lib/ta-lib/0.4.0/ta-lib-0.4.0-src.tar.gz")
      .sha256("9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651")
      .build();
  private static final Tier CPU = Tier.root(TierRole.CPU, "cpu", TierLayoutTest.class)
      .python("3.12", "python:3.12-slim-trixie")
      .publishAs("nuniesmith/fks:docker", "1.0.0")
      .buildPackages("cmake")
      .runtimePackages("libopenblas0")
      .sourceBuild(TA_LIB)
      .pip("pip==25.2")
      .label("org.opencontainers.image.source", "https://github.com/nuniesmith/fks")
      .build();
  private static final Tier ML = Tier.on(CPU, TierRole.ML, "ml", TierLayoutTest.class)
      .publishAs("nuniesmith/fks:docker-ml", "1.0.0")
      .pip("langchain>=0.3.0")
      .build();

  private static List<String> steps(Image image, String stage) {
    return image.stage(stage).orElseThrow().steps().stream().map(Step::describe).toList();
  }

  private static <T extends Step> T step(Image image, String stage, Class<T> type, int index) {
    return image.stage(stage).orElseThrow().steps().stream().filter(type::isInstance).map(type::cast)
        .toList().get(index);
  }

  @Test
  void rootTierBuildsSourceThenBuilderThenRuntime() {
    Image cpu = TierLayout.tier(CPU, Optional.empty());

    assertThat(cpu.stages()).extracting(Stage::name).containsExactly("ta-lib-build", "builder", "runtime");
    assertThat(cpu.stage("ta-lib-build").orElseThrow().steps()).containsExactly(TA_LIB);
    assertThat(steps(cpu, "builder")).containsExactly("apt install", "copy '/opt/ta-lib/'", "ldconfig",
        "virtual environment /opt/fks/cpu", "env PATH", "pip install", "arg PYTHON_IMAGE", "labels");
    assertThat(steps(cpu, "runtime")).containsExactly("apt install", "copy '/opt/ta-lib/lib/'", "ldconfig",
        "create user fks", "copy '/opt/fks/cpu'", "env PATH", "arg PYTHON_IMAGE", "labels");
  }

  @Test
  void builderGetsBuildAndRuntimePackagesRuntimeOnlyItsOwn() {
    Image cpu = TierLayout.tier(CPU, Optional.empty());

    assertThat(step(cpu, "builder", AptInstall.class, 0).packages()).containsExactly("cmake", "libopenblas0");
    assertThat(step(cpu, "runtime", AptInstall.class, 0).packages()).containsExactly("libopenblas0");
    assertThat(step(cpu, "runtime", Copy.class, 0))
        .isEqualTo(Copy.fromStage("ta-lib-build", "/opt/ta-lib/lib/", "/usr/local/lib/"));
    assertThat(step(cpu, "runtime", CreateUser.class, 0)).isEqualTo(CreateUser.system("fks", 10001, 10001));
  }

  @Test
  void tierLabelsNameTitleVersionAndBase() {
    Image cpu = TierLayout.tier(CPU, Optional.empty());
    Image ml = TierLayout.tier(ML, Optional.of(cpu));

    assertThat(step(cpu, "runtime", Labels.class, 0).labels()).containsExactly(
        // The image a build actually used, also when it overrides the PYTHON_IMAGE build argument.
        Map.entry("org.opencontainers.image.base.name", "${PYTHON_IMAGE}"),
        Map.entry("org.opencontainers.image.source", "https://github.com/nuniesmith/fks"),
        Map.entry("org.opencontainers.image.title", "nuniesmith/fks:docker-runtime"),
        Map.entry("org.opencontainers.image.version", "1.0.0"));
    assertThat(step(ml, "builder", Labels.class, 0).labels())
        .containsEntry("org.opencontainers.image.base.name", "nuniesmith/fks:docker-v1.0.0")
        .containsEntry("org.opencontainers.image.title", "nuniesmith/fks:docker-ml");
  }

  @Test
  void childTierSeesParentEnvironmentsAndCreatesNoUser() {
    Image cpu = TierLayout.tier(CPU, Optional.empty());
    Image ml = TierLayout.tier(ML, Optional.of(cpu));

    assertThat(step(ml, "builder", VirtualEnv.class, 0))
        .isEqualTo(new VirtualEnv(AbsolutePath.of("/opt/fks/ml"), "3.12", List.of(AbsolutePath.of("/opt/fks/cpu"))));
    assertThat(step(ml, "builder", Env.class, 0).variables()).containsEntry("PATH", "/opt/fks/ml/bin:${PATH}");
    assertThat(steps(ml, "runtime")).containsExactly("copy '/opt/fks/ml'", "env PATH", "labels");
  }

  @Test
  void serviceInstallsItsRequirementsAndRunsAsItsUser() {
    Image cpu = TierLayout.tier(CPU, Optional.empty());
    Image ml = TierLayout.tier(ML, Optional.of(cpu));
    Service service = Service.builder("ai", ML, TierLayoutTest.class).port(8001).command("python", "-m", "app")
        .requirements("requirements.txt").runtimePackages("libgomp1").build();

    Image image = new TierLayout.Services(service.tier(), ml).image(service);

    assertThat(image.targets()).isEmpty();
    assertThat(image.dockerfile()).isEqualTo(ContextPath.of("services/ai/Dockerfile"));
    assertThat(steps(image, "builder")).containsExactly("virtual environment /opt/fks/service", "env PATH",
        "workdir", "copy 'requirements.txt'", "pip install");
    assertThat(step(image, "builder", VirtualEnv.class, 0).parents())
        .containsExactly(AbsolutePath.of("/opt/fks/ml"), AbsolutePath.of("/opt/fks/cpu"));
    assertThat(step(image, "builder", PipInstall.class, 0).requirementsFile())
        .contains(AbsolutePath.of("/app/requirements.txt"));
    assertThat(steps(image, "runtime")).containsExactly("apt install", "copy '/opt/fks/service'", "env PATH",
        "workdir", "copy 'src'", "user", "expose", "healthcheck", "labels", "cmd");
    assertThat(image.stage("runtime").orElseThrow().finalUser()).contains(new User(UserSpec.of(10001, 10001)));
    assertThat(step(image, "runtime", Labels.class, 0).labels())
        .containsEntry("org.opencontainers.image.title", "fks-ai")
        .containsEntry("org.opencontainers.image.base.name", "nuniesmith/fks:docker-ml-runtime-v1.0.0")
        .containsEntry("org.opencontainers.image.description", "Service ai on nuniesmith/fks:docker-ml-runtime-v1.0.0");
  }

  private static Service api() {
    return Service.builder("api", CPU, TierLayoutTest.class).port(8000).command("python", "-m", "app")
        .pip("uvicorn==0.30.6").build();
  }

  @Test
  void serviceInstallsItsOwnPackagesBeforeItsRequirementsFile() {
    Image cpu = TierLayout.tier(CPU, Optional.empty());
    Service service = Service.builder("api", CPU, TierLayoutTest.class).port(8000).command("python", "-m", "app")
        .pip("uvicorn==0.30.6").requirements("deps/requirements.txt").buildPackages("libpq-dev").build();

    Image image = new TierLayout.Services(service.tier(), cpu).image(service);

    assertThat(steps(image, "builder")).containsExactly("apt install", "virtual environment /opt/fks/service",
        "env PATH", "workdir", "pip install", "copy 'deps/requirements.txt'", "pip install");
    PipInstall own = step(image, "builder", PipInstall.class, 0);
    assertThat(own.requirements()).extracting(PipRequirement::toString).containsExactly("uvicorn==0.30.6");
    assertThat(own.requirementsFile()).isEmpty();
    assertThat(own.cache()).isTrue();
    assertThat(step(image, "builder", PipInstall.class, 1).requirementsFile())
        .contains(AbsolutePath.of("/app/deps/requirements.txt"));
  }

  @Test
  void serviceWithNeitherPackagesNorRequirementsFileInstallsNothing() {
    Image cpu = TierLayout.tier(CPU, Optional.empty());
    Service service = Service.builder("api", CPU, TierLayoutTest.class).port(8000).command("python", "-m", "app")
        .build();

    assertThat(steps(new TierLayout.Services(service.tier(), cpu).image(service), "builder"))
        .containsExactly("virtual environment /opt/fks/service", "env PATH", "workdir");
  }

  @Test
  void serviceWithItsOwnUserCreatesIt() {
    Image cpu = TierLayout.tier(CPU, Optional.empty());
    Service service = Service.builder("api", CPU, TierLayoutTest.class).port(8000).command("python", "-m", "app")
        .user("20000:20000").build();

    Image image = new TierLayout.Services(service.tier(), cpu).image(service);

    assertThat(steps(image, "runtime")).containsSubsequence("create user app", "user");
    assertThat(step(image, "runtime", CreateUser.class, 0)).isEqualTo(CreateUser.system("app", 20000, 20000));
  }

  @Test
  void serviceInstallsFromItsIndex() {
    Image cpu = TierLayout.tier(CPU, Optional.empty());
    Service service = Service.builder("api", CPU, TierLayoutTest.class).port(8000).command("python", "-m", "app")
        .requirements("requirements.txt").index(PackageIndex.wheelhouse("wheels")).build();

    Image image = new TierLayout.Services(service.tier(), cpu).image(service);

    assertThat(step(image, "builder", PipInstall.class, 0).index()).isEqualTo(PackageIndex.wheelhouse("wheels"));
    assertThat(step(new TierLayout.Services(api().tier(), cpu).image(api()), "builder", PipInstall.class, 0).index())
        .isEqualTo(PackageIndex.PYPI);
  }

  @Test
  void labelsOfTiersAndServicesAreLiteral() {
    assertThatThrownBy(() -> TierLayout.literalLabels(Map.of("org.x", "${PYTHON_IMAGE}")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("label org.x value '${PYTHON_IMAGE}' contains $: labels of tiers and services are literal");
  }
}
