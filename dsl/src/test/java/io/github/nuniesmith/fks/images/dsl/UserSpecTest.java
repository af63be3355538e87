package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UserSpecTest {
  @Test
  void parsesUidAndGid() {
    assertThat(UserSpec.parse("10001:10002")).isEqualTo(UserSpec.of(10001, 10002));
    assertThat(UserSpec.parse("10001:10002")).hasToString("10001:10002");
  }

  @Test
  void parsesUidAloneAsItsOwnGroup() {
    assertThat(UserSpec.parse("10001")).isEqualTo(UserSpec.of(10001, 10001));
    assertThat(UserSpec.parse("10001")).hasToString("10001:10001");
  }

  @Test
  void rootIsAnId() {
    assertThat(UserSpec.parse("0:0")).isEqualTo(UserSpec.of(0, 0));
  }

  static Stream<Arguments> badUsers() {
    String numeric = " is not numeric: write uid:gid such as 10001:10001, names may not resolve";
    return Stream.of(
        arguments("app", "user 'app'" + numeric),
        arguments("app:app", "user 'app:app'" + numeric),
        arguments("root", "user 'root'" + numeric),
        arguments("-1", "user '-1'" + numeric),
        arguments("1:2:3", "user '1:2:3'" + numeric),
        arguments("99999999999", "user '99999999999' is out of range: use ids below 2147483648"),
        arguments("10001:2147483648", "user '10001:2147483648' is out of range: use ids below 2147483648"),
        arguments("", "user is empty: give a value"));
  }

  @ParameterizedTest
  @MethodSource("badUsers")
  void rejectsNamesAndNonNumbers(String spec, String message) {
    assertThatThrownBy(() -> UserSpec.parse(spec))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsNegativeIds() {
    assertThatThrownBy(() -> UserSpec.of(-5, 10001))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("user id -5 is negative: use 0 to 2147483647");
    assertThatThrownBy(() -> UserSpec.of(5, -1))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("group id -1 is negative: use 0 to 2147483647");
  }
}
