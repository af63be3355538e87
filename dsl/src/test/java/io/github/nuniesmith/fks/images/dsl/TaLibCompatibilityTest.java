package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TaLibCompatibilityTest {
  private static final String OLD_FIX =
      "pin TA-Lib to 0.4.x or 0.5.x (e.g. TA-Lib==0.5.1), or build the C library 0.6 or newer [FKS019]";
  private static final String NEW_FIX = "pin TA-Lib 0.6 or newer, or build the C library 0.4.0 [FKS019]";

  /** A root tier that builds the C library {@code cVersion} and installs {@code python}. */
  private static Tier tier(String cVersion, String python) {
    return Tier.root(TierRole.CPU, "cpu", TaLibCompatibilityTest.class)
        .python("3.12", "python:3.12-slim")
        .publishAs("nuniesmith/fks:docker", "1.0.0")
        .sourceBuild(SourceBuild.tarball("ta-lib", cVersion)
            .url("https://example.com/ta-lib-" + cVersion + ".tar.gz")
            .sha256("9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651")
            .build())
        .pip(python)
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"TA-Lib==0.5.1", "ta_lib==0.4.32", "TA-Lib~=0.4.28", "TA-Lib~=0.5.1", "TA-Lib<0.6",
      "TA-Lib>=0.4,<0.6", "TA-Lib==0.5.*"})
  void acceptsPythonReleasesOfTheOldSeriesWithOldC(String python) {
    assertThatCode(() -> TaLibCompatibility.check(tier("0.4.0", python))).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "TA-Lib>=0.4.28 | TA-Lib>=0.4.28",
      "TA-Lib         | TA-Lib",
      "TA-Lib<=0.6    | TA-Lib<=0.6",
      "TA-Lib~=0.5    | TA-Lib~=0.5",
      "TA-Lib~=0.4    | TA-Lib~=0.4",
      "TA-Lib==0.*    | TA-Lib==0.*"})
  void rejectsRangesThatAdmitTheNewSeriesWithOldC(String python, String written) {
    assertThatThrownBy(() -> TaLibCompatibility.check(tier("0.4.0", python)))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip 'TA-Lib': " + written + " admits versions that do not work with the TA-Lib C"
            + " library 0.4.0: " + OLD_FIX);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TA-Lib==0.6.4", "TA-Lib~=0.6", "TA-Lib==0.6.*"})
  void rejectsNewSeriesWithOldC(String python) {
    assertThatThrownBy(() -> TaLibCompatibility.check(tier("0.4.0", python)))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip 'TA-Lib': " + python + " does not work with the TA-Lib C library 0.4.0: "
            + OLD_FIX);
  }

  @Test
  void acceptsNewSeriesWithNewC() {
    assertThatCode(() -> TaLibCompatibility.check(tier("0.6.4", "TA-Lib>=0.6"))).doesNotThrowAnyException();
    assertThatCode(() -> TaLibCompatibility.check(tier("0.6.4", "TA-Lib==0.6.4"))).doesNotThrowAnyException();
  }

  @Test
  void rejectsOldSeriesWithNewC() {
    assertThatThrownBy(() -> TaLibCompatibility.check(tier("0.6.4", "TA-Lib==0.5.1")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip 'TA-Lib': TA-Lib==0.5.1 does not work with the TA-Lib C library 0.6.4: "
            + NEW_FIX);
    assertThatThrownBy(() -> TaLibCompatibility.check(tier("0.6.4", "TA-Lib<0.6")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip 'TA-Lib': TA-Lib<0.6 admits versions that do not work with the TA-Lib C"
            + " library 0.6.4: " + NEW_FIX);
  }

  @Test
  void ignoresPythonTaLibWithoutCLibrary() {
    Tier tier = Tier.root(TierRole.CPU, "cpu", TaLibCompatibilityTest.class)
        .python("3.12", "python:3.12-slim").publishAs("nuniesmith/fks:docker", "1.0.0").pip("TA-Lib>=0.4").build();

    assertThatCode(() -> TaLibCompatibility.check(tier)).doesNotThrowAnyException();
  }
}
