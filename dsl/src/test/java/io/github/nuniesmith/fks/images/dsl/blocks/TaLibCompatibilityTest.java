package io.github.nuniesmith.fks.images.dsl.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaLibCompatibilityTest {
  private static final String OLD_FIX = "set it to 0.4.x or 0.5.x (e.g. TA-Lib==0.5.1), or the C library to 0.6.1 or"
      + " newer (its version, url and sha256)";
  private static final String NEW_FIX = "set it to TA-Lib==0.6.* (the C library's series), or the C library to 0.4.0"
      + " (its version, url and sha256)";

  /** What is wrong with {@code python} next to the C library {@code cVersion}. */
  private static Optional<String> problem(String cVersion, String python) {
    SourceBuild c = SourceBuild.tarball("ta-lib", cVersion).url("https://example.com/ta-lib-" + cVersion + ".tar.gz")
        .sha256("9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651").build();
    return TaLibCompatibility.problem(c, "the TA-Lib C library " + cVersion + " of tier cpu",
        PipRequirement.parse(python));
  }

  @ParameterizedTest
  @ValueSource(strings = {"TA-Lib==0.5.1", "ta_lib==0.4.32", "TA-Lib~=0.4.28", "TA-Lib~=0.5.1", "TA-Lib<0.6",
      "TA-Lib>=0.4,<0.6", "TA-Lib==0.5.*"})
  void acceptsPythonReleasesOfTheOldSeriesWithOldC(String python) {
    assertThat(problem("0.4.0", python)).isEmpty();
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
    assertThat(problem("0.4.0", python)).contains(written + " admits versions that do not work with the TA-Lib C"
        + " library 0.4.0 of tier cpu: " + OLD_FIX);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TA-Lib==0.6.4", "TA-Lib~=0.6", "TA-Lib==0.6.*"})
  void rejectsNewSeriesWithOldC(String python) {
    assertThat(problem("0.4.0", python))
        .contains(python + " does not work with the TA-Lib C library 0.4.0 of tier cpu: " + OLD_FIX);
  }

  @Test
  void acceptsNewSeriesWithNewC() {
    assertThat(problem("0.6.4", "TA-Lib>=0.6")).isEmpty();
    assertThat(problem("0.6.4", "TA-Lib==0.6.4")).isEmpty();
  }

  @Test
  void rejectsOldSeriesWithNewC() {
    assertThat(problem("0.6.4", "TA-Lib==0.5.1"))
        .contains("TA-Lib==0.5.1 does not work with the TA-Lib C library 0.6.4 of tier cpu: " + NEW_FIX);
    assertThat(problem("0.6.4", "TA-Lib<0.6"))
        .contains("TA-Lib<0.6 admits versions that do not work with the TA-Lib C library 0.6.4 of tier cpu: " + NEW_FIX);
  }

  @Test
  void namesThePythonPackageAsWritten() {
    assertThat(problem("0.6.4", "ta_lib==0.5.1")).contains("ta_lib==0.5.1 does not work with the TA-Lib C library"
        + " 0.6.4 of tier cpu: set it to ta_lib==0.6.* (the C library's series), or the C library to 0.4.0"
        + " (its version, url and sha256)");
  }
}
