package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreateUserTest {
  @Test
  void aSystemUserHasItsOwnGroupAHomeAndNoLogin() {
    CreateUser user = CreateUser.system("fks", 10001, 10002);

    assertThat(user).isEqualTo(new CreateUser("fks", OptionalInt.of(10001), OptionalInt.of(10002), true, true,
        Optional.of(AbsolutePath.of("/usr/sbin/nologin")), Optional.empty(), true, List.of()));
    assertThat(user.describe()).isEqualTo("create user fks");
  }

  @Test
  void aRegularUserTakesItsShellHomeGroupsAndAnExistingPrimaryGroup() {
    CreateUser user = CreateUser.builder("jovyan").uid(1000).primaryGroup(100).shell("/bin/bash")
        .home("/home/jovyan").groups("users", "audio").build();

    assertThat(user).isEqualTo(new CreateUser("jovyan", OptionalInt.of(1000), OptionalInt.of(100), false, false,
        Optional.of(AbsolutePath.of("/bin/bash")), Optional.of(AbsolutePath.of("/home/jovyan")), true,
        List.of("users", "audio")));
    assertThat(CreateUser.builder("tool").noHome().build().createHome()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Fks", "1fks", "fks user", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
  void rejectsBadName(String name) {
    assertThatThrownBy(() -> CreateUser.system(name, 10001, 10001))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("user name '" + name + "' is invalid: use up to 31 lowercase letters, digits, _ and -");
  }

  @Test
  void rejectsRootBadGroupsAndAGroupWithoutId() {
    assertThatThrownBy(() -> CreateUser.builder("app").uid(0).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("create user app: uid 0 is root or negative: useradd refuses a second root; use 1 or more");
    assertThatThrownBy(() -> CreateUser.builder("app").groups("Users").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("create user app: group name 'Users' is invalid: use up to 31 lowercase letters, digits, _ and -");
    assertThatThrownBy(() -> CreateUser.builder("app").groups("users", "users").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("create user app: lists a group twice: keep one");
    assertThatThrownBy(() -> new CreateUser("app", OptionalInt.empty(), OptionalInt.empty(), true, false,
            Optional.empty(), Optional.empty(), true, List.of()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("create user app: creates its own group without a gid: give one with ownGroup(gid)");
    assertThatThrownBy(() -> CreateUser.builder("app").shell("bash"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("create user app / shell: path 'bash' is relative: write an absolute path such as /bash");
  }
}
