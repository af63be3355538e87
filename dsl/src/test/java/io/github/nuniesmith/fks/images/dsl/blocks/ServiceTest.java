package io.github.nuniesmith.fks.images.dsl.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.ContextPath;
import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.Healthcheck;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.Port;
import io.github.nuniesmith.fks.images.dsl.UserSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceTest {
  private static final Tier CPU = Tier.root(TierRole.CPU, "cpu", ServiceTest.class)
      .python("3.12", "python:3.12-slim-trixie")
      .publishAs("nuniesmith/fks:docker", "1.0.0")
      .build();

  private static Service.Builder api() {
    return Service.builder("api", CPU, ServiceTest.class).port(8000).command("python", "-m", "app");
  }

  @Test
  void hasDefaults() {
    Service service = api().build();

    assertThat(service.requirements()).isEmpty();
    assertThat(service.pip()).isEmpty();
    assertThat(service.sources()).containsExactly(ContextPath.of("src"));
    assertThat(service.starterFiles()).isEmpty();
    assertThat(service.copiedFromContext()).containsExactly(ContextPath.of("src"));
    assertThat(service.user()).isEqualTo(UserSpec.of(10001, 10001));
    assertThat(service.dockerfile()).isEqualTo(ContextPath.of("services/api/Dockerfile"));
    assertThat(service.command()).containsExactly("python", "-m", "app");
    assertThat(service.index()).isEqualTo(PackageIndex.PYPI);
  }

  @Test
  void rejectsANullIndex() {
    assertThatThrownBy(() -> api().index(null).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api: package index is missing: give a value");
  }

  @Test
  void defaultHealthcheckIsHttpOnFirstPort() {
    Service service = api().port(9000).build();

    assertThat(service.ports()).containsExactly(Port.tcp(8000), Port.tcp(9000));
    assertThat(service.healthcheck()).isEqualTo(Healthcheck.http(Port.tcp(8000), "/health"));
  }

  @Test
  void takesGivenHealthcheckUserAndPaths() {
    Healthcheck check = new Healthcheck(List.of("python", "-m", "app.health"),
        Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(0), 5);

    Service service = Service.builder("worker", CPU, ServiceTest.class)
        .command("python", "-m", "worker")
        .healthcheck(check)
        .user("20000:20001")
        .requirements("deps/requirements.txt")
        .source("worker")
        .source("config.yaml")
        .build();

    assertThat(service.ports()).isEmpty();
    assertThat(service.healthcheck()).isEqualTo(check);
    assertThat(service.user()).isEqualTo(UserSpec.of(20000, 20001));
    assertThat(service.requirements()).contains(ContextPath.of("deps/requirements.txt"));
    assertThat(service.sources()).containsExactly(ContextPath.of("worker"), ContextPath.of("config.yaml"));
    assertThat(service.copiedFromContext()).containsExactly(ContextPath.of("deps/requirements.txt"),
        ContextPath.of("worker"), ContextPath.of("config.yaml"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"../etc", "Api", "a/b", "1api", ""})
  void rejectsNameThatIsNotASafePathSegment(String name) {
    assertThatThrownBy(() -> Service.builder(name, CPU, ServiceTest.class).port(8000).command("python").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage(name.isEmpty() ? "service name is empty: give a value"
            : "service name '" + name + "' is invalid: use up to 40 lowercase letters, digits and -, starting"
                + " with a letter; it becomes a folder name");
  }

  @Test
  void rejectsPortOutOfRange() {
    assertThatThrownBy(() -> Service.builder("api", CPU, ServiceTest.class).port(70000))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / port: port 70000 is out of range: use 1 to 65535 [FKS028]");
  }

  @Test
  void rejectsPortListedTwice() {
    assertThatThrownBy(() -> api().port(8000).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api: lists a port twice: keep one");
  }

  @Test
  void keepsPackagesAndLabelsInOrderGiven() {
    Service service = api().buildPackages("libpq-dev", "gcc").runtimePackages("libpq5", "curl")
        .label("org.example.z", "1").label("org.example.a", "2").label("org.example.m", "3").build();

    assertThat(service.buildPackages()).containsExactly("libpq-dev", "gcc");
    assertThat(service.runtimePackages()).containsExactly("libpq5", "curl");
    assertThat(service.labels().keySet()).containsExactly("org.example.z", "org.example.a", "org.example.m");
  }

  @Test
  void rejectsAptPackageListedTwice() {
    assertThatThrownBy(() -> api().runtimePackages("libpq5", "curl").runtimePackages("libpq5").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / runtime packages: apt package 'libpq5' is listed twice: remove one");
    assertThatThrownBy(() -> api().buildPackages("gcc", "gcc").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / build packages: apt package 'gcc' is listed twice: remove one");
  }

  @Test
  void rejectsNullPackageOrCommandArgument() {
    assertThatThrownBy(() -> api().runtimePackages("curl", null).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / runtime packages: apt packages contains null: remove it");
    assertThatThrownBy(() -> api().command("python", null).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / command: cmd contains null: remove it");
  }

  @Test
  void rejectsUserName() {
    assertThatThrownBy(() -> api().user("app"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / user: user 'app' is not numeric: write uid:gid such as 10001:10001, names may"
            + " not resolve");
  }

  @Test
  void rejectsRootUser() {
    assertThatThrownBy(() -> api().user("0"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / user: user id 0 is root: a service runs as the non-root user it creates,"
            + " such as 10001:10001");
  }

  @Test
  void rejectsMissingCommand() {
    assertThatThrownBy(() -> Service.builder("api", CPU, ServiceTest.class).port(8000).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / command: command (call command(...)) is missing: give a value");
  }

  @Test
  void rejectsEmptyCommand() {
    assertThatThrownBy(() -> Service.builder("api", CPU, ServiceTest.class).port(8000).command().build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / command: cmd is empty: give at least one");
  }

  @Test
  void rejectsNoPortAndNoHealthcheck() {
    assertThatThrownBy(() -> Service.builder("api", CPU, ServiceTest.class).command("python").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api: healthcheck (call healthcheck(...), or give a port for the default) is missing:"
            + " give a value");
  }

  @Test
  void namesServiceAndFieldOfBadInput() {
    assertThatThrownBy(() -> api().requirements("/requirements.txt"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / requirements: relative path '/requirements.txt' is absolute: write it"
            + " relative to its folder");
    assertThatThrownBy(() -> api().source("../shared"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / source: relative path '../shared' contains . or .. segments, which could"
            + " leave its folder: remove them");
    assertThatThrownBy(() -> api().runtimePackages("Curl").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / runtime packages: apt package 'Curl' is invalid: use a Debian package name"
            + " (lowercase letters, digits, + . -) with an optional =version");
    assertThatThrownBy(() -> api().label("com x", "1").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api: label key 'com x' is invalid: use a word without blanks, quotes, =, \\ or $");
    assertThatThrownBy(() -> Service.builder("api", null, ServiceTest.class).port(8000).command("python").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api: tier is missing: give a value");
  }

  @Test
  void rejectsLabelsTheGeneratorSets() {
    for (String key : List.of("title", "base.name")) {
      assertThatThrownBy(() -> api().label("org.opencontainers.image." + key, "x").build())
          .isInstanceOf(DefinitionException.class)
          .hasMessage("service api: label 'org.opencontainers.image." + key + "' is set by the generator from"
              + " the service's name and tier: remove it");
    }
    assertThat(api().label("org.opencontainers.image.version", "1.0.0").build().labels())
        .containsEntry("org.opencontainers.image.version", "1.0.0");
  }

  @Test
  void healthcheckPathChecksItsFirstPortAndNamesTheServiceInErrors() {
    assertThat(api().healthcheckPath("/ready").build().healthcheck())
        .isEqualTo(Healthcheck.http(Port.tcp(8000), "/ready"));
    assertThatThrownBy(() -> api().healthcheckPath("/ready'); import os; os.system('id')#"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / healthcheck: healthcheck path '/ready'); import os; os.system('id')#' is"
            + " invalid: use an absolute URL path such as /health");
    assertThatThrownBy(() -> Service.builder("api", CPU, ServiceTest.class).healthcheckPath("/ready"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / healthcheck: healthcheck path '/ready' needs a port: call port(...) first");
  }

  @Test
  void takesItsOwnPipPackagesInOrderGiven() {
    Service service = api().pip(PipRequirement.parse("uvicorn==0.30.6"), PipRequirement.parse("httpx>=0.27"))
        .pip("anyio==4.4.0").build();

    assertThat(service.pip()).extracting(PipRequirement::toString)
        .containsExactly("uvicorn==0.30.6", "httpx>=0.27", "anyio==4.4.0");
  }

  @Test
  void rejectsBadPipPackagesNamingTheServiceAndField() {
    assertThatThrownBy(() -> api().pip("uvicorn==0.30.6").pip("Uvicorn>=0.30").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / pip: pip requirement 'Uvicorn' names a package already listed in this install:"
            + " keep one");
    assertThatThrownBy(() -> api().pip("uvicorn>=0.30.6 >/tmp/x"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / pip: pip requirement 'uvicorn>=0.30.6 >/tmp/x' has an invalid version specifier"
            + " '>=0.30.6 >/tmp/x': write one PEP 508 requirement such as 'langchain>=0.3.0' [FKS005]");
    assertThatThrownBy(() -> api().pip(PipRequirement.parse("uvicorn==0.30.6"), (PipRequirement) null).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / pip: pip requirements contains null: remove it");
  }

  @Test
  void keepsStarterFilesSortedByPath() {
    Service service = api().requirements("requirements.txt").starterFile("src/main.py", "app = None\n")
        .starterFile("requirements.txt", "").build();

    assertThat(service.starterFiles()).containsExactly(StarterFile.of("requirements.txt", ""),
        StarterFile.of("src/main.py", "app = None\n"));
    assertThat(service.starterFilesFor(ContextPath.of("src/"))).containsExactly(StarterFile.of("src/main.py", "app = None\n"));
    assertThat(service.starterFilesFor(ContextPath.of("requirements.txt")))
        .containsExactly(StarterFile.of("requirements.txt", ""));
  }

  @Test
  void aCopiedPathMayHaveNoStarterFile() {
    Service service = api().requirements("requirements.txt").starterFile("src/main.py", "").build();

    assertThat(service.starterFilesFor(ContextPath.of("requirements.txt"))).isEmpty();
  }

  @Test
  void rejectsStarterFilesThatDoNotMatchWhatTheDockerfileCopies() {
    assertThatThrownBy(() -> api().starterFile("src/main.py", "").starterFile("src/main.py", "x").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / starter files: starter file 'src/main.py' is given twice: keep one");
    assertThatThrownBy(() -> api().starterFile("src/main.py", "").starterFile("README.md", "").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / starter files: starter file 'README.md' is not copied by the Dockerfile, which"
            + " copies src: put it under one of those, or copy it with source(...)");
    assertThatThrownBy(() -> api().starterFile("src/main.py", null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / starter files: text of starter file 'src/main.py' is missing: give a value");
    assertThatThrownBy(() -> api().starterFile("../main.py", ""))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / starter files: relative path '../main.py' contains . or .. segments, which could"
            + " leave its folder: remove them");
  }
}
