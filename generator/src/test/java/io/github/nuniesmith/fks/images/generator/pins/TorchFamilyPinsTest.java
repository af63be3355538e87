package io.github.nuniesmith.fks.images.generator.pins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The torch family across catalog files, as FKS writes it: ml-torch.txt's CPU torch and gpu-torch.txt's CUDA set. */
class TorchFamilyPinsTest {
  private static final String ML_TORCH = "src/main/pins/ml-torch.txt";
  private static final String GPU_TORCH = "src/main/pins/gpu-torch.txt";

  /** The two torch files with torch at ml-torch.txt:4 and torch, torchvision, torchaudio at gpu-torch.txt:5-7. */
  private static Map<String, String> catalog(String mlTorch, String torch, String vision, String audio) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(ML_TORCH, "# CPU torch\n# keep its release equal to gpu-torch.txt\n"
        + "--index-url https://download.pytorch.org/whl/cpu\ntorch==" + mlTorch + "+cpu\n");
    texts.put(GPU_TORCH, "# CUDA torch\n# one release set\n#\n--index-url https://download.pytorch.org/whl/cu128\n"
        + "torch==" + torch + "+cu128\ntorchvision==" + vision + "+cu128\ntorchaudio==" + audio + "+cu128\n");
    return texts;
  }

  private static void assertRefused(Map<String, String> texts, String message) {
    assertThatThrownBy(() -> PinCatalog.read(texts, "Pins")).isInstanceOf(DefinitionException.class).hasMessage(message);
  }

  @Test
  void oneReleaseInEveryFileIsAccepted() {
    assertThat(PinCatalog.read(catalog("2.8.0", "2.8.0", "0.23.0", "2.8.0"), "Pins").files()).hasSize(2);
  }

  @Test
  void theSetBumpedTogetherIsAccepted() {
    assertThat(PinCatalog.read(catalog("2.9.1", "2.9.1", "0.24.1", "2.9.1"), "Pins").files()).hasSize(2);
  }

  @Test
  void aLoneGpuTorchBumpNamesEveryOtherLineAndItsValue() {
    assertRefused(catalog("2.8.0", "2.9.0", "0.23.0", "2.8.0"),
        "src/main/pins/gpu-torch.txt:6: torchvision==0.23.0+cu128 is not from the release of torch==2.9.0+cu128"
            + " (src/main/pins/gpu-torch.txt:5): set it to torchvision==0.24.0+cu128; the torch family moves together,"
            + " so also set src/main/pins/gpu-torch.txt:7 to torchaudio==2.9.0+cu128 and src/main/pins/ml-torch.txt:4"
            + " to torch==2.9.0+cpu [FKS020]");
  }

  @Test
  void aLoneCpuTorchBumpNamesTheGpuSet() {
    assertRefused(catalog("2.9.0", "2.8.0", "0.23.0", "2.8.0"),
        "src/main/pins/gpu-torch.txt:5: torch==2.8.0+cu128 is not from the release of torch==2.9.0+cpu"
            + " (src/main/pins/ml-torch.txt:4): set it to torch==2.9.0+cu128; the torch family moves together, so also"
            + " set src/main/pins/gpu-torch.txt:6 to torchvision==0.24.0+cu128 and src/main/pins/gpu-torch.txt:7 to"
            + " torchaudio==2.9.0+cu128 [FKS020]");
  }

  @Test
  void aLoneTorchvisionBumpNamesBothTorchLines() {
    assertRefused(catalog("2.8.0", "2.8.0", "0.24.0", "2.8.0"),
        "src/main/pins/gpu-torch.txt:5: torch==2.8.0+cu128 is not from the release of torchvision==0.24.0+cu128"
            + " (src/main/pins/gpu-torch.txt:6): set it to torch==2.9.0+cu128; the torch family moves together, so"
            + " also set src/main/pins/gpu-torch.txt:7 to torchaudio==2.9.0+cu128 and src/main/pins/ml-torch.txt:4 to"
            + " torch==2.9.0+cpu [FKS020]");
  }

  @Test
  void aLoneTorchaudioBumpNamesTheRest() {
    assertRefused(catalog("2.8.0", "2.8.0", "0.23.0", "2.9.0"),
        "src/main/pins/gpu-torch.txt:5: torch==2.8.0+cu128 is not from the release of torchaudio==2.9.0+cu128"
            + " (src/main/pins/gpu-torch.txt:7): set it to torch==2.9.0+cu128; the torch family moves together, so"
            + " also set src/main/pins/gpu-torch.txt:6 to torchvision==0.24.0+cu128 and src/main/pins/ml-torch.txt:4"
            + " to torch==2.9.0+cpu [FKS020]");
  }

  @Test
  void aPatchBumpOfOneTorchLineNamesTheOther() {
    assertRefused(catalog("2.8.0", "2.8.1", "0.23.0", "2.8.0"),
        "src/main/pins/ml-torch.txt:4: torch==2.8.0+cpu is not from the release of torch==2.8.1+cu128"
            + " (src/main/pins/gpu-torch.txt:5): set it to torch==2.8.1+cpu [FKS020]");
  }

  @Test
  void aFamilyPinInAnyOtherFileFollowsToo() {
    Map<String, String> texts = catalog("2.8.0", "2.8.0", "0.23.0", "2.8.0");
    texts.put("src/main/pins/services.txt", "uvicorn==0.30.6\ntorchaudio==2.7.0\n");

    assertRefused(texts, "src/main/pins/services.txt:2: torchaudio==2.7.0 is not from the release of"
        + " torch==2.8.0+cu128 (src/main/pins/gpu-torch.txt:5): set it to torchaudio==2.8.0 [FKS020]");
  }

  @Test
  void rangesTakeNoPart() {
    Map<String, String> texts = catalog("2.8.0", "2.8.0", "0.23.0", "2.8.0");
    texts.put("src/main/pins/services.txt", "torchvision>=0.1\n");

    assertThat(PinCatalog.read(texts, "Pins").files()).hasSize(3);
  }
}
