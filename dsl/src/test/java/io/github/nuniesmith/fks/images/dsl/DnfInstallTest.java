package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DnfInstallTest {
  @Test
  void sortsPackagesWithoutWeakDependenciesOrDocsAndCachesByDefault() {
    DnfInstall dnf = DnfInstall.dnf("python3-devel", "curl-8.11.1-4.fc42.x86_64", "perl:5.40").build();

    assertThat(dnf.packages()).containsExactly("curl-8.11.1-4.fc42.x86_64", "perl:5.40", "python3-devel");
    assertThat(dnf.tool()).isEqualTo(DnfInstall.Tool.DNF);
    assertThat(dnf.cache()).isTrue();
    assertThat(dnf.weakDependencies()).isFalse();
    assertThat(dnf.docs()).isFalse();
    assertThat(dnf.describe()).isEqualTo("dnf install");
  }

  @Test
  void optionsTurnOnWhatTheyName() {
    DnfInstall microdnf = DnfInstall.microdnf("tar").withoutCache().withWeakDependencies().withDocs().build();

    assertThat(microdnf.tool()).isEqualTo(DnfInstall.Tool.MICRODNF);
    assertThat(microdnf.cache()).isFalse();
    assertThat(microdnf.weakDependencies()).isTrue();
    assertThat(microdnf.docs()).isTrue();
    assertThat(microdnf.describe()).isEqualTo("microdnf install");
  }

  @ParameterizedTest
  @ValueSource(strings = {"curl git", "curl;id", "$(id)", "`id`", "-y", "~root", "curl>1", "a'b", "@core"})
  void rejectsNamesThatAreNotOneSafeShellWord(String name) {
    assertThatThrownBy(() -> DnfInstall.microdnf(name).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("microdnf package " + Checks.quote(name) + " is invalid: use an RPM package name (letters,"
            + " digits, + . _ : ~ -), optionally with -version-release.arch");
  }

  @Test
  void rejectsAPackageListedTwiceAndAnEmptyList() {
    assertThatThrownBy(() -> DnfInstall.dnf("gcc", "gcc").build())
        .hasMessage("dnf package 'gcc' is listed twice: remove one");
    assertThatThrownBy(() -> new DnfInstall(DnfInstall.Tool.DNF, List.of(), true, false, false))
        .hasMessage("dnf packages is empty: give at least one");
  }

  @Test
  void anImageNamesTheStageAndTheStepOfABadPackage() {
    assertThatThrownBy(() -> Image.builder("ubi", "Dockerfile", DnfInstallTest.class)
            .stage("base", s -> s.from("registry.access.redhat.com/ubi9/ubi-minimal:9.6").microdnf("tar|sh")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image ubi / stage base / dnf install: microdnf package 'tar|sh' is invalid: use an RPM"
            + " package name (letters, digits, + . _ : ~ -), optionally with -version-release.arch");
  }
}
