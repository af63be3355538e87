package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipInstallTest {
  @Test
  void defaultsToPypiWithCacheAndKeepsOrder() {
    PipInstall install = PipInstall.of("wheel==0.45.1", "pip==25.2");

    assertThat(install.requirements()).extracting(PipRequirement::toString)
        .containsExactly("wheel==0.45.1", "pip==25.2");
    assertThat(install.index()).isEqualTo(PackageIndex.PYPI);
    assertThat(install.cache()).isTrue();
    assertThat(install.requirementsFile()).isEmpty();
    assertThat(install.mounts()).isEmpty();
  }

  @Test
  void builderSetsIndexCacheFileAndMounts() {
    PipInstall install = PipInstall.builder("torch==2.8.0+cu128", "torchvision==0.23.0+cu128", "numpy==2.1.0")
        .index(PackageIndex.PYTORCH_CU128)
        .requirementsFile("/app/requirements.txt")
        .withoutCache()
        .mount(Mount.Secret.required("netrc"))
        .build();

    assertThat(install.index()).isEqualTo(PackageIndex.PYTORCH_CU128);
    assertThat(install.cache()).isFalse();
    assertThat(install.requirementsFile()).contains(AbsolutePath.of("/app/requirements.txt"));
    assertThat(install.mounts()).containsExactly(Mount.Secret.required("netrc"));
  }

  @Test
  void takesParsedRequirementsSuchAsACatalogs() {
    PipInstall install = PipInstall.builder(PipRequirement.parse("torch==2.8.0+cpu"))
        .requirement(PipRequirement.parse("torchaudio==2.8.0+cpu"))
        .index(PackageIndex.PYTORCH_CPU).build();

    assertThat(install).isEqualTo(
        PipInstall.builder("torch==2.8.0+cpu", "torchaudio==2.8.0+cpu").index(PackageIndex.PYTORCH_CPU).build());
    assertThatThrownBy(() -> PipInstall.builder(PipRequirement.parse("torch==2.8.0"), (PipRequirement) null).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("pip requirement is missing: give a value");
  }

  @Test
  void aTierThatBuildsTheInstallNamesItselfInItsErrors() {
    Tier.Builder cpu = Tier.root(TierRole.CPU, "cpu", PipInstallTest.class);
    assertThatThrownBy(() -> cpu.pip(PipInstall.builder("app==1.0").wheelhouse("../wheels")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip install / wheelhouse: relative path '../wheels' contains . or .. segments, which"
            + " could leave its folder: remove them");
    assertThatThrownBy(() -> cpu.pip(PipInstall.builder("app==1.0").index("http://example.com/simple", "")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip install: package index URL 'http://example.com/simple' is invalid: use an https"
            + " URL without query or spaces");
  }

  @Test
  void requirementsFileAloneIsSomethingToInstall() {
    PipInstall install = PipInstall.builder().requirementsFile("/app/requirements.txt").build();

    assertThat(install.requirements()).isEmpty();
    assertThat(install.requirementsFile()).contains(AbsolutePath.of("/app/requirements.txt"));
  }

  @Test
  void rejectsNothingToInstall() {
    assertThatThrownBy(() -> PipInstall.of())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("pip install has nothing to install: give requirements or a requirements file");
  }

  @Test
  void rejectsPackageNamedTwiceUnderAnotherSpelling() {
    assertThatThrownBy(() -> PipInstall.of("TA-Lib==0.5.1", "ta_lib==0.5.1"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("pip requirement 'ta_lib' names a package already listed in this install: keep one");
  }

  @Test
  void acceptsTorchBuildsOfAnotherIndexWhichTheStrictPolicyReports() {
    assertThat(PipInstall.builder("torch==2.8.0").index(PackageIndex.PYTORCH_CU128).build().requirements())
        .extracting(PipRequirement::toString).containsExactly("torch==2.8.0");
    assertThat(PipInstall.of("torch==2.8.0+cu128").requirements())
        .extracting(PipRequirement::toString).containsExactly("torch==2.8.0+cu128");
  }

  @Test
  void otherPackagesFromPytorchIndexNeedNoLabel() {
    PipInstall install = PipInstall.builder("torch==2.8.0+cpu", "numpy>=2").index(PackageIndex.PYTORCH_CPU).build();

    assertThat(install.requirements()).extracting(PipRequirement::toString)
        .containsExactly("torch==2.8.0+cpu", "numpy>=2");
  }

  @Test
  void constructorRejectsMissingIndex() {
    assertThatThrownBy(() -> new PipInstall(
        List.of(PipRequirement.parse("a==1")), Optional.empty(), null, true, List.of()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("package index is missing: give a value");
  }
}
