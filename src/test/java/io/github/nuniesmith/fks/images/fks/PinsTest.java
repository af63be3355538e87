package io.github.nuniesmith.fks.images.fks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.Tier;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog and the definitions agree: every pin is installed, and every install is a pin. */
class PinsTest {
  private static final List<Tier> TIERS = List.of(CpuBase.TIER, MlBase.TIER, GpuBase.TIER);

  @Test
  void theTiersInstallExactlyTheCatalogsPinsFromTheirFilesIndexes() throws IllegalAccessException {
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
    List<String> installed = TIERS.stream().flatMap(t -> t.pipInstalls().stream())
        .flatMap(PinsTest::described).toList();

    assertThat(installed).containsExactlyInAnyOrderElementsOf(catalog);
  }

  private static Stream<String> described(PipInstall install) {
    return install.requirements().stream().map(r -> r + " from " + install.index().url());
  }
}
