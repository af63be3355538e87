package io.github.nuniesmith.fks.images.generator.pins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PinCatalogTest {
  private static PinCatalog read(String... pathsAndTexts) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      texts.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    }
    return PinCatalog.read(texts, "Pins");
  }

  private static void assertRefused(String message, String... pathsAndTexts) {
    assertThatThrownBy(() -> read(pathsAndTexts)).isInstanceOf(DefinitionException.class).hasMessage(message);
  }

  @Test
  void readsRequirementsCommentsAndTheIndexInFileOrder() {
    PinCatalog catalog = read(
        "src/main/pins/ml.txt", "# ML tier\n\nlangchain >= 0.3.0  # the seed's range\nTA-Lib==0.5.1\n",
        "src/main/pins/gpu-torch.txt", "--index-url https://download.pytorch.org/whl/cu128\ntorch==2.8.0+cu128\n");

    assertThat(catalog.files()).extracting(PinFile::path)
        .containsExactly("src/main/pins/gpu-torch.txt", "src/main/pins/ml.txt");
    PinFile gpu = catalog.files().get(0);
    assertThat(gpu.className()).isEqualTo("GpuTorch");
    assertThat(gpu.index()).contains(PackageIndex.PYTORCH_CU128);
    PinFile ml = catalog.files().get(1);
    assertThat(ml.index()).isEmpty();
    assertThat(ml.pins()).extracting(p -> p.line() + " " + p.constant() + " " + p.requirement())
        .containsExactly("3 LANGCHAIN langchain>=0.3.0", "4 TA_LIB TA-Lib==0.5.1");
  }

  @Test
  void anIndexOtherThanPyTorchsHasNoLocalLabel() {
    PinFile file = read("pins/private.txt", "--index-url https://pypi.example.com/simple  # ours\nfks-client==1.0\n")
        .files().get(0);
    assertThat(file.index()).isEqualTo(Optional.of(new PackageIndex("https://pypi.example.com/simple", "")));
  }

  @Test
  void constantNamesFollowPep503AndNeverStartWithADigit() {
    PinFile file = read("pins/x.txt", "langchain_community.extra==1.0\n3d-tools==2.0\n").files().get(0);
    assertThat(file.pins()).extracting(Pin::constant).containsExactly("LANGCHAIN_COMMUNITY_EXTRA", "_3D_TOOLS");
  }

  @Test
  void refusesAnInvalidRequirementWithFileAndLine() {
    assertRefused("src/main/pins/ml.txt:2: pip requirement 'langchain>=0.3.0 && rm -rf /' contains the shell"
            + " metacharacter '&': write one PEP 508 requirement such as 'langchain>=0.3.0' [FKS005]",
        "src/main/pins/ml.txt", "chromadb>=0.5.0\nlangchain>=0.3.0 && rm -rf /\n");
  }

  @Test
  void refusesAVersionThatIsNotPep440() {
    assertRefused("src/main/pins/ml.txt:1: pip requirement 'langchain>=latest' has an invalid version specifier"
            + " '>=latest': version 'latest' is invalid: write a PEP 440 version such as 2.8.0 or 2.8.0+cu128 [FKS005]",
        "src/main/pins/ml.txt", "langchain>=latest\n");
  }

  @Test
  void refusesTheSamePackageTwiceEvenSpelledDifferently() {
    assertRefused("src/main/pins/ml.txt:3: 'langchain_core' is the package 'langchain-core' of line 1"
            + " (PEP 503 names; both would be Ml.LANGCHAIN_CORE): keep one line",
        "src/main/pins/ml.txt", "langchain-core>=0.3.0\nchromadb>=0.5.0\nlangchain_core>=0.3.1\n");
  }

  @Test
  void refusesAPackageThatWouldTakeTheIndexConstant() {
    assertRefused("src/main/pins/ml.txt:1: 'index' would be the constant INDEX, which holds the file's"
            + " --index-url: move it to a file of its own",
        "src/main/pins/ml.txt", "index==1.0\n");
  }

  @Test
  void refusesTwoFilesThatBecomeTheSameClass() {
    assertRefused("src/main/pins/ml_torch.txt: becomes the class Pins.MlTorch, as src/main/pins/ml-torch.txt does:"
            + " rename one of them",
        "src/main/pins/ml-torch.txt", "torch==2.8.0\n", "src/main/pins/ml_torch.txt", "torch==2.8.0\n");
  }

  @Test
  void refusesAFileNamedLikeTheEnclosingClass() {
    assertRefused("src/main/pins/pins.txt: becomes the class Pins.Pins, which Java forbids inside Pins: rename the file",
        "src/main/pins/pins.txt", "torch==2.8.0\n");
  }

  @Test
  void refusesAFileNameThatIsNoJavaName() {
    assertRefused("src/main/pins/2-ml.txt: is not a catalog file name: use lowercase letters, digits and -,"
            + " starting with a letter and ending in .txt, e.g. ml-torch.txt",
        "src/main/pins/2-ml.txt", "torch==2.8.0\n");
  }

  @Test
  void refusesASecondIndex() {
    assertRefused("pins/gpu.txt:3: a second --index-url: pip applies one to the whole file; move the packages"
            + " of another index to a file of their own",
        "pins/gpu.txt", "--index-url https://download.pytorch.org/whl/cu128\ntorch==2.8.0+cu128\n"
            + "--index-url https://download.pytorch.org/whl/cpu\n");
  }

  @Test
  void refusesIndexFormsThatRenovateCannotRead() {
    for (String form : new String[] {"--index-url=https://example.com/simple", "  --index-url https://example.com/simple",
        "-i https://example.com/simple", "--index-url  https://example.com/simple"}) {
      assertRefused("pins/gpu.txt:1: write the index as '--index-url <url>' at the start of the line, with one space:"
          + " Renovate's pip manager reads only that form", "pins/gpu.txt", form + "\n");
    }
  }

  @Test
  void refusesOtherPipOptions() {
    assertRefused("pins/gpu.txt:1: '--extra-index-url https://download.pytorch.org/whl/cu128' is not allowed in"
            + " the catalog: write requirements, comments and at most one --index-url",
        "pins/gpu.txt", "--extra-index-url https://download.pytorch.org/whl/cu128\n");
  }

  @Test
  void refusesAnIndexThatIsNotHttps() {
    assertRefused("pins/gpu.txt:1: package index URL 'http://example.com/simple' is invalid: use an https URL"
            + " without query or spaces",
        "pins/gpu.txt", "--index-url http://example.com/simple\n");
  }
}
