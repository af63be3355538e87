package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Installs Python packages with {@code python -m pip install} from a {@link PackageIndex}, and
 * optionally further indexes ({@code --extra-index-url}; the strict policy's FKS022 reports them).
 *
 * <p>With the pip cache (the default) the install runs with a BuildKit cache mount on pip's cache
 * and never with {@code --no-cache-dir}; without it, with {@code --no-cache-dir}, never both. With
 * {@code check} (the default) {@code pip check} runs after the install, in the same RUN.
 *
 * @param requirements the requirements, in the order given
 * @param requirementsFile a requirements file inside the image, or empty
 * @param index the index to read from ({@code --index-url}, or a wheelhouse)
 * @param extraIndexes further https indexes ({@code --extra-index-url}), none with a wheelhouse
 * @param cache whether to use pip's cache through a cache mount
 * @param check whether {@code pip check} runs after the install
 * @param mounts further mounts, e.g. a secret holding index credentials
 */
public record PipInstall(
    List<PipRequirement> requirements,
    Optional<AbsolutePath> requirementsFile,
    PackageIndex index,
    List<PackageIndex> extraIndexes,
    boolean cache,
    boolean check,
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
    extraIndexes = List.copyOf(Checks.notNull(extraIndexes, "extra package indexes"));
    Set<PackageIndex> indexes = new HashSet<>(List.of(index));
    for (PackageIndex extra : extraIndexes) {
      Checks.check(extra.wheelhouse().isEmpty(),
          "extra index %s is a wheelhouse, which pip reads with --no-index: make it the index",
          Checks.quote(extra.wheelhouse().map(ContextPath::value).orElse("")));
      Checks.check(index.wheelhouse().isEmpty(),
          "reads the wheelhouse %s with --no-index, so the extra index %s would never be read: remove it",
          Checks.quote(index.wheelhouse().map(ContextPath::value).orElse("")), Checks.quote(extra.url()));
      Checks.check(indexes.add(extra), "extra index %s is listed twice or is the index: remove it",
          Checks.quote(extra.url()));
    }
    mounts = List.copyOf(Checks.notNull(mounts, "mounts"));
  }

  /** An install from {@code index} alone, with {@code pip check}. */
  public PipInstall(List<PipRequirement> requirements, Optional<AbsolutePath> requirementsFile, PackageIndex index,
      boolean cache, List<Mount> mounts) {
    this(requirements, requirementsFile, index, List.of(), cache, true, mounts);
  }

  /** This install with {@code requirements} instead of its own, e.g. what is left after a tier overrides some. */
  public PipInstall withRequirements(List<PipRequirement> requirements) {
    return new PipInstall(requirements, requirementsFile, index, extraIndexes, cache, check, mounts);
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
   * tier or stage that builds it names itself in the error.
   */
  public static final class Builder {
    private final List<Supplier<PipRequirement>> requirements = new ArrayList<>();
    private Optional<AbsolutePath> requirementsFile = Optional.empty();
    private Supplier<PackageIndex> index = () -> PackageIndex.PYPI;
    private final List<Supplier<PackageIndex>> extraIndexes = new ArrayList<>();
    private boolean cache = true;
    private boolean check = true;
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

    /**
     * Also reads from {@code index} ({@code --extra-index-url}). pip takes the highest version from
     * any index, so a package of the same name elsewhere can shadow a private one: the strict policy
     * reports it as FKS022, to be suppressed with the reason it is safe here.
     */
    public Builder extraIndex(PackageIndex index) {
      extraIndexes.add(() -> Checks.notNull(index, "extra package index"));
      return this;
    }

    /** Also reads from the https index at {@code url} ({@code --extra-index-url}); see {@link #extraIndex(PackageIndex)}. */
    public Builder extraIndex(String url) {
      extraIndexes.add(() -> new PackageIndex(url, ""));
      return this;
    }

    /** Skips {@code pip check} after the install. */
    public Builder withoutCheck() {
      check = false;
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
      return new PipInstall(requirements.stream().map(Supplier::get).toList(), requirementsFile, index.get(),
          extraIndexes.stream().map(Supplier::get).toList(), cache, check, mounts);
    }
  }
}
