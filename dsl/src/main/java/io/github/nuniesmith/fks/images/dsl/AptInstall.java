package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Installs Debian packages with {@code apt-get}, through apt's cache mounts so that nothing of apt's
 * lists or downloads stays in the layer, and without changing the image's apt configuration.
 * Packages are kept sorted, so that diffs stay small.
 *
 * @param packages package names, optionally {@code name=version}, sorted and unique
 * @param recommends whether apt also installs recommended packages (off: {@code --no-install-recommends})
 * @param targetRelease the release packages are taken from ({@code -t bookworm-backports}), or empty
 */
public record AptInstall(List<String> packages, boolean recommends, Optional<String> targetRelease)
    implements Step {
  private static final Alphabet NAME_START = new Alphabet("a-z0-9");
  private static final Alphabet NAME_PART = new Alphabet("a-z0-9+.-");
  private static final Alphabet VERSION = new Alphabet("A-Za-z0-9.+~:-");
  private static final Pattern RELEASE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+_-]*");

  /** Validates and sorts the packages; a package named twice is an error. */
  public AptInstall {
    packages = PackageList.sorted(packages, AptInstall::isPackage, "apt package",
        "use a Debian package name (lowercase letters, digits, + . -) with an optional =version");
    Checks.notNull(targetRelease, "target release");
    targetRelease.ifPresent(r -> Checks.matches(r, RELEASE, "apt target release",
        "use a release or suite name such as bookworm-backports (letters, digits, . + _ -)"));
  }

  /**
   * Whether {@code p} is a package name of two or more characters, optionally with {@code =version}, as the
   * pattern {@code (?!.*[=:]~)[a-z0-9][a-z0-9+.-]+(=[A-Za-z0-9.+~:-]+)?} matches, by a loop: no ~ right after
   * = or :, where bash expands it in a word shaped like an assignment ({@code curl=~+}).
   */
  static boolean isPackage(String p) {
    int equals = p.indexOf('=');
    int end = equals < 0 ? p.length() : equals;
    if (end < 2 || !NAME_START.contains(p.charAt(0)) || !NAME_PART.containsAll(p, 1, end)) {
      return false;
    }
    if (equals < 0) {
      return true;
    }
    for (int i = equals + 1; i < p.length(); i++) {
      char c = p.charAt(i);
      char before = p.charAt(i - 1);
      if (!VERSION.contains(c) || (c == '~' && (before == '=' || before == ':'))) {
        return false;
      }
    }
    return equals + 1 < p.length();
  }

  /** Installs {@code packages} without recommended packages, from the default release. */
  public AptInstall(List<String> packages) {
    this(packages, false, Optional.empty());
  }

  /** Installs {@code packages}. */
  public static AptInstall of(String... packages) {
    return new AptInstall(Checks.asList(packages, "apt packages"));
  }

  /** Starts an install of {@code packages}, each {@code name} or {@code name=version}. */
  public static Builder builder(String... packages) {
    return new Builder(Checks.asList(packages, "apt packages"));
  }

  @Override
  public String describe() {
    return "apt install";
  }

  /** Builds an {@link AptInstall}; its values are checked when it is built. */
  public static final class Builder {
    private final List<String> packages;
    private boolean recommends;
    private String targetRelease;
    private boolean releaseGiven;

    private Builder(List<String> packages) {
      this.packages = new ArrayList<>(packages);
    }

    /** Also installs the packages the given ones recommend (no {@code --no-install-recommends}). */
    public Builder withRecommends() {
      recommends = true;
      return this;
    }

    /** Takes the packages from {@code release}, e.g. {@code bookworm-backports} ({@code -t}). */
    public Builder targetRelease(String release) {
      targetRelease = release;
      releaseGiven = true;
      return this;
    }

    /** The install. */
    public AptInstall build() {
      return new AptInstall(packages, recommends,
          releaseGiven ? Optional.of(Checks.notNull(targetRelease, "apt target release")) : Optional.empty());
    }
  }
}
