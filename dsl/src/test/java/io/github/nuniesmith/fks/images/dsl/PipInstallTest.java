package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import io.github.nuniesmith.fks.images.dsl.blocks.TorchFamily;
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

  @Test
  void readsFromExtraIndexesAndChecksUnlessAsked() {
    PipInstall install = PipInstall.builder("app==1.0", "torch==2.8.0+cpu")
        .extraIndex("https://pypi.example.com/simple").extraIndex(PackageIndex.PYTORCH_CPU).build();

    assertThat(install.extraIndexes()).containsExactly(new PackageIndex("https://pypi.example.com/simple", ""),
        PackageIndex.PYTORCH_CPU);
    assertThat(install.check()).isTrue();
    assertThat(PipInstall.builder("app==1.0").withoutCheck().build().check()).isFalse();
  }

  @Test
  void keepsItsIndexesAndCheckWhenGivenOtherRequirements() {
    PipInstall install = PipInstall.builder("app==1.0").extraIndex("https://pypi.example.com/simple").withoutCheck()
        .build();

    assertThat(install.withRequirements(List.of(PipRequirement.parse("lib==2.0"))))
        .isEqualTo(PipInstall.builder("lib==2.0").extraIndex("https://pypi.example.com/simple").withoutCheck().build());
  }

  @Test
  void refusesExtraIndexesThatWouldNeverBeRead() {
    assertThatThrownBy(() -> PipInstall.builder("app==1.0").extraIndex(PackageIndex.wheelhouse("wheels")).build())
        .hasMessage("extra index 'wheels' is a wheelhouse, which pip reads with --no-index: make it the index");
    assertThatThrownBy(() -> PipInstall.builder("app==1.0").wheelhouse("wheels")
            .extraIndex("https://pypi.example.com/simple").build())
        .hasMessage("reads the wheelhouse 'wheels' with --no-index, so the extra index"
            + " 'https://pypi.example.com/simple' would never be read: remove it");
    assertThatThrownBy(() -> PipInstall.builder("app==1.0").extraIndex("https://pypi.org/simple").build())
        .hasMessage("extra index 'https://pypi.org/simple' is listed twice or is the index: remove it");
  }

  @Test
  void aStageNamesItselfAndTheStepForABadExtraIndex() {
    assertThatThrownBy(() -> Image.builder("app", "Dockerfile", PipInstallTest.class)
            .stage("build", s -> s.from("python:3.12-slim-trixie")
                .pip(PipInstall.builder("app==1.0").extraIndex("http://pypi.example.com/simple"))))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image app / stage build / pip install: package index URL 'http://pypi.example.com/simple'"
            + " is invalid: use an https URL without query or spaces");
  }

  @Test
  void aLabelledTorchPinMayComeFromALabelledExtraIndexOnly() {
    assertThat(PipInstall.builder("torch==2.8.0+cu128").extraIndex(PackageIndex.PYTORCH_CU128).build().extraIndexes())
        .containsExactly(PackageIndex.PYTORCH_CU128);
    PipRequirement torch = PipRequirement.parse("torch==2.8.0+cu128");
    assertThat(TorchFamily.indexMismatch(torch, PackageIndex.PYPI, List.of(PackageIndex.PYTORCH_CU128))).isEmpty();
    assertThat(TorchFamily.indexMismatch(torch, PackageIndex.PYPI, List.of(PackageIndex.PYTORCH_CPU)))
        .contains("pip requirement 'torch==2.8.0+cu128' names a +cu128 build, which only the PyTorch index"
            + " serves: install it with index(PackageIndex.pytorch(\"cu128\"))");
  }
}
