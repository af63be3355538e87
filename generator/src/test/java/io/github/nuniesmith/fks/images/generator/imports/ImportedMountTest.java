package io.github.nuniesmith.fks.images.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.Mount;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportedMountTest {
  @Test
  void readsACacheMountWithItsOptionsInCodeAndAsTheMount() {
    ImportedMount mount = ImportedMount.read("type=cache,target=/root/.npm,id=npm,sharing=locked,from=deps,"
        + "source=/cache,ro", List.of("deps"));

    assertThat(mount.code().toString()).isEqualTo("io.github.nuniesmith.fks.images.dsl.Mount.cache(\"/root/.npm\")"
        + ".id(\"npm\").sharing(io.github.nuniesmith.fks.images.dsl.Mount.Sharing.LOCKED).readOnly(true)"
        + ".from(io.github.nuniesmith.fks.images.dsl.Mount.Origin.stage(\"deps\"), \"/cache\")");
    assertThat(mount.mount()).isEqualTo(Mount.cache("/root/.npm").id("npm").sharing(Mount.Sharing.LOCKED)
        .readOnly(true).from(Mount.Origin.stage("deps"), "/cache"));
  }

  @Test
  void readsABindMountWithoutATypeFromAnImage() {
    ImportedMount mount = ImportedMount.read("target=/src,from=golang:1.23,source=/usr/local/go,rw", List.of());

    assertThat(mount.mount()).isEqualTo(Mount.Bind.from(Mount.Origin.image("golang:1.23"), "/usr/local/go", "/src")
        .readWrite(true));
  }

  @Test
  void refusesAnOptionTheModelHasNoValueFor() {
    assertThatThrownBy(() -> ImportedMount.read("type=tmpfs,target=/tmp,mode=1777", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the tmpfs mount type=tmpfs,target=/tmp,mode=1777 has the options [mode], which the model has"
            + " no value for");
  }
}
