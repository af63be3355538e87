package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionsTest {
  @Test
  void releaseDropsLocalLabelAndStopsAtNonNumbers() {
    assertThat(Versions.release("2.8.0+cu128")).containsExactly(2, 8, 0);
    assertThat(Versions.release("0.5.*")).containsExactly(0, 5);
    assertThat(Versions.release("1.0rc1")).containsExactly(1, 0);
    assertThat(Versions.release("2.8rc1")).containsExactly(2, 8);
    assertThat(Versions.release("1.0.post1.dev2")).containsExactly(1, 0);
  }

  @Test
  void releaseSkipsEpoch() {
    assertThat(Versions.release("1!2.8.0")).containsExactly(2, 8, 0);
    assertThat(Versions.release("1!2.*")).containsExactly(2);
    assertThat(Versions.minor("1!2.8.0+cu128")).isEqualTo("2.8");
  }

  @Test
  void releaseNumbersPastIntRangeCountAsLargest() {
    assertThat(Versions.release("99999999999.1")).containsExactly(Integer.MAX_VALUE, 1);
    assertThat(Versions.compare("99999999999", "2147483646")).isPositive();
  }

  @Test
  void releaseOfTextThatIsNoVersionIsEmpty() {
    assertThat(Versions.release("")).isEmpty();
    assertThat(Versions.release("v1.0")).isEmpty();
  }

  @Test
  void comparesMissingPartsAsZero() {
    assertThat(Versions.compare("0.6", "0.6.0")).isZero();
    assertThat(Versions.compare("0.5.9", "0.6")).isNegative();
    assertThat(Versions.compare("0.10", "0.9")).isPositive();
  }

  @Test
  void minorIsMajorDotMinor() {
    assertThat(Versions.minor("2.8.0+cpu")).isEqualTo("2.8");
    assertThat(Versions.minor("2")).isEqualTo("2.0");
  }
}
