package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MountTest {
  @Test
  void cacheOwnedByUserTakesItsIds() {
    Mount.Cache cache = Mount.Cache.of("pip-cache", "/home/fks/.cache/pip", Mount.Sharing.LOCKED)
        .ownedBy(UserSpec.of(10001, 10002));

    assertThat(cache.uid()).isEqualTo(OptionalInt.of(10001));
    assertThat(cache.gid()).isEqualTo(OptionalInt.of(10002));
    assertThat(cache.target()).isEqualTo(AbsolutePath.of("/home/fks/.cache/pip"));
    assertThat(cache.sharing()).isEqualTo(Mount.Sharing.LOCKED);
  }

  @Test
  void requiredSecretHasDefaultTarget() {
    assertThat(Mount.Secret.required("netrc")).isEqualTo(new Mount.Secret("netrc", Optional.empty(), true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-pip", "pip cache", "pip,cache", "id=pip",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
  void rejectsBadCacheId(String id) {
    assertThatThrownBy(() -> Mount.Cache.of(id, "/root/.cache/pip", Mount.Sharing.SHARED))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("cache id '" + id + "' is invalid: use letters, digits and . _ -");
  }

  @ParameterizedTest
  @ValueSource(strings = {"net,rc", "id=netrc", ".netrc"})
  void rejectsBadSecretId(String id) {
    assertThatThrownBy(() -> Mount.Secret.required(id))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("secret id '" + id + "' is invalid: use letters, digits and . _ -");
  }

  @Test
  void rejectsNegativeCacheOwner() {
    assertThatThrownBy(() -> new Mount.Cache(
        "pip", AbsolutePath.of("/root/.cache/pip"), Mount.Sharing.SHARED, OptionalInt.of(-1), OptionalInt.empty()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("cache uid -1 is negative: use 0 or more");
  }

  @Test
  void rejectsRelativeCacheTarget() {
    assertThatThrownBy(() -> Mount.Cache.of("pip", "root/.cache/pip", Mount.Sharing.SHARED))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("path 'root/.cache/pip' is relative: write an absolute path such as /root/.cache/pip");
  }

  @Test
  void rejectsBindFromSomethingThatIsNoStageName() {
    assertThatThrownBy(() -> new Mount.Bind(AbsolutePath.of("/src"), ContextPath.of("src"), "Builder"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("bind from 'Builder' is not a stage name: use the name of an earlier stage");
  }
}
