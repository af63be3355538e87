package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.Cmd;
import io.github.nuniesmith.fks.images.dsl.ContainerCommand;
import io.github.nuniesmith.fks.images.dsl.DefaultShell;
import io.github.nuniesmith.fks.images.dsl.Entrypoint;
import io.github.nuniesmith.fks.images.dsl.Expose;
import io.github.nuniesmith.fks.images.dsl.Healthcheck;
import io.github.nuniesmith.fks.images.dsl.Maintainer;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.OnBuild;
import io.github.nuniesmith.fks.images.dsl.StopSignal;
import io.github.nuniesmith.fks.images.dsl.User;
import io.github.nuniesmith.fks.images.dsl.Volume;
import io.github.nuniesmith.fks.images.dsl.Workdir;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lowers the instruction steps that map one to one onto a Dockerfile instruction: USER, WORKDIR,
 * EXPOSE, HEALTHCHECK, CMD, ENTRYPOINT, SHELL, STOPSIGNAL, VOLUME, ONBUILD and MAINTAINER.
 */
final class InstructionLowering {
  /** A word Docker reads the same unquoted: no blanks, quotes, escapes or leading {@code [}. */
  private static final Pattern PLAIN_WORD = Pattern.compile("[^\\s\"'`\\\\\\[][^\\s\"'`\\\\]*+");

  private InstructionLowering() {}

  static Instruction user(User user) {
    return Instruction.Other.of("USER", user.toString());
  }

  /** WORKDIR, quoted only when the path has blanks, quotes or the file's escape character {@code escape}. */
  static Instruction workdir(Workdir workdir, char escape) {
    return Instruction.Other.of("WORKDIR", word(workdir.path(), escape));
  }

  static Instruction expose(Expose expose) {
    return Instruction.Other.of("EXPOSE", String.join(" ", expose.ports()));
  }

  /** HEALTHCHECK NONE, or the flags given (none for Docker's defaults) and the command. */
  static Instruction healthcheck(Healthcheck check) {
    if (check.isNone()) {
      return Instruction.Other.of("HEALTHCHECK", "NONE");
    }
    List<String> flags = new ArrayList<>();
    check.interval().ifPresent(d -> flags.add("--interval=" + duration(d)));
    check.timeout().ifPresent(d -> flags.add("--timeout=" + duration(d)));
    check.startPeriod().ifPresent(d -> flags.add("--start-period=" + duration(d)));
    check.startInterval().ifPresent(d -> flags.add("--start-interval=" + duration(d)));
    check.retries().ifPresent(r -> flags.add("--retries=" + r));
    String cmd = "CMD " + command(check.command().orElseThrow());
    return flags.isEmpty() ? Instruction.Other.of("HEALTHCHECK", cmd)
        : Instruction.Other.of("HEALTHCHECK", String.join(" ", flags), "    " + cmd);
  }

  static Instruction cmd(Cmd cmd) {
    return Instruction.Other.of("CMD", command(cmd.command()));
  }

  static Instruction entrypoint(Entrypoint entrypoint) {
    return Instruction.Other.of("ENTRYPOINT", command(entrypoint.command()));
  }

  static Instruction shell(DefaultShell shell) {
    return Instruction.Other.of("SHELL", ShellQuoting.jsonArray(shell.command()));
  }

  static Instruction stopSignal(StopSignal signal) {
    return Instruction.Other.of("STOPSIGNAL", signal.signal());
  }

  /** VOLUME in plain form when every path is a plain word, else in JSON form. */
  static Instruction volume(Volume volume) {
    boolean plain = volume.paths().stream().allMatch(p -> PLAIN_WORD.matcher(p).matches());
    return Instruction.Other.of("VOLUME", plain ? String.join(" ", volume.paths())
        : ShellQuoting.jsonArray(volume.paths()));
  }

  static Instruction maintainer(Maintainer maintainer) {
    return Instruction.Other.of("MAINTAINER", maintainer.name());
  }

  /**
   * ONBUILD before the wrapped step's one instruction, lowered as if run by root, since the child
   * image's user is not known here; the step's comments stay above.
   */
  static Instruction onBuild(OnBuild onBuild, Mount.Sharing aptSharing, char escape) {
    List<Instruction> inner = StepLowering.lower(onBuild.step(), Optional.empty(), aptSharing, escape);
    if (inner.size() != 1) {
      throw new IllegalStateException("onbuild " + onBuild.step().describe() + " lowers to " + inner.size()
          + " instructions; the model admits only steps of one");
    }
    Instruction wrapped = inner.get(0);
    List<String> parts = new ArrayList<>(wrapped.parts());
    parts.set(0, wrapped.keyword() + " " + parts.get(0));
    return new Instruction.Other(wrapped.comments(), "ONBUILD", parts);
  }

  /** Exec form as a JSON array, shell form as the line given. */
  private static String command(ContainerCommand command) {
    return command instanceof ContainerCommand.Exec exec ? ShellQuoting.jsonArray(exec.arguments())
        : ((ContainerCommand.Shell) command).line();
  }

  /** {@code value} as it is, when Docker reads it the same unquoted; else double-quoted. */
  private static String word(String value, char escape) {
    // With the escape character `, a backslash is text, as in C:\app.
    boolean plain = PLAIN_WORD.matcher(escape == '\\' ? value : value.replace('\\', '/')).matches();
    return plain ? value : ShellQuoting.dockerfileValue(value, escape, false);
  }

  /** Whole seconds as {@code 30s}, else milliseconds as {@code 500ms}. */
  private static String duration(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
  }
}
