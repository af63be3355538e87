package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog and the definitions agree: every pin is installed, and every install is a pin. */
class PinsTest {
  @Test
  void theImagesInstallExactlyTheCatalogsPinsFromTheirFilesIndexes() throws IllegalAccessException {
    List<String> catalog = new ArrayList<>();
    for (Class<?> file : Pins.class.getDeclaredClasses()) {
      PackageIndex index = PackageIndex.PYPI;
      for (Field f : file.getFields()) {
        if (f.getType() == PackageIndex.class) {
          index = (PackageIndex) f.get(null);
        }
      }
      for (Field f : file.getFields()) {
        if (f.getType() == PipRequirement.class) {
          catalog.add(f.get(null) + " from " + index.url());
        }
      }
    }
    // Option 1 publishes every tier; services install the same pins, counted once.
    List<String> installed = new FksImages().imageSet(Strategy.OPTION_1).images().stream()
        .flatMap(i -> RenderedSet.steps(i, PipInstall.class).stream())
        .flatMap(PinsTest::described).distinct().toList();

    assertThat(installed).containsExactlyInAnyOrderElementsOf(catalog);
  }

  private static Stream<String> described(PipInstall install) {
    return install.requirements().stream().map(r -> r + " from " + install.index().url());
  }
}
