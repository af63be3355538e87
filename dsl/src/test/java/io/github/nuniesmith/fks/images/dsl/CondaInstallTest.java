package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CondaInstallTest {
  @Test
  void keepsChannelsInOrderAndSortsPackages() {
    CondaInstall install = CondaInstall.micromamba("/opt/conda", "python=3.12", "numpy>=2,<3", "conda-forge::pandas")
        .channel("https://conda.example.com/main").channel(CondaChannel.CONDA_FORGE).build();

    assertThat(install.channels()).extracting(CondaChannel::value)
        .containsExactly("https://conda.example.com/main", "conda-forge");
    assertThat(install.packages()).containsExactly("conda-forge::pandas", "numpy>=2,<3", "python=3.12");
    assertThat(install.environment()).isEqualTo("base");
    assertThat(install.packageCache()).isEqualTo(AbsolutePath.of("/opt/conda/pkgs"));
    assertThat(install.cache()).isTrue();
    assertThat(install.describe()).isEqualTo("micromamba install");
  }

  @Test
  void eachToolAndOption() {
    CondaInstall conda = CondaInstall.conda("/opt/conda", "scipy").environment("science").withoutCache().build();

    assertThat(conda.tool()).isEqualTo(CondaInstall.Tool.CONDA);
    assertThat(conda.environment()).isEqualTo("science");
    assertThat(conda.cache()).isFalse();
    assertThat(CondaInstall.mamba("/opt/conda", "scipy").build().describe()).isEqualTo("mamba install");
  }

  @ParameterizedTest
  @ValueSource(strings = {"numpy >=2", "numpy;id", "$(id)", "`id`", "numpy'", "\"numpy\"", "numpy[version='>=2']",
      "-y", "numpy>=2&&id"})
  void rejectsSpecsThatAreNotOneSafeShellWord(String spec) {
    assertThatThrownBy(() -> CondaInstall.micromamba("/opt/conda", spec).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("conda package " + Checks.quote(spec) + " is invalid: write a match spec such as numpy=2.1"
            + " or 'numpy>=2,<3' (no spaces, quotes or brackets)");
  }

  @Test
  void rejectsAPackageNamedTwiceAChannelListedTwiceAndNoPackages() {
    assertThatThrownBy(() -> CondaInstall.micromamba("/opt/conda", "numpy=2.1", "NumPy>=2").build())
        .hasMessage("conda package 'NumPy>=2' names a package already listed in this install: keep one");
    assertThatThrownBy(() -> CondaInstall.micromamba("/opt/conda", "numpy").channel("conda-forge")
            .channel(CondaChannel.CONDA_FORGE).build())
        .hasMessage("conda channel 'conda-forge' is listed twice: remove one");
    assertThatThrownBy(() -> CondaInstall.micromamba("/opt/conda").build())
        .hasMessage("conda packages is empty: give at least one");
  }

  @Test
  void rejectsABadEnvironmentOrRootPrefix() {
    assertThatThrownBy(() -> CondaInstall.micromamba("/opt/conda", "numpy").environment("my env").build())
        .hasMessage("conda environment 'my env' is invalid: use an environment name such as base"
            + " (letters, digits, . _ -)");
    assertThatThrownBy(() -> CondaInstall.micromamba("opt/conda", "numpy").build())
        .hasMessage("path 'opt/conda' is relative: write an absolute path such as /opt/conda");
    assertThatThrownBy(() -> CondaInstall.micromamba(null, "numpy").build())
        .hasMessage("root prefix is missing: give a value");
  }

  @Test
  void anImageNamesTheStageAndTheStepOfABadChannel() {
    assertThatThrownBy(() -> Image.builder("notebook", "Dockerfile", CondaInstallTest.class)
            .stage("base", s -> s.from("mambaorg/micromamba:2.3.2")
                .conda(CondaInstall.micromamba("/opt/conda", "numpy").channel("http://conda.example.com/main"))))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image notebook / stage base / conda install: conda channel 'http://conda.example.com/main'"
            + " is invalid: use a channel name such as conda-forge (lowercase letters, digits, . _ -) or an https URL");
  }
}
