package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.AbsolutePath;
import io.github.nuniesmith.fks.images.dsl.AptInstall;
import io.github.nuniesmith.fks.images.dsl.Arg;
import io.github.nuniesmith.fks.images.dsl.Cmd;
import io.github.nuniesmith.fks.images.dsl.Copy;
import io.github.nuniesmith.fks.images.dsl.CreateUser;
import io.github.nuniesmith.fks.images.dsl.Entrypoint;
import io.github.nuniesmith.fks.images.dsl.Env;
import io.github.nuniesmith.fks.images.dsl.Expose;
import io.github.nuniesmith.fks.images.dsl.Healthcheck;
import io.github.nuniesmith.fks.images.dsl.Labels;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.RefreshLibraries;
import io.github.nuniesmith.fks.images.dsl.ShellStep;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Step;
import io.github.nuniesmith.fks.images.dsl.User;
import io.github.nuniesmith.fks.images.dsl.UserSpec;
import io.github.nuniesmith.fks.images.dsl.VirtualEnv;
import io.github.nuniesmith.fks.images.dsl.Workdir;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns typed steps into instructions. Every shell text the generator writes is made here. */
final class StepLowering {
  private static final String ROOT_PIP_CACHE = "/root/.cache/pip";
  private static final String USER_PIP_CACHE = "/tmp/.cache/pip";
  /** Where a wheelhouse of the build context appears, read-only, during a pip install. */
  private static final String WHEELHOUSE = "/tmp/fks-wheelhouse";

  private StepLowering() {}

  /**
   * The instructions of {@code step}, run as {@code user} (empty for root), with apt's cache
   * mounts shared as {@code aptSharing}.
   */
  static List<Instruction> lower(Step step, Optional<UserSpec> user, Mount.Sharing aptSharing) {
    if (step instanceof AptInstall apt) {
      return List.of(apt(apt, aptSharing));
    } else if (step instanceof PipInstall pip) {
      return List.of(pip(pip, user));
    } else if (step instanceof SourceBuild build) {
      return sourceBuild(build, aptSharing);
    } else if (step instanceof Copy copy) {
      return List.of(copy(copy));
    } else if (step instanceof Env env) {
      return List.of(keyValues("ENV", env.variables()));
    } else if (step instanceof Arg arg) {
      return List.of(Instruction.Other.of("ARG", arg.name() + arg.defaultValue().map(d -> "=" + d).orElse("")));
    } else if (step instanceof Workdir w) {
      return List.of(Instruction.Other.of("WORKDIR", w.path().value()));
    } else if (step instanceof User u) {
      return List.of(Instruction.Other.of("USER", u.user().toString()));
    } else if (step instanceof Expose e) {
      return List.of(Instruction.Other.of("EXPOSE", e.port().toString()));
    } else if (step instanceof Healthcheck h) {
      return List.of(Instruction.Other.of("HEALTHCHECK",
          "--interval=" + h.interval().toSeconds() + "s --timeout=" + h.timeout().toSeconds()
              + "s --start-period=" + h.startPeriod().toSeconds() + "s --retries=" + h.retries(),
          "    CMD " + ShellQuoting.jsonArray(h.command())));
    } else if (step instanceof Labels l) {
      return List.of(keyValues("LABEL", l.labels()));
    } else if (step instanceof Entrypoint e) {
      return List.of(Instruction.Other.of("ENTRYPOINT", ShellQuoting.jsonArray(e.command())));
    } else if (step instanceof Cmd c) {
      return List.of(Instruction.Other.of("CMD", ShellQuoting.jsonArray(c.command())));
    } else if (step instanceof CreateUser c) {
      return List.of(CreateUserLowering.lower(c));
    } else if (step instanceof VirtualEnv v) {
      return List.of(virtualEnv(v));
    } else if (step instanceof RefreshLibraries) {
      return List.of(Instruction.Run.of("ldconfig"));
    } else if (step instanceof ShellStep s) {
      return List.of(new Instruction.Run(List.of("Raw shell step: " + s.reason()),
          s.mounts().stream().map(StepLowering::mount).toList(), List.of(List.of(s.command())), true));
    }
    throw new IllegalStateException("no lowering for " + step.getClass().getName());
  }

