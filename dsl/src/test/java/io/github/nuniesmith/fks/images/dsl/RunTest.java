package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunTest {
  private static final String PY = "python:3.12-slim-trixie";

  @Test
  void runOfTextIsShellFormInContinuationLines() {
    Stage stage = Stage.builder("b").from(PY).run("\n  make &&\n  make install\n\n").build();

    assertThat(stage.steps()).containsExactly(
        Run.of(new Run.Shell("  make &&\n  make install", Run.Layout.CONTINUATION_LINES)));
  }

  @Test
  void builderSetsFlagsAndEachForm() {
    Mount cache = Mount.cache("/root/.npm");
    Run run = run(r -> r.mount(cache).network(Run.Network.NONE).security(Run.Security.INSECURE).exec("npm", "ci"));

    assertThat(run).isEqualTo(new Run(List.of(cache), Optional.of(Run.Network.NONE),
        Optional.of(Run.Security.INSECURE), new Run.Exec(List.of("npm", "ci"))));
    assertThat(run(r -> r.heredoc("make\nmake install")).command())
        .isEqualTo(new Run.Shell("make\nmake install", Run.Layout.HEREDOC));
    assertThat(run(r -> r.shell("make", Run.Layout.HEREDOC)).command())
        .isEqualTo(new Run.Shell("make", Run.Layout.HEREDOC));
    assertThat(run(r -> r.heredocs("python3 <<PY", Heredoc.named("PY", "print(1)"))).command())
        .isEqualTo(new Run.Heredocs(Optional.of("python3 <<PY"), List.of(Heredoc.named("PY", "print(1)"))));
  }

  @Test
  void typedStepsAndRawCommandsMakeASequence() {
    Run run = run(r -> r.step(AptInstall.of("curl")).then("rm -rf /tmp/x"));

    assertThat(run.command()).isEqualTo(new Run.Sequence(List.of(new Run.Typed(AptInstall.of("curl")),
        new Run.Raw("rm -rf /tmp/x"))));
  }

  @Test
  void expandedHoldsTheMountValuesAndTheTypedSteps() {
    Run run = run(r -> r.mount(Mount.cache("${HOME}/.cache").uid("${NB_UID}")).shell("make"));

    assertThat(run.expanded()).containsExactly("${HOME}/.cache", "${NB_UID}");
  }

  @Test
  void refusesTwoCommands() {
    assertThatThrownBy(() -> Stage.builder("b").from(PY).run(r -> r.shell("make").exec("make")))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage b / run: has a command already: a RUN runs one command; use a second run(...) for"
            + " another");
    assertThatThrownBy(() -> Stage.builder("b").from(PY).run(r -> r.then("make").shell("make")))
        .hasMessage("stage b / run: has a command already: a RUN runs one command; use a second run(...) for"
            + " another");
    assertThatThrownBy(() -> Stage.builder("b").from(PY).run(r -> r.shell("make").then("make")))
        .hasMessage("stage b / run: has a command and steps: a RUN runs one command; use step(...) and then(...)"
            + " alone, or a second run(...)");
  }

  @Test
  void refusesNoCommand() {
    assertThatThrownBy(() -> Stage.builder("b").from(PY).run(r -> r.network(Run.Network.HOST)))
        .hasMessage("stage b / run: has no command: call shell, heredoc, exec, heredocs, or step and then");
  }

  @Test
  void refusesATypedStepThatIsNoRun() {
    assertThatThrownBy(() -> run(r -> r.step(new Workdir(AbsolutePath.of("/app")))))
        .hasMessage("workdir does not render as one RUN's commands, so it cannot share a RUN: add it as a step of"
            + " its own");
  }

  @Test
  void refusesARawCommandWithAComment() {
    assertThatThrownBy(() -> run(r -> r.step(AptInstall.of("curl")).then("rm -rf /x # clean")))
        .hasMessage("shell command 'rm -rf /x # clean' has a comment, which would comment out the commands joined"
            + " after it: put the comment above the RUN with comment(...)");
  }

  @Test
  void refusesARawCommandThatWouldTakeTheNextLines() {
    assertThatThrownBy(() -> run(r -> r.then("cat <<EOF")))
        .hasMessage("shell command 'cat <<EOF' contains the heredoc operator <<, which BuildKit reads as a heredoc"
            + " taking the following Dockerfile lines as its text: use run(r -> r.heredoc(...)) or"
            + " r.heredocs(command, documents)");
    assertThatThrownBy(() -> run(r -> r.then("make \\")))
        .hasMessage("shell command 'make \\' ends in a backslash, which would join the next Dockerfile instruction"
            + " to it: remove the backslash");
  }

  @Test
  void refusesContinuationLinesThatBreakTheInstruction() {
    assertThatThrownBy(() -> new Run.Shell("make \\\nmake install", Run.Layout.CONTINUATION_LINES))
        .hasMessage("shell command line 1 'make \\' ends in a backslash, which would join the next Dockerfile"
            + " instruction to it: remove the backslash");
    assertThatThrownBy(() -> new Run.Shell("make # build\nmake install", Run.Layout.CONTINUATION_LINES))
        .hasMessage("shell command line 1 'make # build' ends in a comment, which would comment out the lines"
            + " after it once Docker joins them: put the comment on a line of its own, or render the command as a"
            + " heredoc");
    assertThatThrownBy(() -> new Run.Shell("make &&\n\nmake install", Run.Layout.CONTINUATION_LINES))
        .hasMessage("shell command line 2 is blank, which Docker reads as an empty continuation line: remove it,"
            + " or render the command as a heredoc");
    assertThatThrownBy(() -> new Run.Shell("make &&\n# done", Run.Layout.CONTINUATION_LINES))
        .hasMessage("shell command line 2 '# done' is a comment, which Docker drops from continuation lines, so"
            + " the RUN would take in the next instruction: put it between two command lines, or above the RUN"
            + " with comment(...)");
    assertThatThrownBy(() -> new Run.Shell("# build\nmake", Run.Layout.CONTINUATION_LINES))
        .hasMessage("shell command line 1 '# build' is a comment, which Docker drops from continuation lines, so"
            + " the command would start in it: put it between two command lines, or above the RUN with"
            + " comment(...)");
    assertThatThrownBy(() -> new Run.Shell("cat <<EOF\nx", Run.Layout.CONTINUATION_LINES))
        .hasMessageStartingWith("shell command line 1 'cat <<EOF' contains the heredoc operator <<");
  }

  @Test
  void acceptsWhatAHeredocCarries() {
    Run.Shell script = new Run.Shell("make # build\n\ncat <<X\nx\nX\necho done \\", Run.Layout.HEREDOC);

    assertThat(script.lines()).hasSize(6);
  }

  @Test
  void takesATabInACommandLineAsTheShellDoes() {
    Run.Shell shell = new Run.Shell("opts=' \tTARGET=linux';\n\tmake $opts", Run.Layout.CONTINUATION_LINES);

    assertThat(shell.lines()).containsExactly("opts=' \tTARGET=linux';", "\tmake $opts");
  }

  @Test
  void refusesControlCharactersAndEmptyText() {
    assertThatThrownBy(() -> new Run.Shell("make\r\nmake install", Run.Layout.HEREDOC))
        .hasMessage("shell command line 'make\\r' contains a control character (newline, tab, ...): remove it");
    assertThatThrownBy(() -> new Run.Shell(" \n ", Run.Layout.HEREDOC))
        .hasMessage("shell command is empty: give a value");
  }

  @Test
  void refusesHeredocsTheCommandDoesNotName() {
    assertThatThrownBy(() -> run(r -> r.heredocs("python3 <<PY", Heredoc.named("EOF", "print(1)"))))
        .hasMessage("heredoc command 'python3 <<PY' names the documents [<<PY], but they are [<<EOF]: write each"
            + " document's marker in the command, in order");
    assertThatThrownBy(() -> run(r -> r.heredocs("cat <<A", Heredoc.named("A", "x").literal())))
        .hasMessage("heredoc command 'cat <<A' names the documents [<<A], but they are [<<\"A\"]: write each"
            + " document's marker in the command, in order");
    assertThatThrownBy(() -> new Run.Heredocs(Optional.empty(), List.of(Heredoc.of("a"), Heredoc.of("b"))))
        .hasMessage("2 heredocs have no command to name them: give the command that reads them, e.g."
            + " cat > /a <<A && cat > /b <<B");
    assertThatThrownBy(() -> run(r -> r.heredocs("python3 <<PY \\", Heredoc.named("PY", "print(1)"))))
        .hasMessage("heredoc command 'python3 <<PY \\' ends in a backslash, which would join the document to it:"
            + " remove the backslash");
  }

  @Test
  void refusesAnEmptyExec() {
    assertThatThrownBy(() -> run(r -> r.exec()))
        .hasMessage("exec arguments is empty: give at least one");
    assertThatThrownBy(() -> run(r -> r.exec("a\nb")))
        .hasMessage("exec argument 'a\\nb' contains a control character (newline, tab, ...): remove it");
  }

  private static Run run(java.util.function.Consumer<Run.Builder> spec) {
    Run.Builder builder = new Run.Builder();
    spec.accept(builder);
    return builder.build();
  }
}
