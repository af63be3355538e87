package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AptInstallTest {
  @Test
  void sortsPackages() {
    assertThat(AptInstall.of("zlib1g", "curl", "ca-certificates=20240203", "libstdc++6").packages())
        .containsExactly("ca-certificates=20240203", "curl", "libstdc++6", "zlib1g");
  }

  @Test
  void describesItself() {
    assertThat(AptInstall.of("curl").describe()).isEqualTo("apt install");
  }

  @Test
  void rejectsPackageListedTwice() {
    assertThatThrownBy(() -> AptInstall.of("curl", "git", "curl"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("apt package 'curl' is listed twice: remove one");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Curl", "curl git", "curl;rm", "a", "-curl", "curl=1 2", "curl=~+", "curl=1:~-", "$(id)"})
  void rejectsBadName(String name) {
    assertThatThrownBy(() -> AptInstall.of(name))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("apt package '" + name + "' is invalid: use a Debian package name"
            + " (lowercase letters, digits, + . -) with an optional =version");
  }

  @Test
  void rejectsEmptyList() {
    assertThatThrownBy(() -> new AptInstall(List.of()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("apt packages is empty: give at least one");
  }

  @Test
  void stageNamesTheStepOfABadPackage() {
    assertThatThrownBy(() -> Stage.builder("builder").apt("curl", "curl"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage builder / apt install: apt package 'curl' is listed twice: remove one");
  }

  @Test
  void installsWithoutRecommendsFromTheDefaultReleaseUnlessAsked() {
    assertThat(AptInstall.of("curl").recommends()).isFalse();
    assertThat(AptInstall.of("curl").targetRelease()).isEmpty();
    AptInstall backports = AptInstall.builder("golang-1.23").withRecommends().targetRelease("bookworm-backports").build();
    assertThat(backports.recommends()).isTrue();
    assertThat(backports.targetRelease()).contains("bookworm-backports");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bookworm backports", "$(id)", "-t", "bookworm;id", ""})
  void rejectsABadTargetRelease(String release) {
    assertThatThrownBy(() -> Image.builder("base", "Dockerfile", AptInstallTest.class)
            .stage("build", s -> s.from("debian:bookworm-slim").apt(AptInstall.builder("curl").targetRelease(release))))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image base / stage build / apt install: apt target release " + (release.isEmpty()
            ? "is empty: give a value" : Checks.quote(release) + " is invalid: use a release or suite name such as"
            + " bookworm-backports (letters, digits, . + _ -)"));
  }

  @Test
  void rejectsAMissingTargetRelease() {
    assertThatThrownBy(() -> AptInstall.builder("curl").targetRelease(null).build())
        .hasMessage("apt target release is missing: give a value");
  }
}
