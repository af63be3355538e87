package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserTest {
  @Test
  void keepsWhatWasGiven() {
    assertThat(User.parse("1000")).isEqualTo(new User("1000", Optional.empty())).hasToString("1000");
    assertThat(User.parse("app:users")).hasToString("app:users");
    assertThat(User.parse("${NB_UID}:${NB_GID}")).isEqualTo(new User("${NB_UID}", Optional.of("${NB_GID}")));
    assertThat(User.parse("${NB_UID:-1000}:100").group()).contains("100");
    assertThat(User.parse("$NB_UID").expanded()).containsExactly("$NB_UID");
  }

  @Test
  void rootByNameOrId() {
    assertThat(User.parse("root").root()).isTrue();
    assertThat(User.parse("0:0").root()).isTrue();
    assertThat(User.parse("1000").root()).isFalse();
  }

  @Test
  void numericViewOnlyWhenBothIdsAreGiven() {
    assertThat(User.parse("1000:100").numeric()).contains(UserSpec.of(1000, 100));
    assertThat(User.parse("1000").numeric()).isEmpty();
    assertThat(User.parse("app:100").numeric()).isEmpty();
    assertThat(new User(UserSpec.of(10001, 10001))).hasToString("10001:10001");
  }

  @Test
  void namesImageStageAndStepOfABadUser() {
    assertThatThrownBy(() -> Image.builder("demo", "Dockerfile", UserTest.class)
            .stage("run", s -> s.from("python:3.12").user("app;rm")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image demo / stage run / user: user 'app;rm' is invalid: write a name such as app or root, an id"
            + " such as 1000, or a variable such as ${NB_UID}");
  }

  @Test
  void rejectsABadGroupAndIdsOutOfRange() {
    assertThatThrownBy(() -> User.parse("app:a b"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("group 'a b' is invalid: write a name such as users, an id such as 1000, or a variable such as"
            + " ${NB_UID}");
    assertThatThrownBy(() -> User.parse("4294967296"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("user '4294967296' is out of range: use ids below 2147483648");
    assertThatThrownBy(() -> User.parse("1:2147483648"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("group '2147483648' is out of range: use ids below 2147483648");
    assertThatThrownBy(() -> User.parse(""))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("user is empty: give a value");
  }
}
