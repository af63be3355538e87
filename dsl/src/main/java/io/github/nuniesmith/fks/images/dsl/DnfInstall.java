package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Installs RPM packages with {@code dnf} (4 or 5) or {@code microdnf}: without weak dependencies and
 * documentation unless asked, with the package cache on a cache mount (the default) or cleaned with
 * {@code clean all} in the same RUN.
 *
 * @param tool the program that installs
 * @param packages package names, optionally with version, release and arch ({@code curl-8.6.0-1.el9}), sorted and unique
 * @param cache whether the cache lives on a cache mount; else {@code clean all} runs after the install
 * @param weakDependencies whether weak dependencies (Recommends) come along ({@code install_weak_deps})
 * @param docs whether documentation is installed (off: {@code --nodocs})
 */
public record DnfInstall(Tool tool, List<String> packages, boolean cache, boolean weakDependencies, boolean docs)
    implements Step {
  private static final Pattern PACKAGE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9+._:~-]*");

  /** The program that installs, and the cache directory it uses. */
  public enum Tool {
    /** {@code dnf}, DNF 4 or DNF 5, told to use {@code /var/cache/dnf} with {@code --setopt=cachedir}. */
    DNF("dnf", "/var/cache/dnf"),
    /** {@code microdnf} of the minimal images, whose cache is {@code /var/cache/yum}. */
    MICRODNF("microdnf", "/var/cache/yum");

    private final String command;
    private final String cacheDirectory;

    Tool(String command, String cacheDirectory) {
      this.command = command;
      this.cacheDirectory = cacheDirectory;
    }

    /** The command, e.g. {@code microdnf}. */
    public String command() {
      return command;
    }

    /** The directory its cache mount covers. */
    public String cacheDirectory() {
      return cacheDirectory;
    }
  }

  /** Validates and sorts the packages; a package named twice is an error. */
  public DnfInstall {
    Checks.notNull(tool, "dnf tool");
    packages = PackageList.sorted(packages, PACKAGE.asMatchPredicate(), tool.command() + " package",
        "use an RPM package name (letters, digits, + . _ : ~ -), optionally with -version-release.arch");
  }

  /** Starts an install of {@code packages} with {@code dnf}. */
  public static Builder dnf(String... packages) {
    return new Builder(Tool.DNF, Checks.asList(packages, "dnf packages"));
  }

  /** Starts an install of {@code packages} with {@code microdnf}. */
  public static Builder microdnf(String... packages) {
    return new Builder(Tool.MICRODNF, Checks.asList(packages, "microdnf packages"));
  }

  @Override
  public String describe() {
    return tool.command() + " install";
  }

  /** Builds a {@link DnfInstall}; its values are checked when it is built. */
  public static final class Builder {
    private final Tool tool;
    private final List<String> packages;
    private boolean cache = true;
    private boolean weakDependencies;
    private boolean docs;

    private Builder(Tool tool, List<String> packages) {
      this.tool = tool;
      this.packages = new ArrayList<>(packages);
    }

    /** Cleans the cache with {@code clean all} in the same RUN instead of using a cache mount. */
    public Builder withoutCache() {
      cache = false;
      return this;
    }

    /** Also installs weak dependencies ({@code install_weak_deps=1}). */
    public Builder withWeakDependencies() {
      weakDependencies = true;
      return this;
    }

    /** Also installs documentation (no {@code --nodocs}). */
    public Builder withDocs() {
      docs = true;
      return this;
    }

    /** The install. */
    public DnfInstall build() {
      return new DnfInstall(tool, packages, cache, weakDependencies, docs);
    }
  }
}
