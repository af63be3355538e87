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

/**
 * Lowers the instruction steps that map one to one onto a Dockerfile instruction: USER, WORKDIR,
 * EXPOSE, HEALTHCHECK, CMD, ENTRYPOINT, SHELL, STOPSIGNAL, VOLUME, ONBUILD and MAINTAINER.
 */
final class InstructionLowering {
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
    StringBuilder flags = new StringBuilder();
    check.interval().ifPresent(d -> duration(flags.append(" --interval="), d));
    check.timeout().ifPresent(d -> duration(flags.append(" --timeout="), d));
    check.startPeriod().ifPresent(d -> duration(flags.append(" --start-period="), d));
    check.startInterval().ifPresent(d -> duration(flags.append(" --start-interval="), d));
    check.retries().ifPresent(r -> flags.append(" --retries=").append(r));
    String command = command(check.command().orElseThrow());
    return flags.isEmpty() ? Instruction.Other.of("HEALTHCHECK", "CMD " + command)
        : Instruction.Other.of("HEALTHCHECK", flags.substring(1), "    CMD " + command);
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
    boolean plain = volume.paths().stream().allMatch(InstructionLowering::plainWord);
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
    boolean plain = plainWord(escape == '\\' ? value : value.replace('\\', '/'));
    return plain ? value : ShellQuoting.dockerfileValue(value, escape, false);
  }

  /** A word Docker reads the same unquoted ({@link ShellQuoting#plain}) and not as JSON: no leading {@code [}. */
  private static boolean plainWord(String value) {
    return ShellQuoting.plain(value) && value.charAt(0) != '[';
  }

  /** Appends whole seconds as {@code 30s}, else milliseconds as {@code 500ms}. */
  private static void duration(StringBuilder to, Duration d) {
    if (d.toMillis() % 1000 == 0) {
      to.append(d.toSeconds()).append('s');
    } else {
      to.append(d.toMillis()).append("ms");
    }
  }
}
