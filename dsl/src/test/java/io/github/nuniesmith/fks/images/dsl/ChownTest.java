package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChownTest {
  @Test
  void readsUserAndGroupOfNamesIdsAndVariables() {
    assertThat(Chown.parse("app")).isEqualTo(new Chown("app", Optional.empty()));
    assertThat(Chown.parse("1000:100")).isEqualTo(new Chown("1000", Optional.of("100")));
    assertThat(Chown.parse("${NB_UID}:${NB_GID}")).isEqualTo(new Chown("${NB_UID}", Optional.of("${NB_GID}")));
    assertThat(Chown.parse("${NB_UID:-1000}:$NB_GID").toString()).isEqualTo("${NB_UID:-1000}:$NB_GID");
    assertThat(Chown.parse("root").toString()).isEqualTo("root");
    assertThat(Chown.parse(":conda")).isEqualTo(new Chown("", Optional.of("conda")));
    assertThat(Chown.parse(":conda").toString()).isEqualTo(":conda");
    assertThat(Chown.of(UserSpec.of(10001, 10002)).toString()).isEqualTo("10001:10002");
  }

  @Test
  void refusesWhatIsNoUser() {
    assertThatThrownBy(() -> Chown.parse("a b"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("chown user 'a b' is invalid: use a name, an id or variables such as ${NB_UID}");
    assertThatThrownBy(() -> Chown.parse(":"))
        .hasMessage("chown group is empty: give a value");
    assertThatThrownBy(() -> new Chown("", Optional.empty()))
        .hasMessage("chown user is empty: give a value");
    assertThatThrownBy(() -> Chown.parse("app:"))
        .hasMessage("chown group is empty: give a value");
    assertThatThrownBy(() -> Chown.parse("app:a:b"))
        .hasMessage("chown group 'a:b' is invalid: use a name, an id or variables such as ${NB_GID}");
  }
}
