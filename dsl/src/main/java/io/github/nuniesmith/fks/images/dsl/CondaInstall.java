package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Installs conda packages with {@code conda}, {@code mamba} or {@code micromamba} into one
 * environment, from the channels given in order: with the package cache ({@code <root prefix>/pkgs})
 * on a cache mount (the default), or cleaned with {@code clean --all --yes} in the same RUN.
 *
 * @param tool the program that installs
 * @param rootPrefix the root prefix of the installation, whose {@code pkgs} folder is the package cache
 *     (micromamba gets it as {@code --root-prefix}; conda and mamba use their own, which must be this one)
 * @param environment the environment to install into, e.g. {@code base}
 * @param channels the channels, highest priority first
 * @param packages match specs such as {@code numpy=2.1} or {@code conda-forge::python>=3.12}, sorted and unique by name
 * @param cache whether the package cache lives on a cache mount; else it is cleaned after the install
 */
public record CondaInstall(Tool tool, AbsolutePath rootPrefix, String environment, List<CondaChannel> channels,
    List<String> packages, boolean cache) implements Step {
  /** A match spec without spaces or quotes: rendered single-quoted, it is one shell word. */
  private static final Pattern SPEC = Pattern.compile(
      "(?:[a-z0-9][a-z0-9._-]*::)?(?<name>[A-Za-z0-9_][A-Za-z0-9_.-]*)(?:[=<>!~][A-Za-z0-9_.*=<>!~,|+]*)?");
  private static final Pattern ENVIRONMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

  /** The program that installs. */
  public enum Tool {
    /** {@code conda}. */
    CONDA,
    /** {@code mamba}. */
    MAMBA,
    /** {@code micromamba}, which has no root prefix of its own unless told. */
    MICROMAMBA;

    /** The command, e.g. {@code micromamba}. */
    public String command() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Validates every part; a package or channel named twice is an error. */
  public CondaInstall {
    Checks.notNull(tool, "conda tool");
    Checks.notNull(rootPrefix, "root prefix");
    Checks.matches(environment, ENVIRONMENT, "conda environment",
        "use an environment name such as base (letters, digits, . _ -)");
    channels = List.copyOf(Checks.notNull(channels, "conda channels"));
    Set<CondaChannel> seenChannels = new HashSet<>();
    for (CondaChannel c : channels) {
      Checks.check(seenChannels.add(Checks.notNull(c, "conda channel")),
          "conda channel %s is listed twice: remove one", Checks.quote(c.value()));
    }
    Checks.nonEmpty(packages, "conda packages");
    TreeSet<String> sorted = new TreeSet<>();
    Set<String> names = new HashSet<>();
    for (String p : packages) {
      Checks.matches(p, SPEC, "conda package", "write a match spec such as numpy=2.1 or 'numpy>=2,<3'"
          + " (no spaces, quotes or brackets)");
      Matcher m = SPEC.matcher(p);
      m.matches();
      Checks.check(names.add(m.group("name").toLowerCase(Locale.ROOT)),
          "conda package %s names a package already listed in this install: keep one", Checks.quote(p));
      sorted.add(p);
    }
    packages = List.copyOf(sorted);
  }

  /** Starts an install of {@code packages} with {@code micromamba} under {@code rootPrefix}, into {@code base}. */
  public static Builder micromamba(String rootPrefix, String... packages) {
    return new Builder(Tool.MICROMAMBA, rootPrefix, Checks.asList(packages, "conda packages"));
  }

  /** Starts an install of {@code packages} with {@code mamba} installed at {@code rootPrefix}, into {@code base}. */
  public static Builder mamba(String rootPrefix, String... packages) {
    return new Builder(Tool.MAMBA, rootPrefix, Checks.asList(packages, "conda packages"));
  }

  /** Starts an install of {@code packages} with {@code conda} installed at {@code rootPrefix}, into {@code base}. */
  public static Builder conda(String rootPrefix, String... packages) {
    return new Builder(Tool.CONDA, rootPrefix, Checks.asList(packages, "conda packages"));
  }

  /** The package cache: {@code pkgs} under the root prefix. */
  public AbsolutePath packageCache() {
    return rootPrefix.resolve("pkgs");
  }

  @Override
  public String describe() {
    return tool.command() + " install";
  }

  /** Builds a {@link CondaInstall}; its values are checked when it is built. */
  public static final class Builder {
    private final Tool tool;
    private final String rootPrefix;
    private final List<String> packages;
    private final List<Supplier<CondaChannel>> channels = new ArrayList<>();
    private String environment = "base";
    private boolean cache = true;

    private Builder(Tool tool, String rootPrefix, List<String> packages) {
      this.tool = tool;
      this.rootPrefix = rootPrefix;
      this.packages = new ArrayList<>(packages);
    }

    /** Adds {@code channel}, after the channels given before it. */
    public Builder channel(CondaChannel channel) {
      channels.add(() -> Checks.notNull(channel, "conda channel"));
      return this;
    }

    /** Adds the channel named {@code nameOrUrl}, e.g. {@code conda-forge}. */
    public Builder channel(String nameOrUrl) {
      channels.add(() -> CondaChannel.of(nameOrUrl));
      return this;
    }

    /** Installs into the environment {@code name} instead of {@code base}. */
    public Builder environment(String name) {
      environment = name;
      return this;
    }

    /** Cleans the package cache with {@code clean --all --yes} in the same RUN instead of using a cache mount. */
    public Builder withoutCache() {
      cache = false;
      return this;
    }

    /** The install. */
    public CondaInstall build() {
      return new CondaInstall(tool, AbsolutePath.of(Checks.notNull(rootPrefix, "root prefix")), environment,
          channels.stream().map(Supplier::get).toList(), packages, cache);
    }
  }
}
