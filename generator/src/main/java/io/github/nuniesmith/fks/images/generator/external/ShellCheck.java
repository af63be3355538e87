package io.github.nuniesmith.fks.images.generator.external;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nuniesmith.fks.images.generator.DockerfileInstructions;
import io.github.nuniesmith.fks.images.generator.Executables;
import io.github.nuniesmith.fks.images.generator.JsonArguments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs ShellCheck on the body of every shell-form RUN of a Dockerfile, the way hadolint does:
 * continuation lines joined as Docker joins them, {@code --mount} and other flags removed, a shebang
 * from the stage's SHELL (default {@code /bin/sh}), the ARG and ENV names declared earlier in the
 * stage exported so that ShellCheck knows them, every check at style level or above except SC1090,
 * SC1091 and SC2187. A RUN whose command is one heredoc is checked as that heredoc's body (with its own
 * shebang when it names a shell, not at all when it names another interpreter); a RUN with a command and
 * heredocs is checked as the shell sees it, heredocs included. Each finding points at the Dockerfile line
 * that holds the offending text.
 */
public final class ShellCheck {
  /** What hadolint leaves out: sourcing (SC1090, SC1091) and ash (SC2187). */
  private static final String EXCLUDED = "SC1090,SC1091,SC2187";
  private static final Pattern ASSIGNED = Pattern.compile("(?:^|\\s)([A-Za-z_][A-Za-z0-9_]*)=");
  private static final Pattern FLAG = Pattern.compile("--\\S*\\s*");
  /** A RUN whose whole command is one heredoc, e.g. {@code <<EOF} or {@code <<-'EOF'}. */
  private static final Pattern ONLY_HEREDOC = Pattern.compile("\\d*<<-?\\S+");
  /** The interpreters ShellCheck reads, as hadolint chooses them. */
  private static final Pattern SHELL_SHEBANG = Pattern.compile("#!\\s*(/usr)?/bin/(env\\s+)?(sh|bash|dash|ksh)(\\s.*)?");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String executable;

  private ShellCheck(String executable) {
    this.executable = executable;
  }

  /** ShellCheck from the PATH, if installed. */
  public static Optional<ShellCheck> onPath() {
    return onPath(System.getenv("PATH"));
  }

  /** ShellCheck from the folders of {@code path} (a PATH value), if installed there. */
  public static Optional<ShellCheck> onPath(String path) {
    return Executables.onPath("shellcheck", path).map(ShellCheck::new);
  }

  /** What to say where {@link #onPath()} finds nothing. */
  public static String absence() {
    return "shellcheck is not on the PATH: install it (Debian package shellcheck) to check every RUN";
  }

  /** The findings for every shell-form RUN of {@code dockerfile}, reported against {@code file}. */
  public List<ToolFinding> check(String file, String dockerfile) {
    List<Script> scripts = scripts(dockerfile);
    if (scripts.isEmpty()) {
      return List.of();
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("fks-shellcheck");
      List<String> command = new ArrayList<>(List.of(executable, "--format=json1", "--severity=style",
          "--exclude=" + EXCLUDED));
      for (int i = 0; i < scripts.size(); i++) {
        Path script = dir.resolve("run-" + i + ".sh");
        Files.writeString(script, scripts.get(i).text(), StandardCharsets.UTF_8);
        command.add(script.getFileName().toString());
      }
      Executables.Result result = Executables.run(dir, command);
      // 0: clean, 1: findings; anything else means ShellCheck itself failed.
      if (result.exitCode() > 1) {
        throw new IllegalStateException("shellcheck failed (exit " + result.exitCode() + "): " + result.stderr());
      }
      return findings(file, scripts, result.stdout());
    } catch (IOException e) {
      throw new IllegalStateException("cannot run shellcheck: " + e.getMessage(), e);
    } finally {
      Executables.deleteTree(dir);
    }
  }

  /**
   * The script ShellCheck sees for one RUN.
   *
   * @param text the script: shebang, exports, then the RUN body (its command line, then its heredocs)
   * @param run the RUN instruction
   * @param bodyOffset where the command line starts in the instruction's arguments; -1 when the script
   *     is the body of the RUN's only heredoc
   * @param headerLines how many lines come before the body
   * @param nextLine the physical line of the body's second line (the first heredoc line after the command
   *     line), or of its first line when the script is one heredoc's body
   */
  record Script(String text, DockerfileInstructions.Instruction run, int bodyOffset, int headerLines, int nextLine) {
    /** The Dockerfile line of {@code line} (1-based, of the whole script) at {@code column}. */
    int dockerfileLine(int line, int column) {
      int bodyLine = line - headerLines;
      if (bodyLine < 1) {
        return run.line(); // in the header, which is ours: point at the RUN itself
      } else if (bodyOffset < 0) {
        return nextLine + bodyLine - 1;
      }
      return bodyLine == 1 ? run.lineAt(bodyOffset + column - 1) : nextLine + bodyLine - 2;
    }
  }

