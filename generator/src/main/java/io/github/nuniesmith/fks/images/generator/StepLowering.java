package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.AbsolutePath;
import io.github.nuniesmith.fks.images.dsl.Add;
import io.github.nuniesmith.fks.images.dsl.ApkInstall;
import io.github.nuniesmith.fks.images.dsl.AptInstall;
import io.github.nuniesmith.fks.images.dsl.Arg;
import io.github.nuniesmith.fks.images.dsl.Args;
import io.github.nuniesmith.fks.images.dsl.Comment;
import io.github.nuniesmith.fks.images.dsl.Cmd;
import io.github.nuniesmith.fks.images.dsl.CondaInstall;
import io.github.nuniesmith.fks.images.dsl.Copy;
import io.github.nuniesmith.fks.images.dsl.CreateUser;
import io.github.nuniesmith.fks.images.dsl.DefaultShell;
import io.github.nuniesmith.fks.images.dsl.DnfInstall;
import io.github.nuniesmith.fks.images.dsl.Entrypoint;
import io.github.nuniesmith.fks.images.dsl.Env;
import io.github.nuniesmith.fks.images.dsl.Expose;
import io.github.nuniesmith.fks.images.dsl.Healthcheck;
import io.github.nuniesmith.fks.images.dsl.Labels;
import io.github.nuniesmith.fks.images.dsl.Maintainer;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.OnBuild;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.RefreshLibraries;
import io.github.nuniesmith.fks.images.dsl.Run;
import io.github.nuniesmith.fks.images.dsl.ShellStep;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Step;
import io.github.nuniesmith.fks.images.dsl.StopSignal;
import io.github.nuniesmith.fks.images.dsl.User;
import io.github.nuniesmith.fks.images.dsl.VirtualEnv;
import io.github.nuniesmith.fks.images.dsl.Volume;
import io.github.nuniesmith.fks.images.dsl.Workdir;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns typed steps into instructions. Every shell text the generator writes is made here. */
final class StepLowering {
  private StepLowering() {}

  /**
   * The instructions of {@code step}, run as {@code user} (empty for root), with the system package
   * managers' cache mounts (apt, apk, dnf, conda) shared as {@code aptSharing}, in a file whose escape
   * character is {@code escape}.
   */
  static List<Instruction> lower(Step step, Optional<User> user, Mount.Sharing aptSharing, char escape) {
    if (step instanceof AptInstall apt) {
      return List.of(PackageLowering.apt(apt, aptSharing));
    } else if (step instanceof PipInstall pip) {
      return List.of(PackageLowering.pip(pip, user));
    } else if (step instanceof ApkInstall apk) {
      return List.of(PackageLowering.apk(apk, aptSharing));
    } else if (step instanceof DnfInstall dnf) {
      return List.of(PackageLowering.dnf(dnf, aptSharing));
    } else if (step instanceof CondaInstall conda) {
      return List.of(PackageLowering.conda(conda, user, aptSharing));
    } else if (step instanceof SourceBuild build) {
      return sourceBuild(build, aptSharing);
    } else if (step instanceof Copy copy) {
      return List.of(CopyLowering.copy(copy));
    } else if (step instanceof Add add) {
      return List.of(CopyLowering.add(add));
    } else if (step instanceof Env env) {
      return List.of(VariableLowering.env(env, escape));
    } else if (step instanceof Arg arg) {
      return List.of(VariableLowering.arg(Args.of(arg), escape));
    } else if (step instanceof Args args) {
      return List.of(VariableLowering.arg(args, escape));
    } else if (step instanceof Workdir w) {
      return List.of(InstructionLowering.workdir(w, escape));
    } else if (step instanceof User u) {
      return List.of(InstructionLowering.user(u));
    } else if (step instanceof DefaultShell s) {
      return List.of(InstructionLowering.shell(s));
    } else if (step instanceof StopSignal s) {
      return List.of(InstructionLowering.stopSignal(s));
    } else if (step instanceof Volume v) {
      return List.of(InstructionLowering.volume(v));
    } else if (step instanceof OnBuild o) {
      return List.of(InstructionLowering.onBuild(o, aptSharing, escape));
    } else if (step instanceof Maintainer m) {
      return List.of(InstructionLowering.maintainer(m));
    } else if (step instanceof Expose e) {
      return List.of(InstructionLowering.expose(e));
    } else if (step instanceof Healthcheck h) {
      return List.of(InstructionLowering.healthcheck(h));
    } else if (step instanceof Labels l) {
      return List.of(keyValues("LABEL", l.labels(), l.literal(), escape));
    } else if (step instanceof Entrypoint e) {
      return List.of(InstructionLowering.entrypoint(e));
    } else if (step instanceof Cmd c) {
      return List.of(InstructionLowering.cmd(c));
    } else if (step instanceof CreateUser c) {
      return List.of(CreateUserLowering.lower(c));
    } else if (step instanceof VirtualEnv v) {
      return List.of(virtualEnv(v));
    } else if (step instanceof RefreshLibraries) {
      return List.of(Instruction.Run.of("ldconfig"));
    } else if (step instanceof Run r) {
      return List.of(RunLowering.lower(r, user, aptSharing));
    } else if (step instanceof Comment) {
      // ImageLowering writes a comment above the next step's instruction.
      return List.of();
    } else if (step instanceof ShellStep s) {
      return List.of(new Instruction.Run(List.of("Raw shell step: " + s.reason()),
          s.mounts().stream().map(MountFlag::of).toList(), List.of(List.of(s.command())), true));
    }
    throw new IllegalStateException("no lowering for " + step.getClass().getName());
  }

