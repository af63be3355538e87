package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.ApkInstall;
import io.github.nuniesmith.fks.images.dsl.AptInstall;
import io.github.nuniesmith.fks.images.dsl.CondaChannel;
import io.github.nuniesmith.fks.images.dsl.CondaInstall;
import io.github.nuniesmith.fks.images.dsl.DnfInstall;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns package-manager steps into RUNs: each install with its ecosystem's cache on a cache mount
 * (or cleaned in the same RUN), so that no download or index stays in a layer, and no configuration
 * of the image is changed to get there.
 */
final class PackageLowering {
  private static final String ROOT_PIP_CACHE = "/root/.cache/pip";
  private static final String USER_PIP_CACHE = "/tmp/.cache/pip";
  /** Where a wheelhouse of the build context appears, read-only, during a pip install. */
  private static final String WHEELHOUSE = "/tmp/fks-wheelhouse";
  /**
   * Where apt keeps downloaded packages: inside the cache mount, but not in archives/, which the
   * Debian and Ubuntu images' docker-clean empties after every install.
   */
  private static final String APT_ARCHIVES = "/var/cache/apt/debs/";
  private static final String APK_CACHE = "/var/cache/apk";

  /** The flags of apt's cache mounts for each sharing: the same for every install, so built once. */
  private static final Map<Mount.Sharing, List<String>> APT_CACHES = aptCaches();

  private PackageLowering() {}

  /**
   * apt's caches as the Dockerfile reference shows them (locked), with downloads kept in the cache
   * through {@code -o Dir::Cache::Archives} rather than by deleting docker-clean, so that images built
   * on this one still clean up after apt.
   */
  static Instruction apt(AptInstall apt, Mount.Sharing sharing) {
    List<String> install = new ArrayList<>();
    install.add("DEBIAN_FRONTEND=noninteractive apt-get install -y"
        + (apt.recommends() ? "" : " --no-install-recommends")
        + apt.targetRelease().map(r -> " -t " + r).orElse(""));
    install.add("-o Dir::Cache::Archives=" + APT_ARCHIVES);
    install.addAll(apt.packages());
    return new Instruction.Run(List.of(), APT_CACHES.get(sharing), List.of(List.of("apt-get update"), install));
  }

  private static Map<Mount.Sharing, List<String>> aptCaches() {
    Map<Mount.Sharing, List<String>> flags = new EnumMap<>(Mount.Sharing.class);
    for (Mount.Sharing sharing : Mount.Sharing.values()) {
      flags.put(sharing, mounts(List.of(Mount.Cache.of("apt-cache", "/var/cache/apt", sharing),
          Mount.Cache.of("apt-lists", "/var/lib/apt", sharing))));
    }
    return flags;
  }

  /** {@code apk add} with apk's cache on a cache mount ({@code --cache-dir} turns caching on), or {@code --no-cache}. */
  static Instruction apk(ApkInstall apk, Mount.Sharing sharing) {
    List<String> install = new ArrayList<>();
    install.add(apk.cache() ? "apk add --cache-dir " + APK_CACHE + " --update-cache" : "apk add --no-cache");
    install.addAll(apk.packages());
    List<Mount> caches = apk.cache() ? List.of(Mount.Cache.of("apk", APK_CACHE, sharing)) : List.of();
    return new Instruction.Run(List.of(), mounts(caches), List.of(install));
  }

  /**
   * dnf or microdnf with its cache on a cache mount, packages kept there ({@code keepcache=1}); or
   * {@code clean all} in the same RUN. microdnf reads only {@code 0} and {@code 1} as booleans.
   */
  static Instruction dnf(DnfInstall dnf, Mount.Sharing sharing) {
    DnfInstall.Tool tool = dnf.tool();
    StringBuilder head = new StringBuilder(tool.command()).append(" install -y");
    if (dnf.cache()) {
      // dnf 5 caches in /var/cache/libdnf5 unless told; dnf 4 and microdnf already use the mounted folder.
      head.append(tool == DnfInstall.Tool.DNF ? " --setopt=cachedir=" + tool.cacheDirectory() : "")
          .append(" --setopt=keepcache=1");
    }
    head.append(" --setopt=install_weak_deps=").append(dnf.weakDependencies() ? 1 : 0)
        .append(dnf.docs() ? "" : " --nodocs");
    List<String> install = new ArrayList<>();
    install.add(head.toString());
    install.addAll(dnf.packages());
    List<List<String>> commands = new ArrayList<>(List.of(install));
    if (!dnf.cache()) {
      commands.add(List.of(tool.command() + " clean all"));
    }
    List<Mount> caches = dnf.cache()
        ? List.of(Mount.Cache.of(tool.command(), tool.cacheDirectory(), sharing)) : List.of();
    return new Instruction.Run(List.of(), mounts(caches), commands);
  }

