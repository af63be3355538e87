package io.github.nuniesmith.fks.images.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import org.junit.jupiter.api.Test;

class ImagesMojoTest {
  @Test
  void findsABadDefinitionThrownFromAStaticInitializer() {
    DefinitionException bad = new DefinitionException("port 0 is out of range: use 1 to 65535");
    Throwable wrapped = new ExceptionInInitializerError(bad);

    assertThat(ImagesMojo.definitionError(wrapped)).containsSame(bad);
    assertThat(ImagesMojo.definitionError(new RuntimeException("outer", wrapped))).containsSame(bad);
  }

  @Test
  void findsNothingInOtherFailures() {
    assertThat(ImagesMojo.definitionError(new ClassNotFoundException("x.Missing"))).isEmpty();
  }
}
