package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellStepTest {
  @Test
  void keepsReasonCommandAndMounts() {
    Mount cache = Mount.Cache.of("npm", "/root/.npm", Mount.Sharing.LOCKED);
    ShellStep step = new ShellStep("npm has no typed step", "npm ci --omit=dev", List.of(cache));

    assertThat(step.reason()).isEqualTo("npm has no typed step");
    assertThat(step.command()).isEqualTo("npm ci --omit=dev");
    assertThat(step.mounts()).containsExactly(cache);
  }

  @Test
  void rejectsAHeredocThatWouldSwallowTheNextInstructions() {
    for (String command : List.of("cat >/dev/null <<'# Raw shell step: end'", "cat <<EOF > /etc/motd",
        "cat <<-X", "tee /x << \"END\"")) {
      assertThatThrownBy(() -> new ShellStep("write a note", command, List.of()))
          .isInstanceOf(DefinitionException.class)
          .hasMessage("shell command " + Checks.quote(command) + " contains the heredoc operator <<, which"
              + " BuildKit reads as a heredoc taking the following Dockerfile lines as its text: use run(r ->"
              + " r.heredoc(...)) or r.heredocs(command, documents)");
    }
    assertThat(new ShellStep("a here-string is one line", "grep -q x <<< \"$V\"", List.of()).command())
        .isEqualTo("grep -q x <<< \"$V\"");
  }

  @Test
  void acceptsWordsThatOnlyStartWithCd() {
    assertThat(new ShellStep("burn", "cdrecord image.iso", List.of()).command()).isEqualTo("cdrecord image.iso");
  }

  @Test
  void rejectsMissingReason() {
    assertThatThrownBy(() -> new ShellStep("", "make", List.of()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("reason of the shell step (say why no typed step fits) is empty: give a value");
  }

  @Test
  void rejectsNullReason() {
    assertThatThrownBy(() -> new ShellStep(null, "make", List.of()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("reason of the shell step (say why no typed step fits) is missing: give a value");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "cd /tmp && make", "make && cd /tmp", "make; cd x", "make || cd x", "make | cd x", "(cd x && make)",
      "echo `cd x`", "echo $(sudo id)", "sudo make install", "  CD x"})
  void acceptsCdAndSudoWhichLintReports(String command) {
    assertThat(new ShellStep("why", command, List.of()).command()).isEqualTo(command);
  }

  @Test
  void acceptsBackslashInsideTheCommand() {
    assertThat(new ShellStep("why", "printf 'a\\n' > /tmp/a", List.of()).command()).isEqualTo("printf 'a\\n' > /tmp/a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"make \\", "make\\", "make \\   "})
  void rejectsFinalBackslash(String command) {
    assertThatThrownBy(() -> new ShellStep("why", command, List.of()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("shell command '" + command + "' ends in a backslash, which would join the next Dockerfile"
            + " instruction to it: remove the backslash");
  }

  @Test
  void rejectsSecondLine() {
    assertThatThrownBy(() -> new ShellStep("why", "make\ncd x", List.of()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("shell command 'make\\ncd x' contains a control character (newline, tab, ...): remove it");
  }
}