  /**
   * {@code KEYWORD k="v"}, one pair a line, as ENV and LABEL take them, the values of {@code literal} keys
   * with their {@code $} escaped, in a file whose escape character is {@code escape}.
   */
  static Instruction keyValues(String keyword, Map<String, String> pairs, Set<String> literal, char escape) {
    List<String> parts = new ArrayList<>(pairs.size());
    pairs.forEach((k, v) -> {
      StringBuilder part = new StringBuilder(k.length() + v.length() + 16).append(parts.isEmpty() ? "" : "    ");
      if (ShellQuoting.plain(k) && k.indexOf(escape) < 0) {
        part.append(k);
      } else {
        ShellQuoting.appendDockerfileValue(part, k, escape, false);
      }
      parts.add(ShellQuoting.appendDockerfileValue(part.append('='), v, escape, literal.contains(k)).toString());
    });
    return new Instruction.Other(List.of(), keyword, parts);
  }

  private static List<Instruction> sourceBuild(SourceBuild build, Mount.Sharing aptSharing) {
    String source = build.source();
    String suffix = source.endsWith(".tgz") ? ".tgz" : source.substring(source.lastIndexOf(".tar."));
    String file = "/tmp/" + build.name() + "-" + build.version() + "-src" + suffix;
    String tarFlag = suffix.endsWith("xz") ? "-xJf" : suffix.endsWith("bz2") ? "-xjf" : "-xzf";
    List<String> configure = new ArrayList<>();
    configure.add("./configure --prefix=" + build.prefix());
    configure.addAll(build.configureArgs());
    List<List<String>> commands = new ArrayList<>();
    Instruction fetch;
    String comment = build.name() + " " + build.version() + ": the checksum is verified before the archive is used";
    if (build.contextFile().isPresent()) {
      // ADD --checksum takes URLs only; a copied file is checked by the first command.
      fetch = new Instruction.Other(List.of(comment), "COPY", List.of(source + " " + file));
      commands.add(List.of("echo '" + build.sha256() + "  " + file + "' | sha256sum --check --strict -"));
    } else {
      fetch = new Instruction.Other(List.of(comment), "ADD",
          List.of("--checksum=sha256:" + build.sha256() + " " + source + " " + file));
    }
    commands.add(List.of("tar " + tarFlag + " " + file + " --strip-components=1"));
    commands.add(List.of(String.join(" ", configure)));
    // Plain make: TA-Lib and other old autotools builds break under make -j.
    commands.add(List.of("make"));
    commands.add(List.of("make install"));
    return List.of(
        PackageLowering.apt(build.buildPackages(), aptSharing),
        fetch,
        Instruction.Other.of("WORKDIR", "/tmp/" + build.name() + "-" + build.version()),
        new Instruction.Run(List.of(), List.of(), commands));
  }

  private static Instruction virtualEnv(VirtualEnv v) {
    List<List<String>> commands = new ArrayList<>();
    if (v.parents().isEmpty()) {
      // The layers' folders name lib/python<version>: a base image of another version must fail here.
      String tuple = "(" + v.pythonVersion().replace(".", ", ") + ")";
      commands.add(List.of("python -c 'import sys; sys.exit(sys.version_info[:2] != " + tuple
          + " and \"Python " + v.pythonVersion() + " expected, found %d.%d\" % sys.version_info[:2])'"));
    }
    commands.add(List.of("python -m venv " + (v.parents().isEmpty() ? "" : "--without-pip ") + v.location()));
    if (!v.parents().isEmpty()) {
      StringBuilder printf = new StringBuilder("printf '%s\\n'");
      for (AbsolutePath parent : v.parents()) {
        printf.append(' ').append(VirtualEnv.sitePackages(parent, v.pythonVersion()).value());
      }
      commands.add(List.of(printf.append(" > ").append(v.sitePackages()).append("/fks-parents.pth").toString()));
    }
    String comment = v.parents().isEmpty()
        ? "Python packages of this layer live in " + v.location()
        : v.location() + " holds only this layer's packages; fks-parents.pth shows it those below";
    return new Instruction.Run(List.of(comment), List.of(), commands);
  }
}
