package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TorchFamilyTest {
  private static Tier.Builder cpu() {
    return Tier.root(TierRole.CPU, "cpu", TorchFamilyTest.class)
        .python("3.12", "python:3.12-slim")
        .publishAs("nuniesmith/fks:docker", "1.0.0");
  }

  @Test
  void acceptsOneRelease() {
    assertThatCode(() -> TorchFamily.check(cpu().pip("torch==2.8.0", "torchvision==0.23.0", "torchaudio==2.8.0")
        .build())).doesNotThrowAnyException();
  }

  @Test
  void rejectsTorchaudioFromAnotherRelease() {
    assertThatThrownBy(() -> TorchFamily.check(cpu().pip("torch==2.8.0", "torchaudio==2.7.0").build()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip 'torchaudio': torchaudio==2.7.0 is not from the release of torch==2.8.0:"
            + " torch 2.8 goes with torchaudio 2.8.x; set it to torchaudio==2.8.0, or torch to torch==2.7.0 [FKS020]");
  }

  @Test
  void torchaudio211CoversLaterTorch() {
    assertThatCode(() -> TorchFamily.check(cpu().pip("torch==2.12.0", "torchaudio==2.11.0", "torchvision==0.27.0")
        .build())).doesNotThrowAnyException();
  }

  @Test
  void checksChildPinsAgainstTorchPinnedBelowAndNamesItsTier() {
    Tier cpu = cpu().pip("torch==2.8.0").build();
    Tier ml = Tier.on(cpu, TierRole.ML, "ml", TorchFamilyTest.class)
        .publishAs("nuniesmith/fks:docker-ml", "1.0.0").pip("torchvision==0.22.1").build();

    assertThatThrownBy(() -> TorchFamily.check(ml))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier ml / pip 'torchvision': torchvision==0.22.1 is not from the release of torch==2.8.0"
            + " (tier cpu): torch 2.8 goes with torchvision 0.23.x; set it to torchvision==0.23.0, or torch to"
            + " torch==2.7.1 [FKS020]");
  }

  @Test
  void theFixesKeepEachPinsLocalLabel() {
    assertThatThrownBy(() -> TorchFamily.check(cpu()
            .pip(PipInstall.builder("torch==2.9.0+cu128", "torchvision==0.23.0+cu128").index(PackageIndex.PYTORCH_CU128)
                .build()).build()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip 'torchvision': torchvision==0.23.0+cu128 is not from the release of"
            + " torch==2.9.0+cu128: torch 2.9 goes with torchvision 0.24.x; set it to torchvision==0.24.0+cu128,"
            + " or torch to torch==2.8.0+cu128 [FKS020]");
  }

  @Test
  void torchOneUsesTheOlderNumbering() {
    assertThatCode(() -> TorchFamily.check(cpu().pip("torch==1.13.1", "torchvision==0.14.1", "torchaudio==0.13.1")
        .build())).doesNotThrowAnyException();
    assertThatThrownBy(() -> TorchFamily.check(cpu().pip("torch==1.13.1", "torchvision==0.28.0").build()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip 'torchvision': torchvision==0.28.0 is not from the release of torch==1.13.1:"
            + " torch 1.13 goes with torchvision 0.14.x; set it to torchvision==0.14.1, or torch to torch==2.13.0"
            + " [FKS020]");
  }

  @Test
  void ignoresSetWithoutExactTorchPin() {
    assertThatCode(() -> TorchFamily.check(cpu().pip("torch>=2.8", "torchvision==0.1.0").build()))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource({
      "torch==2.8.0+cpu,          2.8.0",
      "torch==2.8,                2.8.0",
      "torchvision==0.24.1+cu128, 2.9.1",
      "torchvision==0.14.1,       1.13.1",
      "torchaudio==2.9.1,         2.9.1",
      "torchaudio==2.11.0,        2.11.0",
      "torchaudio==0.13.1,        1.13.1"})
  void eachPinStandsForOneTorchRelease(String pin, String release) {
    assertThat(TorchFamily.torchRelease(PipRequirement.parse(pin))).isEqualTo(release);
  }

  @ParameterizedTest
  @CsvSource({
      "torch==2.8.0+cpu,          2.9.0,  torch==2.9.0+cpu",
      "torchvision==0.23.0+cu128, 2.9.1,  torchvision==0.24.1+cu128",
      "torchaudio==2.8.0+cu128,   2.9.0,  torchaudio==2.9.0+cu128",
      "torchaudio==2.10.0,        2.11.1, torchaudio==2.11.1",
      "torchaudio==2.10.0,        2.13.0, torchaudio==2.11.0",
      "torchvision==0.13.0,       1.13.1, torchvision==0.14.1",
      "torchaudio==0.12.0,        1.13.1, torchaudio==0.13.1"})
  void pinsEachMemberToTheVersionOfATorchRelease(String pin, String torch, String pinned) {
    PipRequirement member = PipRequirement.parse(pin);

    assertThat(TorchFamily.pinnedTo(member, torch)).hasToString(pinned);
    assertThat(TorchFamily.matches(TorchFamily.pinnedTo(member, torch), torch)).isTrue();
    assertThat(TorchFamily.matches(member, torch)).isFalse();
  }

  @Test
  void theNewestReleaseIsTheOneTheHighestPinStandsFor() {
    assertThat(TorchFamily.newestRelease(java.util.List.of(PipRequirement.parse("torch==2.8.0+cpu"),
        PipRequirement.parse("torchvision==0.24.0+cu128"), PipRequirement.parse("torch==2.10.0+cu128"))))
        .isEqualTo("2.10.0");
    assertThatThrownBy(() -> TorchFamily.newestRelease(java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no pin of torch, torchvision or torchaudio given");
  }

  @Test
  void torchMatchesOnlyItsOwnReleaseAndCompanionsTheirMinor() {
    assertThat(TorchFamily.matches(PipRequirement.parse("torch==2.8.0+cu128"), "2.8.0")).isTrue();
    assertThat(TorchFamily.matches(PipRequirement.parse("torch==2.8.1"), "2.8.0")).isFalse();
    assertThat(TorchFamily.matches(PipRequirement.parse("torchvision==0.23.1"), "2.8.0")).isTrue();
    assertThat(TorchFamily.matches(PipRequirement.parse("torchaudio==2.11.0"), "2.12.0")).isTrue();
  }

  @Test
  void onlyExactPinsOfTheFamilyTakePart() {
    assertThat(TorchFamily.isPinnedMember(PipRequirement.parse("torch==2.8.0+cpu"))).isTrue();
    assertThat(TorchFamily.isPinnedMember(PipRequirement.parse("torch>=2.8"))).isFalse();
    assertThat(TorchFamily.isPinnedMember(PipRequirement.parse("torchvision==0.23.*"))).isFalse();
    assertThat(TorchFamily.isPinnedMember(PipRequirement.parse("torchmetrics==1.4.0"))).isFalse();
    assertThatThrownBy(() -> TorchFamily.torchRelease(PipRequirement.parse("torchmetrics==1.4.0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("torchmetrics==1.4.0 is no exact pin of torch, torchvision or torchaudio");
  }
}
