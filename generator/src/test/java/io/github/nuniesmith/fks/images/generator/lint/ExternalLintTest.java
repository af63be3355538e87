package io.github.nuniesmith.fks.images.generator.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.generator.Executables;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.external.RequiredTool;
import io.github.nuniesmith.fks.images.generator.external.ShellCheck;
import io.github.nuniesmith.fks.images.generator.external.ToolFinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ShellCheck and hadolint run auto, on or off, from the PATH given. */
class ExternalLintTest {
  private static final List<GeneratedFile> UNQUOTED = List.of(new GeneratedFile("app/Dockerfile", """
      FROM python:3.12-slim-trixie AS app
      RUN ls -l $DATA_DIR
      """));

  /** A PATH holding no tool. */
  @TempDir Path empty;

  private final List<String> notes = new ArrayList<>();

  @Test
  void offRunsNothingAndSaysNothing() {
    ExternalLint off = new ExternalLint(ExternalLint.Mode.OFF, ExternalLint.Mode.OFF, empty.toString(), "{}\n");

    assertThat(off.run(UNQUOTED, notes::add)).isEmpty();
    assertThat(notes).isEmpty();
  }

  @Test
  void autoWithoutTheToolsSaysSoAndRunsNothing() {
    ExternalLint auto = new ExternalLint(ExternalLint.Mode.AUTO, ExternalLint.Mode.AUTO, empty.toString(), "{}\n");

    assertThat(auto.run(UNQUOTED, notes::add)).isEmpty();
    assertThat(notes).containsExactly(
        "shellcheck did not run (fks.lint.shellcheck=auto): shellcheck is not on the PATH: install it (Debian"
            + " package shellcheck) to check every RUN",
        "hadolint did not run (fks.lint.hadolint=auto): hadolint is not on the PATH: install its binary (a"
            + " release of github.com/hadolint/hadolint)");
  }

  @Test
  void shellCheckOnButMissingFails() {
    ExternalLint on = new ExternalLint(ExternalLint.Mode.ON, ExternalLint.Mode.OFF, empty.toString(), "{}\n");

    assertThatThrownBy(() -> on.run(UNQUOTED, notes::add)).isInstanceOf(IllegalStateException.class)
        .hasMessage("fks.lint.shellcheck=on, but shellcheck is not on the PATH: install it (Debian package"
            + " shellcheck) to check every RUN");
  }

  @Test
  void hadolintOnButMissingFails() {
    ExternalLint on = new ExternalLint(ExternalLint.Mode.OFF, ExternalLint.Mode.ON, empty.toString(), "{}\n");

    assertThatThrownBy(() -> on.run(UNQUOTED, notes::add)).isInstanceOf(IllegalStateException.class)
        .hasMessage("fks.lint.hadolint=on, but hadolint is not on the PATH: install its binary (a release of"
            + " github.com/hadolint/hadolint)");
  }

  @Test
  void shellCheckOnThePathRunsOnEveryDockerfile() {
    RequiredTool.HERE.require(ShellCheck.onPath(), ShellCheck.absence());
    String folder = Path.of(Executables.onPath("shellcheck").orElseThrow()).getParent().toString();
    ExternalLint on = new ExternalLint(ExternalLint.Mode.ON, ExternalLint.Mode.OFF, folder, "{}\n");

    List<ToolRun> runs = on.run(UNQUOTED, notes::add);

    assertThat(runs).containsExactly(new ToolRun("shellcheck", List.of(new ToolFinding("app/Dockerfile", 2, "SC2086",
        ToolFinding.Level.INFO, "Double quote to prevent globbing and word splitting."))));
    assertThat(runs.get(0).summary()).isEqualTo("shellcheck: 1 finding, 0 at error level");
    assertThat(notes).isEmpty();
  }

  @Test
  void hadolintLeavesOutAFileItCannotReadAndSaysWhy() throws Exception {
    // A stand-in hadolint that finds nothing: what matters is which files reach it.
    Path fake = empty.resolve("hadolint");
    Files.writeString(fake, "#!/bin/sh\necho '[]'\n");
    fake.toFile().setExecutable(true);
    ExternalLint on = new ExternalLint(ExternalLint.Mode.OFF, ExternalLint.Mode.ON, empty.toString(), "{}\n");
    List<GeneratedFile> files = List.of(UNQUOTED.get(0), new GeneratedFile("heredoc/Dockerfile", """
        FROM debian:bookworm AS app
        RUN <<EOF
        echo hi
        EOF
        """));

    List<ToolRun> runs = on.run(files, notes::add);

    assertThat(runs).containsExactly(new ToolRun("hadolint", List.of()));
    assertThat(notes).containsExactly(
        "heredoc/Dockerfile is not checkable by hadolint 2.14: hadolint 2.14 cannot read heredoc (line 2)");
  }

  @Test
  void aModeOtherThanAutoOnOrOffIsRefused() {
    assertThat(ExternalLint.Mode.parse("fks.lint.shellcheck", "ON")).isEqualTo(ExternalLint.Mode.ON);
    assertThatThrownBy(() -> ExternalLint.Mode.parse("fks.lint.shellcheck", "yes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fks.lint.shellcheck is 'yes': use auto, on or off");
  }
}
