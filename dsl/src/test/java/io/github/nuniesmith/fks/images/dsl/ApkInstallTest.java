package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApkInstallTest {
  @Test
  void sortsPackagesAndCachesByDefault() {
    ApkInstall apk = ApkInstall.builder("curl", "bash=5.2.37-r0", "py3-pip~25", "vips@edge").build();

    assertThat(apk.packages()).containsExactly("bash=5.2.37-r0", "curl", "py3-pip~25", "vips@edge");
    assertThat(apk.cache()).isTrue();
    assertThat(ApkInstall.builder("curl").withoutCache().build().cache()).isFalse();
    assertThat(apk.describe()).isEqualTo("apk add");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Curl", "curl git", "curl;rm -rf /", "$(id)", "`id`", "-curl", "curl>=8", "curl=1 2", "a'b"})
  void rejectsNamesThatAreNotOneSafeShellWord(String name) {
    assertThatThrownBy(() -> ApkInstall.builder(name).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("apk package " + Checks.quote(name) + " is invalid: use an Alpine package name (lowercase"
            + " letters, digits, + . _ -), an optional @tag and =version or ~version");
  }

  @Test
  void rejectsAPackageListedTwiceAndAnEmptyList() {
    assertThatThrownBy(() -> ApkInstall.builder("curl", "curl").build())
        .hasMessage("apk package 'curl' is listed twice: remove one");
    assertThatThrownBy(() -> new ApkInstall(List.of(), true))
        .hasMessage("apk packages is empty: give at least one");
  }

  @Test
  void anImageNamesTheStageAndTheStepOfABadPackage() {
    assertThatThrownBy(() -> Image.builder("tools", "Dockerfile", ApkInstallTest.class)
            .stage("base", s -> s.from("alpine:3.22").apk("curl", "curl && id")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image tools / stage base / apk add: apk package 'curl && id' is invalid: use an Alpine"
            + " package name (lowercase letters, digits, + . _ -), an optional @tag and =version or ~version");
  }
}
