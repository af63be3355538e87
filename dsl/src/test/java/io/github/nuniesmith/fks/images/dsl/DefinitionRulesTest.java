package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule checked when a definition is built: a failing definition is refused with a message that
 * names the rule, and a passing one is built.
 */
class DefinitionRulesTest {
  private static final String PY = "python:3.12-slim-trixie";
  private static final String SHA = "9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651";

  static Stream<Arguments> rules() {
    return Stream.of(
        arguments(Rule.FKS004, (Executable) () -> SourceBuild.tarball("ta-lib", "0.4.0")
                .url("https://example.com/ta-lib-0.4.0-src.tar.gz").build(),
            "source build 'ta-lib': has no sha256: add .sha256(\"<64 hex>\") with the tarball's "
                + "checksum, so that a changed download fails the build [FKS004]",
            (Executable) () -> SourceBuild.tarball("ta-lib", "0.4.0")
                .url("https://example.com/ta-lib-0.4.0-src.tar.gz").sha256(SHA).build()),
        arguments(Rule.FKS005, (Executable) () -> Stage.builder("b").from(PY).pip("langchain>=0.3.0 && rm -rf /"),
            "stage b / pip install: pip requirement 'langchain>=0.3.0 && rm -rf /' contains the shell "
                + "metacharacter '&': write one PEP 508 requirement such as 'langchain>=0.3.0' [FKS005]",
            (Executable) () -> Stage.builder("b").from(PY).pip("langchain>=0.3.0")),
        arguments(Rule.FKS014, (Executable) () -> Stage.builder("Build").from(PY).build(),
            "stage name 'Build' is invalid: use up to 63 lowercase letters, digits and _ . -, starting "
                + "with a letter [FKS014]",
            (Executable) () -> Stage.builder("build").from(PY).build()),
        arguments(Rule.FKS019, (Executable) () -> taLib("TA-Lib==0.6.4"),
            "tier cpu / pip 'TA-Lib': TA-Lib==0.6.4 does not work with the TA-Lib C library 0.4.0 of tier"
                + " cpu (DefinitionRulesTest): set it to 0.4.x or 0.5.x (e.g. TA-Lib==0.5.1), or the C library to"
                + " 0.6.1 or newer (its version, url and sha256) [FKS019]",
            (Executable) () -> taLib("TA-Lib==0.5.1")),
        arguments(Rule.FKS020, (Executable) () -> torch("torchvision==0.22.0"),
            "tier cpu / pip 'torchvision': torchvision==0.22.0 is not from the release of "
                + "torch==2.8.0: torch 2.8 goes with torchvision 0.23.x; set it to torchvision==0.23.0, or torch to "
                + "torch==2.7.0 [FKS020]",
            (Executable) () -> torch("torchvision==0.23.0")),
        arguments(Rule.FKS021, (Executable) () -> PipInstall.builder("torch==2.8.0")
                .index(PackageIndex.PYTORCH_CU128).build(),
            "pip requirement 'torch==2.8.0' comes from the cu128 index but is not pinned to its build: "
                + "write torch==<version>+cu128, because an installed +cpu or CUDA build already satisfies a "
                + "bare version [FKS021]",
            (Executable) () -> PipInstall.builder("torch==2.8.0+cu128")
                .index(PackageIndex.PYTORCH_CU128).build()),
        arguments(Rule.FKS026, (Executable) () -> new Env(Map.of("APP", "/app", "APP_BIN", "${APP}/bin")),
            "env APP_BIN value '${APP}/bin' refers to ${APP}, which this env step also sets, so it "
                + "would get the old value (hadolint DL3044): set APP in a separate env step before this one "
                + "[FKS026]",
            (Executable) () -> new Env(Map.of("APP_BIN", "/app/bin", "PATH", "/app/bin:${PATH}"))),
        arguments(Rule.FKS028, (Executable) () -> Stage.builder("b").from(PY).expose(70000),
            "stage b / expose: port 70000 is out of range: use 1 to 65535 [FKS028]",
            (Executable) () -> Stage.builder("b").from(PY).expose(8000)));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void refusesTheFailingDefinitionAndBuildsThePassingOne(Rule rule, Executable failing, String message,
      Executable passing) {
    assertThatThrownBy(failing::execute)
        .isInstanceOfSatisfying(DefinitionException.class, e -> assertThat(e.rule()).contains(rule))
        .hasMessage(message);
    assertThatCode(passing::execute).doesNotThrowAnyException();
  }

  @Test
  void everyRuleCheckedAtDefinitionTimeHasACase() {
    List<Rule> covered = rules().map(a -> (Rule) a.get()[0]).toList();
    assertThat(covered).containsExactlyInAnyOrderElementsOf(Arrays.stream(Rule.values())
        .filter(r -> r.checked() != Rule.Checked.LINT).toList());
  }

  private static Tier cpu(String... pip) {
    return Tier.root(TierRole.CPU, "cpu", DefinitionRulesTest.class).python("3.12", PY)
        .publishAs("example/img:base", "1.0.0")
        .sourceBuild(SourceBuild.tarball("ta-lib", "0.4.0").url("https://example.com/ta-lib-0.4.0-src.tar.gz")
            .sha256(SHA).build())
        .pip(pip).build();
  }

  private static ImageSet taLib(String requirement) {
    return ImageSet.builder(Strategy.OPTION_1).tier(cpu(requirement)).build();
  }

  private static ImageSet torch(String vision) {
    return ImageSet.builder(Strategy.OPTION_1).tier(cpu("torch==2.8.0", vision)).build();
  }
}
