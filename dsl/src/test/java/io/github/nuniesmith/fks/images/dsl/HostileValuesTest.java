package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Hostile values through the public builders: each is refused with a {@link DefinitionException}
 * naming where it is (never a raw NullPointerException or StackOverflowError), or accepted in time
 * linear in its length.
 */
class HostileValuesTest {
  private static final String PY = "python:3.12-slim-trixie";

  private static void refused(Consumer<Stage.Builder> step, String message) {
    assertThatThrownBy(() -> step.accept(Stage.builder("run").from(PY)))
        .isInstanceOf(DefinitionException.class).hasMessage(message);
  }

  @Test
  void nullsAreNamedNotThrownRaw() {
    refused(s -> s.env((String) null, "v"), "stage run / env null: env name is missing: give a value");
    refused(s -> s.env("A", null), "stage run / env A: env A is missing: give a value");
    refused(s -> s.apt("curl", null), "stage run / apt install: apt packages contains null: remove it");
    refused(s -> s.apt((String[]) null), "stage run / apt install: apt packages is missing: give a value");
    refused(s -> s.copy(null, "/app/"), "stage run / copy 'null': copy sources contains null: remove it");
    refused(s -> s.cmd((String[]) null), "stage run / cmd: cmd is missing: give a value");
    refused(s -> s.cmd("python", null), "stage run / cmd: cmd contains null: remove it");
    refused(s -> s.entrypoint((String[]) null), "stage run / entrypoint: entrypoint is missing: give a value");
    refused(s -> s.shell("why", "true", (Mount) null), "stage run / shell step: mount is missing: give a value");
    assertThatThrownBy(() -> Image.builder("app", "Dockerfile", HostileValuesTest.class).stage("main", null))
        .isInstanceOf(DefinitionException.class).hasMessage("image app: stage main body is missing: give a value");
    assertThatThrownBy(() -> Tier.root(TierRole.CPU, "cpu", HostileValuesTest.class).label(null, "v"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / label null: label key is missing: give a value");
    assertThatThrownBy(() -> Tier.root(TierRole.CPU, "cpu", HostileValuesTest.class).buildPackages((String[]) null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / build packages: build packages is missing: give a value");
    assertThatThrownBy(() -> Tier.root(TierRole.CPU, "cpu", HostileValuesTest.class).pip((String[]) null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip install: pip requirements is missing: give a value");
  }

  @Test
  void aTierNameIsCheckedAsANameBeforeItNamesAFile() {
    assertThatThrownBy(() -> Tier.root(TierRole.CPU, "cp\u00fc", HostileValuesTest.class))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier name 'cp\u00fc' is invalid: use lowercase letters, digits and -");
  }

  @Test
  void everyTextFieldHasALengthCapCheckedBeforeAnyPattern() {
    String huge = "x".repeat(1_000_000);
    refused(s -> s.labels(Map.of("org.example.a", huge)),
        "stage run / labels: label org.example.a is 1000000 characters long: the limit is 65536");
    assertThatThrownBy(() -> ImageRef.parse("a".repeat(10_000_000) + ":1"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image reference is 10000002 characters long: the limit is 65536");
    refused(s -> s.copy("a/".repeat(50_000) + "b", "/app/"),
        "stage run / copy '" + "a/".repeat(50_000) + "b': copy source is 100001 characters long: the limit is 65536");
  }

  @Test
  void longValuesUnderTheCapAreCheckedWithoutRecursion() {
    String value = "x".repeat(Checks.MAX_TEXT / 2) + "${HOME}".repeat(Checks.MAX_TEXT / 16);
    assertThat(Stage.builder("run").from(PY).env("A", value).labels(Map.of("org.example.a", value))
        .copy("a/".repeat(Checks.MAX_TEXT / 2 - 1) + "b", "/app/").build().steps()).hasSize(3);
  }

  @Test
  void anImageNameLongerThanDockerTakesIsRefused() {
    assertThatThrownBy(() -> ImageRef.parse("registry.example.com/" + "a".repeat(240) + ":1.0"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image reference 'registry.example.com/" + "a".repeat(240) + ":1.0': image name"
            + " 'registry.example.com/aaaaaaaaaaaaaaaaaaa...' is 261 characters long with its registry and"
            + " namespace: Docker takes at most 255 (write it as [registry/][namespace/]name[:tag][@sha256:<64 hex>])");
  }

  @Test
  void aUrlNeedsAValidHostAndPort() {
    assertThatThrownBy(() -> new PackageIndex("https://example.com:99999/simple", ""))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("package index URL 'https://example.com:99999/simple' has the port 99999: use 1 to 65535,"
            + " or none");
    assertThatThrownBy(() -> new PackageIndex("https://-.-/simple", ""))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("package index URL 'https://-.-/simple' has no valid host name: use labels of letters,"
            + " digits and inner hyphens, such as pypi.org");
    assertThat(new PackageIndex("https://pypi.example.com:8443/simple", "").url())
        .isEqualTo("https://pypi.example.com:8443/simple");
  }

  @Test
  void aContextPathThatWouldReadAsAFlagIsRefused() {
    refused(s -> s.copy("--link", "/app/"), "stage run / copy '--link': copy source '--link' starts with -,"
        + " which Docker would read as a flag: rename it, or write ./--link");
    assertThat(Stage.builder("run").from(PY).copy("src/-x", "/app/").build().steps()).hasSize(1);
  }

  @Test
  void outputPathsWindowsCannotCheckOutAreRefused() {
    for (String path : new String[] {"con/Dockerfile", "services/AUX", "nul.txt", "com1.Dockerfile", "app./Dockerfile",
        "src/LPT9", "prn.tar.gz"}) {
      assertThatThrownBy(() -> ContextPath.of(path)).isInstanceOf(DefinitionException.class)
          .hasMessageContaining("which Windows cannot check out");
    }
    assertThat(ContextPath.of("console/Dockerfile.auxiliary").value()).isEqualTo("console/Dockerfile.auxiliary");
    assertThat(ContextPath.of("comx/nulls.aux").value()).isEqualTo("comx/nulls.aux");
  }

  @Test
  void aFileAndAFolderThatDifferOnlyInCaseClash() {
    Image file = Image.builder("one", "x", HostileValuesTest.class).stage("app", s -> s.from(PY)).build();
    Image folder = Image.builder("two", "X/Dockerfile", HostileValuesTest.class).stage("app", s -> s.from(PY)).build();
    assertThatThrownBy(() -> ImageSet.builder().image(file).image(folder).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image two: writes X/Dockerfile and image one writes x: one would need to be a file and a folder"
            + " at once, rename one");
    Image upper = Image.builder("three", "App/b/Dockerfile", HostileValuesTest.class).stage("app", s -> s.from(PY)).build();
    Image lower = Image.builder("four", "app/a/Dockerfile", HostileValuesTest.class).stage("app", s -> s.from(PY)).build();
    assertThatThrownBy(() -> ImageSet.builder().image(upper).image(lower).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image four: writes app/a/Dockerfile and image three writes App/b/Dockerfile: paths that differ"
            + " only in case are one file on macOS and Windows, rename one");
  }

  @Test
  void oneGlobalArgNameHasOneDefault() {
    From py312 = new From.BuildArg("PYTHON_IMAGE", ImageRef.parse("python:3.12-slim"));
    From py311 = new From.BuildArg("PYTHON_IMAGE", ImageRef.parse("python:3.11-slim"));
    assertThatThrownBy(() -> Image.builder("app", "Dockerfile", HostileValuesTest.class)
            .stage("one", s -> s.from(py312)).stage("two", s -> s.from(py311)).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image app / stage two: starts from ${PYTHON_IMAGE} with the default python:3.11-slim, but"
            + " stage one gives it the default python:3.12-slim: a Dockerfile has one global ARG PYTHON_IMAGE for"
            + " every FROM, so give both the same default, or use another name");
    assertThat(Image.builder("app", "Dockerfile", HostileValuesTest.class)
        .stage("one", s -> s.from(py312)).stage("two", s -> s.from(py312)).build().stages()).hasSize(2);
  }

  @Test
  void aServiceNamesItselfWhenGivenNulls() {
    Service.Builder api = Service.builder("api", Tier.root(TierRole.CPU, "cpu", HostileValuesTest.class)
        .python("3.12", PY).publishAs("example/base:cpu", "1.0.0").build(), HostileValuesTest.class);
    assertThatThrownBy(() -> api.pip((String[]) null)).isInstanceOf(DefinitionException.class)
        .hasMessage("service api / pip: pip requirements is missing: give a value");
    assertThatThrownBy(() -> api.buildPackages((String[]) null)).isInstanceOf(DefinitionException.class)
        .hasMessage("service api / build packages: build packages is missing: give a value");
    assertThatThrownBy(() -> api.runtimePackages((String[]) null)).isInstanceOf(DefinitionException.class)
        .hasMessage("service api / runtime packages: runtime packages is missing: give a value");
    assertThatThrownBy(() -> api.command((String[]) null)).isInstanceOf(DefinitionException.class)
        .hasMessage("service api / command: command is missing: give a value");
  }

  @Test
  void aServiceNamesItselfInItsHealthcheckErrors() {
    Service.Builder api = Service.builder("api", Tier.root(TierRole.CPU, "cpu", HostileValuesTest.class)
        .python("3.12", PY).publishAs("example/base:cpu", "1.0.0").build(), HostileValuesTest.class);
    assertThatThrownBy(() -> api.healthcheck(java.util.List.of("python", "-c", "pass"), java.time.Duration.ofSeconds(5),
            java.time.Duration.ofSeconds(-10), java.time.Duration.ZERO, 3))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / healthcheck: healthcheck duration PT-10S is invalid: use whole, non-negative"
            + " milliseconds");
  }
}