  /** The {@code --mount=...} flag of {@code mount}. */
  static String mount(Mount mount) {
    if (mount instanceof Mount.Cache c) {
      return "--mount=type=cache,id=" + c.id() + ",target=" + c.target()
          + (c.sharing() == Mount.Sharing.SHARED ? "" : ",sharing=" + c.sharing().name().toLowerCase(java.util.Locale.ROOT))
          + (c.uid().isPresent() ? ",uid=" + c.uid().getAsInt() : "")
          + (c.gid().isPresent() ? ",gid=" + c.gid().getAsInt() : "");
    } else if (mount instanceof Mount.Secret s) {
      return "--mount=type=secret,id=" + s.id() + s.target().map(t -> ",target=" + t).orElse("")
          + (s.required() ? ",required=true" : "");
    } else if (mount instanceof Mount.Bind b) {
      return "--mount=type=bind,source=" + b.source() + ",target=" + b.target()
          + (b.from().isEmpty() ? "" : ",from=" + b.from());
    }
    throw new IllegalStateException("no flag for " + mount.getClass().getName());
  }

  /** {@code KEYWORD k="v"}, one pair a line, as ENV and LABEL take them. */
  private static Instruction keyValues(String keyword, Map<String, String> pairs) {
    List<String> parts = new ArrayList<>();
    pairs.forEach((k, v) -> parts.add((parts.isEmpty() ? "" : "    ") + k + "=" + ShellQuoting.dockerfileValue(v)));
    return new Instruction.Other(List.of(), keyword, parts);
  }

  private static Instruction copy(Copy copy) {
    StringBuilder line = new StringBuilder();
    if (!copy.from().isEmpty()) {
      line.append("--from=").append(copy.from()).append(' ');
    }
    copy.owner().ifPresent(o -> line.append("--chown=").append(o).append(' '));
    line.append(String.join(" ", copy.sources())).append(' ').append(copy.destination());
    return Instruction.Other.of("COPY", line.toString());
  }

  /** apt's caches as the Dockerfile reference shows them (locked), docker-clean removed. */
  private static Instruction apt(AptInstall apt, Mount.Sharing sharing) {
    List<String> install = new ArrayList<>();
    install.add("DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends");
    install.addAll(apt.packages());
    List<Mount> caches = List.of(Mount.Cache.of("apt-cache", "/var/cache/apt", sharing),
        Mount.Cache.of("apt-lists", "/var/lib/apt", sharing));
    return new Instruction.Run(List.of(), caches.stream().map(StepLowering::mount).toList(),
        List.of(List.of("rm -f /etc/apt/apt.conf.d/docker-clean"), List.of("apt-get update"), install));
  }

  private static Instruction pip(PipInstall pip, Optional<UserSpec> user) {
    List<String> mounts = new ArrayList<>();
    List<String> command = new ArrayList<>();
    StringBuilder head = new StringBuilder("python -m pip install");
    if (pip.cache()) {
      Mount.Cache cache = user.map(u -> Mount.Cache.of("pip", USER_PIP_CACHE, Mount.Sharing.SHARED).ownedBy(u))
          .orElse(Mount.Cache.of("pip", ROOT_PIP_CACHE, Mount.Sharing.SHARED));
      mounts.add(mount(cache));
      if (user.isPresent()) {
        head.append(" --cache-dir=").append(USER_PIP_CACHE);
      }
    } else {
      head.append(" --no-cache-dir");
    }
    pip.mounts().forEach(m -> mounts.add(mount(m)));
    if (pip.index().wheelhouse().isPresent()) {
      mounts.add(mount(new Mount.Bind(AbsolutePath.of(WHEELHOUSE), pip.index().wheelhouse().get(), "")));
      head.append(" --no-index --find-links ").append(WHEELHOUSE);
    } else if (!pip.index().isDefault()) {
      head.append(" --index-url ").append(pip.index().url());
    }
    command.add(head.toString());
    pip.requirementsFile().ifPresent(f -> command.add("-r " + f));
    pip.requirements().stream()
        .sorted(Comparator.comparing(PipRequirement::canonicalName))
        .forEach(r -> command.add(ShellQuoting.single(r.toString())));
    // Each layer sees the packages below it; pip check fails the build when a new one breaks them.
    return new Instruction.Run(List.of(), mounts, List.of(command, List.of("python -m pip check")));
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
        apt(build.buildPackages(), aptSharing),
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
      String sites = String.join(" ", v.parents().stream()
          .map(p -> VirtualEnv.sitePackages(p, v.pythonVersion()).value()).toList());
      commands.add(List.of("printf '%s\\n' " + sites + " > " + v.sitePackages() + "/fks-parents.pth"));
    }
    String comment = v.parents().isEmpty()
        ? "Python packages of this layer live in " + v.location()
        : v.location() + " holds only this layer's packages; fks-parents.pth shows it those below";
    return new Instruction.Run(List.of(comment), List.of(), commands);
  }
}
