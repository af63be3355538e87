package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Installs Python packages with {@code python -m pip install} from one {@link PackageIndex}.
 *
 * <p>With the pip cache (the default) the install runs with a BuildKit cache mount on pip's cache
 * and never with {@code --no-cache-dir}; without it, with {@code --no-cache-dir}, never both.
 *
 * @param requirements the requirements, in the order given
 * @param requirementsFile a requirements file inside the image, or empty
 * @param index the one index to read from
 * @param cache whether to use pip's cache through a cache mount
 * @param mounts further mounts, e.g. a secret holding index credentials
 */
public record PipInstall(
    List<PipRequirement> requirements,
    Optional<AbsolutePath> requirementsFile,
    PackageIndex index,
    boolean cache,
    List<Mount> mounts)
    implements Step {

  /** Validates that there is something to install and that no package is named twice. */
  public PipInstall {
    requirements = List.copyOf(Checks.notNull(requirements, "pip requirements"));
    Checks.notNull(requirementsFile, "requirements file");
    Checks.check(!requirements.isEmpty() || requirementsFile.isPresent(),
        "pip install has nothing to install: give requirements or a requirements file");
    Set<String> seen = new HashSet<>();
    for (PipRequirement r : requirements) {
      Checks.check(seen.add(r.canonicalName()),
          "pip requirement %s names a package already listed in this install: keep one",
          Checks.quote(r.name()));
    }
    Checks.notNull(index, "package index");
    mounts = List.copyOf(Checks.notNull(mounts, "mounts"));
  }

  /** Starts an install of {@code requirements}, each parsed as PEP 508, from PyPI, cached. */
  public static Builder builder(String... requirements) {
    Builder b = new Builder();
    for (String r : Checks.asList(requirements, "pip requirements")) {
      b.requirement(r);
    }
    return b;
  }

  /** Starts an install of parsed requirements, e.g. a version catalog's, from PyPI, cached. */
  public static Builder builder(PipRequirement first, PipRequirement... more) {
    Builder b = new Builder().requirement(first);
    for (PipRequirement r : more) {
      b.requirement(r);
    }
    return b;
  }

  /** Installs {@code requirements} from PyPI with the pip cache. */
  public static PipInstall of(String... requirements) {
    return builder(requirements).build();
  }

  @Override
  public String describe() {
    return "pip install";
  }

  /**
   * Builds a {@link PipInstall}. Text given to it is checked when the install is built, so that a
   * tier that builds it ({@link Tier.Builder#pip(Builder)}) names itself in the error.
   */
  public static final class Builder {
    private final List<Supplier<PipRequirement>> requirements = new ArrayList<>();
    private Optional<AbsolutePath> requirementsFile = Optional.empty();
    private Supplier<PackageIndex> index = () -> PackageIndex.PYPI;
    private boolean cache = true;
    private final List<Mount> mounts = new ArrayList<>();

    private Builder() {}

    /** Adds a requirement, parsed as PEP 508. */
    public Builder requirement(String requirement) {
      requirements.add(() -> PipRequirement.parse(requirement));
      return this;
    }

    /** Adds a parsed requirement. */
    public Builder requirement(PipRequirement requirement) {
      requirements.add(() -> Checks.notNull(requirement, "pip requirement"));
      return this;
    }

    /** Installs from the requirements file at {@code path} inside the image ({@code -r}). */
    public Builder requirementsFile(String path) {
      requirementsFile = Optional.of(AbsolutePath.of(path));
      return this;
    }

    /** Reads from {@code index} instead of PyPI. */
    public Builder index(PackageIndex index) {
      this.index = () -> index;
      return this;
    }

    /** Reads from the https index at {@code url}, whose wheels carry the local label {@code localLabel} (or ""). */
    public Builder index(String url, String localLabel) {
      this.index = () -> new PackageIndex(url, localLabel);
      return this;
    }

    /** Reads only the wheels in {@code contextFolder}, a folder of the build context ({@link PackageIndex#wheelhouse}). */
    public Builder wheelhouse(String contextFolder) {
      this.index = () -> PackageIndex.wheelhouse(contextFolder);
      return this;
    }

    /** Installs without the cache mount, with {@code --no-cache-dir}. */
    public Builder withoutCache() {
      cache = false;
      return this;
    }

    /** Adds a mount to the install, e.g. a secret holding a netrc for a private index. */
    public Builder mount(Mount mount) {
      mounts.add(mount);
      return this;
    }

    /** The install. */
    public PipInstall build() {
      return new PipInstall(requirements.stream().map(Supplier::get).toList(), requirementsFile, index.get(), cache,
          mounts);
    }
  }
}