  /** One script per shell-form RUN of {@code dockerfile}. */
  static List<Script> scripts(String dockerfile) {
    List<Script> scripts = new ArrayList<>();
    String shell = "/bin/sh";
    TreeSet<String> declared = new TreeSet<>();
    for (DockerfileInstructions.Instruction i : DockerfileInstructions.read(dockerfile)) {
      switch (i.keyword()) {
        case "FROM" -> {
          shell = "/bin/sh";
          declared.clear();
        }
        case "SHELL" -> shell = shellOf(i.arguments()).orElse(shell);
        case "ARG" -> {
          for (String word : i.arguments().strip().split("\\s+")) {
            declared.add(word.split("=", 2)[0]);
          }
        }
        case "ENV" -> {
          Matcher m = ASSIGNED.matcher(i.arguments());
          while (m.find()) {
            declared.add(m.group(1));
          }
        }
        case "RUN" -> script(i, shell, declared).ifPresent(scripts::add);
        default -> { }
      }
    }
    return scripts;
  }

  private static Optional<Script> script(DockerfileInstructions.Instruction run, String shell, TreeSet<String> declared) {
    String arguments = run.arguments();
    int body = 0;
    Matcher flag = FLAG.matcher(arguments);
    while (flag.find(body) && flag.start() == body) {
      body = flag.end();
    }
    String text = arguments.substring(body);
    if (execForm(text).isPresent()) {
      return Optional.empty();
    }
    List<DockerfileInstructions.Heredoc> heredocs = run.heredocs();
    if (heredocs.size() == 1 && ONLY_HEREDOC.matcher(text.strip()).matches()) {
      return heredocScript(run, heredocs.get(0), shell, declared);
    }
    StringBuilder script = header("#!" + shell, declared).append(text).append('\n');
    for (DockerfileInstructions.Heredoc h : heredocs) {
      script.append(h.body()).append(h.delimiter()).append('\n');
    }
    int nextLine = heredocs.isEmpty() ? run.line() : heredocs.get(0).line();
    return Optional.of(new Script(script.toString(), run, body, 1 + declared.size(), nextLine));
  }

  /**
   * {@code RUN <<EOF}: BuildKit runs the body itself, with its own shebang if it has one, else with the
   * stage's shell; a body for another interpreter (python, node) is not shell and is not checked.
   */
  private static Optional<Script> heredocScript(DockerfileInstructions.Instruction run,
      DockerfileInstructions.Heredoc heredoc, String shell, TreeSet<String> declared) {
    String body = heredoc.body();
    if (!body.startsWith("#!")) {
      String text = header("#!" + shell, declared).append(body).toString();
      return Optional.of(new Script(text, run, -1, 1 + declared.size(), heredoc.line()));
    }
    String shebang = body.substring(0, body.indexOf('\n'));
    if (!SHELL_SHEBANG.matcher(shebang).matches()) {
      return Optional.empty();
    }
    String text = header(shebang, declared).append(body.substring(shebang.length() + 1)).toString();
    return Optional.of(new Script(text, run, -1, 1 + declared.size(), heredoc.line() + 1));
  }

  private static StringBuilder header(String shebang, TreeSet<String> declared) {
    StringBuilder script = new StringBuilder(shebang).append('\n');
    declared.forEach(name -> script.append("export ").append(name).append("=1\n"));
    return script;
  }

  private static List<ToolFinding> findings(String file, List<Script> scripts, String json) throws JsonProcessingException {
    List<ToolFinding> out = new ArrayList<>();
    for (JsonNode c : JSON.readTree(json).path("comments")) {
      String name = c.path("file").asText();
      Script script = scripts.get(Integer.parseInt(name.substring("run-".length(), name.length() - ".sh".length())));
      int line = script.dockerfileLine(c.path("line").asInt(), c.path("column").asInt());
      out.add(new ToolFinding(file, line, "SC" + c.path("code").asInt(), ToolFinding.Level.of(c.path("level").asText()),
          c.path("message").asText()));
    }
    return out;
  }

  /** The program of a SHELL instruction's JSON array, e.g. {@code /bin/bash}; empty for an empty or bad one. */
  private static Optional<String> shellOf(String arguments) {
    return execForm(arguments).filter(a -> !a.isEmpty()).map(a -> a.get(0));
  }

  /** The exec-form arguments of {@code text}; empty for shell form and for an array Docker refuses. */
  private static Optional<List<String>> execForm(String text) {
    try {
      return JsonArguments.read(text);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
