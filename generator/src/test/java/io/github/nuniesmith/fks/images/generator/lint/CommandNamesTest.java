package io.github.nuniesmith.fks.images.generator.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandNamesTest {
  @Test
  void theFirstWordOfEachSimpleCommandIsACommand() {
    assertThat(CommandNames.of("curl -fsSL https://x/y -o /y && sha256sum -c y; tar -xf y | cat || true & wait"))
        .containsExactly("curl", "sha256sum", "tar", "cat", "true", "wait");
  }

  @Test
  void packageNamesAndArgumentsAreNotCommands() {
    assertThat(CommandNames.of("--mount=type=cache,target=/var/cache/apt,sharing=locked --network=none"
        + " apt-get update && apt-get install -y --no-install-recommends curl wget git"))
        .containsExactly("apt-get", "apt-get");
    assertThat(CommandNames.of("echo curl 'wget x' \"curl\"")).containsExactly("echo");
  }

  @Test
  void assignmentsWrappersPathsAndKeywordsAreSkipped() {
    assertThat(CommandNames.of("DEBIAN_FRONTEND=noninteractive sudo -E /usr/bin/curl x")).containsExactly("curl");
    assertThat(CommandNames.of("if test -n \"$X\"; then wget x; else env A=1 curl y; fi"))
        .containsExactly("test", "wget", "curl");
    assertThat(CommandNames.of("(cd /x && make)")).containsExactly("cd", "make");
  }

  @Test
  void commandSubstitutionsRunCommandsInsideQuotesToo() {
    assertThat(CommandNames.of("echo \"$(curl -s https://x)\" `wget -qO- y` 'no $(curl here)'"))
        .containsExactly("echo", "curl", "wget");
    assertThat(CommandNames.of("V=\"$(uname -m)\" curl x")).containsExactly("uname", "curl");
  }

  @Test
  void quotesAndEscapesMakeOneWord() {
    assertThat(CommandNames.of("'cu'rl x; c\\url y; \"wg\"et z")).containsExactly("curl", "curl", "wget");
    assertThat(CommandNames.of("echo a\\;curl")).containsExactly("echo");
  }
}