  /**
   * conda, mamba or micromamba into one environment, its package cache on a cache mount owned by the
   * stage's user, or {@code clean --all --yes} in the same RUN. Match specs are quoted: {@code >} and
   * {@code |} are shell operators.
   */
  static Instruction conda(CondaInstall conda, Optional<User> user, Mount.Sharing sharing) {
    String command = conda.tool().command();
    StringBuilder head = new StringBuilder(command).append(" install --yes");
    if (conda.tool() == CondaInstall.Tool.MICROMAMBA) {
      head.append(" --root-prefix ").append(conda.rootPrefix());
    }
    head.append(" --name ").append(conda.environment());
    for (CondaChannel channel : conda.channels()) {
      head.append(" --channel ").append(channel);
    }
    List<String> install = new ArrayList<>();
    install.add(head.toString());
    conda.packages().forEach(p -> install.add(ShellQuoting.single(p)));
    List<List<String>> commands = new ArrayList<>(List.of(install));
    if (!conda.cache()) {
      commands.add(List.of(command + (conda.tool() == CondaInstall.Tool.MICROMAMBA
          ? " clean --root-prefix " + conda.rootPrefix() : " clean") + " --all --yes"));
    }
    List<Mount> caches = conda.cache()
        ? List.of(ownedBy(Mount.Cache.of("conda-pkgs", conda.packageCache().value(), sharing), user)) : List.of();
    return new Instruction.Run(List.of(), mounts(caches), commands);
  }

  /**
   * pip from its index, extra indexes or a wheelhouse, with pip's cache on a cache mount owned by the
   * stage's user (or {@code --no-cache-dir}), and {@code pip check} when the step asks for it.
   */
  static Instruction pip(PipInstall pip, Optional<User> user) {
    List<String> mounts = new ArrayList<>();
    List<String> command = new ArrayList<>();
    StringBuilder head = new StringBuilder("python -m pip install");
    if (pip.cache()) {
      Mount.Cache cache = user.isPresent()
          ? ownedBy(Mount.Cache.of("pip", USER_PIP_CACHE, Mount.Sharing.SHARED), user)
          : Mount.Cache.of("pip", ROOT_PIP_CACHE, Mount.Sharing.SHARED);
      mounts.add(MountFlag.of(cache));
      if (user.isPresent()) {
        head.append(" --cache-dir=").append(USER_PIP_CACHE);
      }
    } else {
      head.append(" --no-cache-dir");
    }
    pip.mounts().forEach(m -> mounts.add(MountFlag.of(m)));
    if (pip.index().wheelhouse().isPresent()) {
      mounts.add(MountFlag.of(Mount.Bind.context(pip.index().wheelhouse().get().value(), WHEELHOUSE)));
      head.append(" --no-index --find-links ").append(WHEELHOUSE);
    } else if (!pip.index().isDefault()) {
      head.append(" --index-url ").append(pip.index().url());
    }
    command.add(head.toString());
    for (PackageIndex extra : pip.extraIndexes()) {
      command.add("--extra-index-url " + extra.url());
    }
    pip.requirementsFile().ifPresent(f -> command.add("-r " + f));
    pip.requirements().stream()
        .sorted(Comparator.comparing(PipRequirement::canonicalName))
        .forEach(r -> command.add(ShellQuoting.single(r.toString())));
    List<List<String>> commands = new ArrayList<>(List.of(command));
    if (pip.check()) {
      // Each layer sees the packages below it; pip check fails the build when a new one breaks them.
      commands.add(List.of("python -m pip check"));
    }
    return new Instruction.Run(List.of(), mounts, commands);
  }

  /**
   * {@code cache} owned by the stage's user, so that an install as that user can write it: by its ids
   * where they are numbers or variables such as {@code ${NB_UID}}; open to every user where the user is
   * a name, whose id a mount cannot take; root's when the stage runs as root (empty).
   */
  private static Mount.Cache ownedBy(Mount.Cache cache, Optional<User> user) {
    if (user.isEmpty()) {
      return cache;
    }
    User u = user.get();
    if (u.numeric().isPresent()) {
      return cache.ownedBy(u.numeric().get());
    }
    if (!u.user().startsWith("$")) {
      return cache.mode("0777");
    }
    Mount.Cache owned = cache.uid(u.user());
    return u.group().filter(g -> g.startsWith("$") || g.chars().allMatch(Character::isDigit)).map(owned::gid)
        .orElse(owned);
  }

  private static List<String> mounts(List<Mount> mounts) {
    return mounts.stream().map(MountFlag::of).toList();
  }
}
