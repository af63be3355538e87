package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
            + " torch 2.8 goes with torchaudio 2.8.x; pin a matching set [FKS020]");
  }

  @Test
  void torchaudio211CoversLaterTorch() {
    assertThatCode(() -> TorchFamily.check(cpu().pip("torch==2.12.0", "torchaudio==2.11.0", "torchvision==0.27.0")
        .build())).doesNotThrowAnyException();
  }

  @Test
  void checksChildPinsAgainstTorchPinnedBelow() {
    Tier cpu = cpu().pip("torch==2.8.0").build();
    Tier ml = Tier.on(cpu, TierRole.ML, "ml", TorchFamilyTest.class)
        .publishAs("nuniesmith/fks:docker-ml", "1.0.0").pip("torchvision==0.22.1").build();

    assertThatThrownBy(() -> TorchFamily.check(ml))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier ml / pip 'torchvision': torchvision==0.22.1 is not from the release of torch==2.8.0:"
            + " torch 2.8 goes with torchvision 0.23.x; pin a matching set [FKS020]");
  }

  @Test
  void torchOneUsesTheOlderNumbering() {
    assertThatCode(() -> TorchFamily.check(cpu().pip("torch==1.13.1", "torchvision==0.14.1", "torchaudio==0.13.1")
        .build())).doesNotThrowAnyException();
    assertThatThrownBy(() -> TorchFamily.check(cpu().pip("torch==1.13.1", "torchvision==0.28.0").build()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / pip 'torchvision': torchvision==0.28.0 is not from the release of torch==1.13.1:"
            + " torch 1.13 goes with torchvision 0.14.x; pin a matching set [FKS020]");
  }

  @Test
  void ignoresSetWithoutExactTorchPin() {
    assertThatCode(() -> TorchFamily.check(cpu().pip("torch>=2.8", "torchvision==0.1.0").build()))
        .doesNotThrowAnyException();
  }
}
