package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.Heredoc;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.Run;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import io.github.nuniesmith.fks.images.dsl.User;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a {@link Run} step into one RUN instruction, which is never joined to another. */
final class RunLowering {
  /**
   * Shell control operators after which an added {@code && next} would change what runs ({@code a ||
   * b}, {@code a; b}, {@code a &}); a raw command with one is grouped in braces.
   */
  private static final Pattern LIST_OPERATOR = Pattern.compile(";|\\|\\||(?<![&>|])&(?![&>])");

  private RunLowering() {}

  /** The RUN of {@code run}, whose typed steps run as {@code user}, with apt's caches shared as {@code aptSharing}. */
  static Instruction.Run lower(Run run, Optional<User> user, Mount.Sharing aptSharing) {
    Set<String> flags = new LinkedHashSet<>();
    List<String> comments = new ArrayList<>();
    List<List<String>> commands = new ArrayList<>();
    Run.Command command = run.command();
    if (command instanceof Run.Shell shell) {
      commands.add(shell.layout() == Run.Layout.HEREDOC
          ? List.of(heredocs(Optional.empty(), List.of(Heredoc.of(shell.text()))))
          : continuationLines(shell.lines()));
    } else if (command instanceof Run.Exec exec) {
      commands.add(List.of(ShellQuoting.jsonArray(exec.arguments())));
    } else if (command instanceof Run.Heredocs h) {
      commands.add(List.of(heredocs(h.command(), h.documents())));
    } else if (command instanceof Run.Sequence sequence) {
      for (Run.Part part : sequence.parts()) {
        if (part instanceof Run.Typed typed) {
          Instruction.Run lowered = typedRun(typed.step(), user, aptSharing);
          flags.addAll(lowered.flags());
          comments.addAll(lowered.comments());
          commands.addAll(lowered.commands());
        } else if (part instanceof Run.Raw raw) {
          String text = raw.command();
          commands.add(List.of(LIST_OPERATOR.matcher(text).find() ? "{ " + text + "; }" : text));
        }
      }
    }
    run.mounts().forEach(m -> flags.add(MountFlag.of(m)));
    run.network().ifPresent(n -> flags.add("--network=" + n.name().toLowerCase(Locale.ROOT)));
    run.security().ifPresent(s -> flags.add("--security=" + s.name().toLowerCase(Locale.ROOT)));
    return new Instruction.Run(comments, List.copyOf(flags), commands, true);
  }

  /**
   * The least Dockerfile syntax 1.N the RUN steps of {@code image} need beyond {@code --mount}'s 1.2:
   * 1.3 for {@code --network}, 1.4 for heredocs, 1.10 for a secret in an env, 1.20 for {@code --security}.
   */
  static int syntax(Image image) {
    int least = 0;
    for (Stage stage : image.stages()) {
      for (Step step : stage.steps()) {
        if (step instanceof Run run) {
          least = Math.max(least, syntax(run));
        }
      }
    }
    return least;
  }

  private static int syntax(Run run) {
    int least = 0;
    if (run.security().isPresent()) {
      least = 20;
    } else if (run.mounts().stream().anyMatch(m -> m instanceof Mount.Secret s && s.env().isPresent())) {
      least = 10;
    } else if (run.command() instanceof Run.Heredocs
        || run.command() instanceof Run.Shell s && s.layout() == Run.Layout.HEREDOC) {
      least = 4;
    } else if (run.network().isPresent()) {
      least = 3;
    }
    return least;
  }

  /**
   * {@code lines} as continuation lines: a comment line goes with the line after it, so that no
   * escape follows it (Docker drops the comment line, the escape would only confuse the reader).
   */
  private static List<String> continuationLines(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder comments = new StringBuilder();
    for (String line : lines) {
      if (line.strip().startsWith("#")) {
        comments.append(line).append('\n').append(Instruction.Run.CONTINUATION_INDENT);
      } else {
        out.add(comments + line);
        comments.setLength(0);
      }
    }
    return out;
  }

  /** The one RUN a typed step of a sequence lowers to. */
  private static Instruction.Run typedRun(Step step, Optional<User> user, Mount.Sharing aptSharing) {
    // A RUN's typed steps lower to shell commands, which no escape directive reads.
    List<Instruction> lowered = StepLowering.lower(step, user, aptSharing, '\\');
    if (lowered.size() != 1 || !(lowered.get(0) instanceof Instruction.Run run)) {
      throw new IllegalStateException(step.describe() + " lowers to " + lowered.size()
          + " instructions, not one RUN; Run.Typed admits only steps that lower to one RUN");
    }
    return run;
  }

  /**
   * {@code command} (or the first marker alone) and the documents after it, each ended by its
   * delimiter, then an empty line: hadolint cannot read an instruction right after a terminator.
   */
  private static String heredocs(Optional<String> command, List<Heredoc> documents) {
    StringBuilder text = new StringBuilder(command.orElse(documents.get(0).marker()));
    for (Heredoc document : documents) {
      text.append('\n').append(document.body()).append('\n').append(document.delimiter());
    }
    return text.append('\n').toString();
  }
}
