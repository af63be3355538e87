package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CreateUserTest {
  @Test
  void holdsIdsAndName() {
    CreateUser user = new CreateUser(UserSpec.of(10001, 10001), "fks");

    assertThat(user.user()).hasToString("10001:10001");
    assertThat(user.describe()).isEqualTo("create user fks");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Fks", "1fks", "fks user", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
  void rejectsBadName(String name) {
    assertThatThrownBy(() -> new CreateUser(UserSpec.of(10001, 10001), name))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("user name '" + name + "' is invalid: use up to 31 lowercase letters, digits, _ and -");
  }

  @Test
  void rejectsMissingIds() {
    assertThatThrownBy(() -> new CreateUser(null, "fks"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("user is missing: give a value");
  }
}
