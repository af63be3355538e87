package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TaLibCompatibilityTest {
  private static final String OLD_FIX = "set it to 0.4.x or 0.5.x (e.g. TA-Lib==0.5.1), or the C library to 0.6.1 or"
      + " newer (its version, url and sha256) [FKS019]";
  private static final String NEW_FIX = "set it to TA-Lib==0.6.* (the C library's series), or the C library to 0.4.0"
      + " (its version, url and sha256) [FKS019]";

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
            + " library 0.4.0 of tier cpu (TaLibCompatibilityTest): " + OLD_FIX);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TA-Lib==0.6.4", "TA-Lib~=0.6", "TA-Lib==0.6.*"})
  void rejectsNewSeriesWithOldC(String python) {
    assertThatThrownBy(() -> TaLibCompatibility.check(tier("0.4.0", python)))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip 'TA-Lib': " + python + " does not work with the TA-Lib C library 0.4.0 of tier cpu"
            + " (TaLibCompatibilityTest): " + OLD_FIX);
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
        .hasMessage("tier cpu / pip 'TA-Lib': TA-Lib==0.5.1 does not work with the TA-Lib C library 0.6.4 of tier"
            + " cpu (TaLibCompatibilityTest): " + NEW_FIX);
    assertThatThrownBy(() -> TaLibCompatibility.check(tier("0.6.4", "TA-Lib<0.6")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip 'TA-Lib': TA-Lib<0.6 admits versions that do not work with the TA-Lib C"
            + " library 0.6.4 of tier cpu (TaLibCompatibilityTest): " + NEW_FIX);
  }

  @Test
  void ignoresPythonTaLibWithoutCLibrary() {
    Tier tier = Tier.root(TierRole.CPU, "cpu", TaLibCompatibilityTest.class)
        .python("3.12", "python:3.12-slim").publishAs("nuniesmith/fks:docker", "1.0.0").pip("TA-Lib>=0.4").build();

    assertThatCode(() -> TaLibCompatibility.check(tier)).doesNotThrowAnyException();
  }

  @Test
  void namesTheTierAndClassThatBuildTheCLibraryAndTheNameAsWritten() {
    Tier ml = Tier.on(tier("0.6.4", "pip==25.2"), TierRole.ML, "ml", TaLibCompatibilityTest.class)
        .publishAs("nuniesmith/fks:docker-ml", "1.0.0").pip("ta_lib==0.5.1").build();

    assertThatThrownBy(() -> TaLibCompatibility.check(ml))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier ml / pip 'ta_lib': ta_lib==0.5.1 does not work with the TA-Lib C library 0.6.4 of tier cpu"
            + " (TaLibCompatibilityTest): set it to ta_lib==0.6.* (the C library's series), or the C library to 0.4.0"
            + " (its version, url and sha256) [FKS019]");
  }
}
