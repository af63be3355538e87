package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A RUN instruction as written: its flags and its command in one of the forms Docker knows (shell
 * text, exec form, heredocs), or typed steps and raw commands that share one RUN. It is never
 * joined to another RUN. Build one with {@link Stage.Builder#run(java.util.function.Consumer)}.
 *
 * @param mounts its {@code --mount} flags, in order
 * @param network its {@code --network}; empty for none written
 * @param security its {@code --security} (Dockerfile 1.20); empty for none written
 * @param command what it runs
 */
public record Run(List<Mount> mounts, Optional<Network> network, Optional<Security> security, Command command)
    implements Step {

  /** The network a RUN has. */
  public enum Network {
    /** The builder's default network. */
    DEFAULT,
    /** No network: only the loopback interface. */
    NONE,
    /** The host's network; the builder must allow the {@code network.host} entitlement. */
    HOST
  }

  /** The sandbox a RUN runs in. */
  public enum Security {
    /** BuildKit's default sandbox. */
    SANDBOX,
    /** No sandbox; the builder must allow the {@code security.insecure} entitlement. */
    INSECURE
  }

  /** What a RUN runs. */
  public sealed interface Command permits Shell, Exec, Heredocs, Sequence {}

  /** How shell text of several lines is written into the Dockerfile. */
  public enum Layout {
    /**
     * Continuation lines: each line ends in the file's escape character, and Docker joins them into
     * one command, as in {@code apt-get update && \}; a line that is only a comment is dropped.
     */
    CONTINUATION_LINES,
    /** A heredoc, {@code RUN <<EOF}: the shell runs the lines as a script, comments included. */
    HEREDOC
  }

  /**
   * Shell text, one line or several.
   *
   * @param text the text; leading and trailing blank lines are dropped
   * @param layout how several lines are written
   */
  public record Shell(String text, Layout layout) implements Command {
    /** Validates the text for its layout. */
    public Shell {
      Checks.notNull(layout, "layout");
      text = ShellText.lines(text, "shell command");
      if (layout == Layout.CONTINUATION_LINES) {
        ShellText.continuation(lines(text), "shell command");
      }
    }

    /** The lines of the text. */
    public List<String> lines() {
      return lines(text);
    }

    private static List<String> lines(String text) {
      return List.of(text.split("\n", -1));
    }
  }

  /**
   * The exec form, {@code RUN ["program", "arg"]}: no shell runs it.
   *
   * @param arguments the program and its arguments
   */
  public record Exec(List<String> arguments) implements Command {
    /** Validates the arguments. */
    public Exec {
      arguments = Checks.nonEmpty(arguments, "exec arguments");
      arguments.forEach(a -> Checks.printable(a, "exec argument"));
    }
  }

  /**
   * Heredocs: without a command, {@code RUN <<EOF} runs the one document as a script (its {@code #!}
   * line, if any, names the interpreter); with one, the command names each document by its marker in
   * order, e.g. {@code python3 <<PY} or {@code cat > /a <<A && cat > /b <<B}.
   *
   * @param command the command line that names the documents; empty for a script
   * @param documents the documents, in the order their markers appear
   */
  public record Heredocs(Optional<String> command, List<Heredoc> documents) implements Command {
    private static final Pattern MARKER = Pattern.compile("(?<!<)<<(?!<)-?(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_]+)");

    /** Validates that the command names every document, in order. */
    public Heredocs {
      Checks.notNull(command, "heredoc command");
      documents = Checks.nonEmpty(documents, "heredoc documents");
      if (command.isEmpty()) {
        Checks.check(documents.size() == 1, "%d heredocs have no command to name them: give the command that"
            + " reads them, e.g. cat > /a <<A && cat > /b <<B", documents.size());
      } else {
        String line = command.get();
        Checks.text(line, "heredoc command");
        Checks.check(!line.stripTrailing().endsWith("\\"), "heredoc command %s ends in a backslash, which would"
            + " join the document to it: remove the backslash", Checks.quote(line));
        List<String> found = new ArrayList<>();
        Matcher m = MARKER.matcher(line);
        while (m.find()) {
          // <<'EOF' and <<"EOF" mean the same: a document that is not expanded.
          found.add(m.group().replace('\'', '"'));
        }
        List<String> expected = documents.stream().map(Heredoc::marker).toList();
        Checks.check(found.equals(expected), "heredoc command %s names the documents %s, but they are %s: write"
            + " each document's marker in the command, in order", Checks.quote(line), found, expected);
      }
    }
  }

  /**
   * Typed steps and raw commands in one RUN, joined with {@code &&}, e.g. an apt install and a
   * cleanup in the same layer.
   *
   * @param parts the steps and commands, in order
   */
  public record Sequence(List<Part> parts) implements Command {
    /** Validates that there are parts. */
    public Sequence {
      parts = Checks.nonEmpty(parts, "parts of the RUN");
    }
  }

  /** One part of a {@link Sequence}. */
  public sealed interface Part permits Typed, Raw {}

  /**
   * A typed step that renders one RUN: a package manager's install, a user, a virtual environment,
   * ldconfig.
   *
   * @param step the step
   */
  public record Typed(Step step) implements Part {
    /** Validates that the step renders as shell commands. */
    public Typed {
      Checks.notNull(step, "step");
      Checks.check(step instanceof AptInstall || step instanceof PipInstall || step instanceof ApkInstall
              || step instanceof DnfInstall || step instanceof CondaInstall || step instanceof CreateUser
              || step instanceof VirtualEnv || step instanceof RefreshLibraries,
          "%s does not render as one RUN's commands, so it cannot share a RUN: add it as a step of its own",
          step.describe());
    }
  }

  /**
   * A raw command on one line, run after the parts before it succeeded.
   *
   * @param command the command; a comment at its end would swallow the next part, so it is refused
   */
  public record Raw(String command) implements Part {
    /** Validates the command. */
    public Raw {
      ShellText.oneLine(command, "shell command");
      Checks.check(!ShellText.hasComment(command), "shell command %s has a comment, which would comment out the"
          + " commands joined after it: put the comment above the RUN with comment(...)", Checks.quote(command));
    }
  }

  /** Validates the flags and the command. */
  public Run {
    mounts = List.copyOf(Checks.notNull(mounts, "mounts"));
    mounts.forEach(m -> Checks.notNull(m, "mount"));
    Checks.notNull(network, "network");
    Checks.notNull(security, "security");
    Checks.notNull(command, "command");
  }

  /** A RUN of {@code command} with no flags. */
  public static Run of(Command command) {
    return new Run(List.of(), Optional.empty(), Optional.empty(), command);
  }

  @Override
  public String describe() {
    return "run";
  }

  @Override
  public List<String> expanded() {
    List<String> out = new ArrayList<>();
    mounts.forEach(m -> out.addAll(m.expanded()));
    if (command instanceof Sequence s) {
      s.parts().stream().filter(Typed.class::isInstance).forEach(p -> out.addAll(((Typed) p).step().expanded()));
    }
    return List.copyOf(out);
  }

  /** The mounts of this RUN, of its typed steps too, for the checks of stage references. */
  List<Mount> allMounts() {
    List<Mount> out = new ArrayList<>(mounts);
    if (command instanceof Sequence s) {
      for (Part p : s.parts()) {
        if (p instanceof Typed t && t.step() instanceof PipInstall pip) {
          out.addAll(pip.mounts());
        }
      }
    }
    return out;
  }

  /**
   * Builds a {@link Run}: flags with {@link #mount}, {@link #network} and {@link #security}; the
   * command with one of {@link #shell}, {@link #lines}, {@link #heredoc}, {@link #exec}, {@link
   * #heredocs}, or with {@link #step} and {@link #then} for typed steps and raw commands in one RUN.
   */
  public static final class Builder {
    private final List<Mount> mounts = new ArrayList<>();
    private Optional<Network> network = Optional.empty();
    private Optional<Security> security = Optional.empty();
    private Command command;
    private final List<Part> parts = new ArrayList<>();

    Builder() {}

    /** Adds {@code --mount} flags. */
    public Builder mount(Mount... mounts) {
      Checks.asList(mounts, "mounts").forEach(m -> this.mounts.add(Checks.notNull(m, "mount")));
      return this;
    }

    /** Sets {@code --network}. */
    public Builder network(Network network) {
      this.network = Optional.of(Checks.notNull(network, "network"));
      return this;
    }

    /** Sets {@code --security} (Dockerfile 1.20). */
    public Builder security(Security security) {
      this.security = Optional.of(Checks.notNull(security, "security"));
      return this;
    }

    /** Runs shell {@code text}; several lines are written as continuation lines, which Docker joins into one command. */
    public Builder shell(String text) {
      return command(new Shell(text, Layout.CONTINUATION_LINES));
    }

    /** Runs shell {@code text} of several lines written as {@code layout}. */
    public Builder shell(String text, Layout layout) {
      return command(new Shell(text, layout));
    }

    /** Runs the lines of {@code script} as a shell script, written as a heredoc ({@code RUN <<EOF}). */
    public Builder heredoc(String script) {
      return command(new Shell(script, Layout.HEREDOC));
    }

    /** Runs {@code document} as a script, e.g. {@code Heredoc.of(body).interpreter("/usr/bin/env python3")}. */
    public Builder heredoc(Heredoc document) {
      return command(new Heredocs(Optional.empty(), List.of(Checks.notNull(document, "heredoc"))));
    }

    /** Runs {@code command}, which reads {@code documents} through their markers, e.g. {@code python3 <<PY}. */
    public Builder heredocs(String command, Heredoc... documents) {
      return command(new Heredocs(Optional.of(Checks.notNull(command, "heredoc command")),
          Checks.asList(documents, "heredoc documents")));
    }

    /** Runs {@code arguments} in exec form, without a shell. */
    public Builder exec(String... arguments) {
      return command(new Exec(Checks.asList(arguments, "exec arguments")));
    }

    /** Runs the commands of the typed {@code step} in this RUN. */
    public Builder step(Step step) {
      parts.add(new Typed(step));
      return this;
    }

    /** Runs the one-line {@code command} in this RUN after what came before succeeded. */
    public Builder then(String command) {
      parts.add(new Raw(command));
      return this;
    }

    private Builder command(Command command) {
      Checks.check(this.command == null && parts.isEmpty(), "has a command already: a RUN runs one command;"
          + " use a second run(...) for another");
      this.command = command;
      return this;
    }

    /** The RUN. */
    public Run build() {
      Checks.check(command == null || parts.isEmpty(), "has a command and steps: a RUN runs one command;"
          + " use step(...) and then(...) alone, or a second run(...)");
      Checks.check(command != null || !parts.isEmpty(), "has no command: call shell, heredoc, exec, heredocs, or"
          + " step and then");
      return new Run(mounts, network, security, command != null ? command : new Sequence(parts));
    }
  }
}
