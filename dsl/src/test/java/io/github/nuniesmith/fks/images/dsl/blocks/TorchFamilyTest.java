package io.github.nuniesmith.fks.images.dsl.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TorchFamilyTest {
  /** What is wrong with {@code other} next to {@code torch}, pinned where {@code where} says. */
  private static java.util.Optional<String> mismatch(String torch, String where, String other) {
    return TorchFamily.mismatch(PipRequirement.parse(torch), where, PipRequirement.parse(other));
  }

  @Test
  void acceptsOneRelease() {
    assertThat(mismatch("torch==2.8.0", "", "torchvision==0.23.0")).isEmpty();
    assertThat(mismatch("torch==2.8.0", "", "torchaudio==2.8.0")).isEmpty();
  }

  @Test
  void rejectsTorchaudioFromAnotherRelease() {
    assertThat(mismatch("torch==2.8.0", "", "torchaudio==2.7.0")).contains("torchaudio==2.7.0 is not from the"
        + " release of torch==2.8.0: torch 2.8 goes with torchaudio 2.8.x; set it to torchaudio==2.8.0, or torch to"
        + " torch==2.7.0");
  }

  @Test
  void torchaudio211CoversLaterTorch() {
    assertThat(mismatch("torch==2.12.0", "", "torchaudio==2.11.0")).isEmpty();
    assertThat(mismatch("torch==2.12.0", "", "torchvision==0.27.0")).isEmpty();
  }

  @Test
  void namesWhereTorchIsPinned() {
    assertThat(mismatch("torch==2.8.0", " (tier cpu, stage builder)", "torchvision==0.22.1")).contains(
        "torchvision==0.22.1 is not from the release of torch==2.8.0 (tier cpu, stage builder): torch 2.8 goes with"
            + " torchvision 0.23.x; set it to torchvision==0.23.0, or torch to torch==2.7.1");
  }

  @Test
  void theFixesKeepEachPinsLocalLabel() {
    assertThat(mismatch("torch==2.9.0+cu128", "", "torchvision==0.23.0+cu128")).contains("torchvision==0.23.0+cu128"
        + " is not from the release of torch==2.9.0+cu128: torch 2.9 goes with torchvision 0.24.x; set it to"
        + " torchvision==0.24.0+cu128, or torch to torch==2.8.0+cu128");
  }

  @Test
  void torchOneUsesTheOlderNumbering() {
    assertThat(mismatch("torch==1.13.1", "", "torchvision==0.14.1")).isEmpty();
    assertThat(mismatch("torch==1.13.1", "", "torchaudio==0.13.1")).isEmpty();
    assertThat(mismatch("torch==1.13.1", "", "torchvision==0.28.0")).contains("torchvision==0.28.0 is not from the"
        + " release of torch==1.13.1: torch 1.13 goes with torchvision 0.14.x; set it to torchvision==0.14.1, or torch"
        + " to torch==2.13.0");
  }

  @Test
  void aPyTorchIndexWantsItsBuildAndPyPiNone() {
    assertThat(TorchFamily.indexMismatch(PipRequirement.parse("torch==2.8.0"), PackageIndex.PYTORCH_CU128, java.util.List.of()))
        .contains("pip requirement 'torch==2.8.0' comes from the cu128 index but is not pinned to its build: write"
            + " torch==<version>+cu128, because an installed +cpu or CUDA build already satisfies a bare version");
    assertThat(TorchFamily.indexMismatch(PipRequirement.parse("torch==2.8.0+cpu"), PackageIndex.PYPI, java.util.List.of()))
        .contains("pip requirement 'torch==2.8.0+cpu' names a +cpu build, which only the PyTorch index serves:"
            + " install it with index(PackageIndex.pytorch(\"cpu\"))");
    assertThat(TorchFamily.indexMismatch(PipRequirement.parse("torch==2.8.0+cu128"), PackageIndex.PYTORCH_CU128, java.util.List.of()))
        .isEmpty();
    assertThat(TorchFamily.indexMismatch(PipRequirement.parse("numpy==2.3.0"), PackageIndex.PYTORCH_CU128, java.util.List.of())).isEmpty();
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
