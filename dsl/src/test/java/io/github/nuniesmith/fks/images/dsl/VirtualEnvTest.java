package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VirtualEnvTest {
  private static final AbsolutePath ML = AbsolutePath.of("/opt/fks/ml");
  private static final AbsolutePath CPU = AbsolutePath.of("/opt/fks/cpu");

  @Test
  void knowsItsSitePackagesAndParents() {
    VirtualEnv env = new VirtualEnv(ML, "3.12", List.of(CPU));

    assertThat(env.sitePackages()).hasToString("/opt/fks/ml/lib/python3.12/site-packages");
    assertThat(env.parents()).containsExactly(CPU);
    assertThat(env.describe()).isEqualTo("virtual environment /opt/fks/ml");
  }

  @Test
  void rejectsItselfAsParent() {
    assertThatThrownBy(() -> new VirtualEnv(ML, "3.12", List.of(CPU, ML)))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("virtual environment /opt/fks/ml lists itself as a parent: remove it from the parents");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "2.7", "3.12.1", "py3.12"})
  void rejectsPythonVersionThatIsNotThreeDotMinor(String version) {
    assertThatThrownBy(() -> new VirtualEnv(ML, version, List.of()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("python version '" + version + "' is invalid: use major.minor such as 3.12");
  }
}
