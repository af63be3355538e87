package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackageIndexTest {
  @Test
  void pytorchIndexCarriesItsLocalLabel() {
    assertThat(PackageIndex.PYTORCH_CU128)
        .isEqualTo(new PackageIndex("https://download.pytorch.org/whl/cu128", "cu128"));
    assertThat(PackageIndex.PYTORCH_CPU.localLabel()).isEqualTo("cpu");
    assertThat(PackageIndex.PYTORCH_CU126.url()).isEqualTo("https://download.pytorch.org/whl/cu126");
  }

  @Test
  void onlyPypiIsTheDefault() {
    assertThat(PackageIndex.PYPI.isDefault()).isTrue();
    assertThat(new PackageIndex("https://pypi.org/simple", "").isDefault()).isTrue();
    assertThat(PackageIndex.PYTORCH_CPU.isDefault()).isFalse();
  }

  @Test
  void rejectsPlainHttp() {
    assertThatThrownBy(() -> new PackageIndex("http://pypi.org/simple", ""))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("package index URL 'http://pypi.org/simple' is invalid: use an https URL without query"
            + " or spaces");
  }

  @Test
  void rejectsQuery() {
    assertThatThrownBy(() -> new PackageIndex("https://example.com/simple?token=x", ""))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("package index URL 'https://example.com/simple?token=x' is invalid: use an https URL"
            + " without query or spaces");
  }

  @Test
  void rejectsUppercaseLocalLabel() {
    assertThatThrownBy(() -> PackageIndex.pytorch("CU128"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("local version label 'CU128' is invalid: use lowercase letters and digits such as cu128");
  }

  @Test
  void wheelhouseIsAContextFolderWithoutUrl() {
    PackageIndex wheels = PackageIndex.wheelhouse("wheels/linux");

    assertThat(wheels.wheelhouse()).contains(ContextPath.of("wheels/linux"));
    assertThat(wheels.url()).isEmpty();
    assertThat(wheels.isDefault()).isFalse();
  }

  @Test
  void rejectsAWheelhouseOutsideTheContext() {
    assertThatThrownBy(() -> PackageIndex.wheelhouse("/srv/wheels"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("wheelhouse: relative path '/srv/wheels' is absolute: write it relative to its folder");
  }

  @Test
  void rejectsAWheelhouseWithAUrl() {
    assertThatThrownBy(() -> new PackageIndex("https://pypi.org/simple", "", Optional.of(ContextPath.of("wheels"))))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("wheelhouse 'wheels' has a URL or a local label: make it with PackageIndex.wheelhouse(folder)");
  }
}
