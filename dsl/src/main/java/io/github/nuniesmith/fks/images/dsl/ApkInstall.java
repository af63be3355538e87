package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Installs Alpine packages with {@code apk add}: with apk's cache on a cache mount (the default),
 * or with {@code --no-cache}, so that neither the package indexes nor the downloads stay in the layer.
 *
 * @param packages package names, optionally with {@code =version}, {@code ~version} or {@code @tag}, sorted and unique
 * @param cache whether apk's cache lives on a cache mount; else {@code --no-cache}
 */
public record ApkInstall(List<String> packages, boolean cache) implements Step {
  private static final Pattern PACKAGE =
      Pattern.compile("[a-z0-9][a-z0-9+._-]*(@[a-z0-9_-]+)?([=~][A-Za-z0-9._+-]+)?");

  /** Validates and sorts the packages; a package named twice is an error. */
  public ApkInstall {
    packages = PackageList.sorted(packages, PACKAGE.asMatchPredicate(), "apk package",
        "use an Alpine package name (lowercase letters, digits, + . _ -), an optional @tag and =version or ~version");
  }

  /** Starts an install of {@code packages}, with apk's cache on a cache mount. */
  public static Builder builder(String... packages) {
    return new Builder(Checks.asList(packages, "apk packages"));
  }

  @Override
  public String describe() {
    return "apk add";
  }

  /** Builds an {@link ApkInstall}; its values are checked when it is built. */
  public static final class Builder {
    private final List<String> packages;
    private boolean cache = true;

    private Builder(List<String> packages) {
      this.packages = new ArrayList<>(packages);
    }

    /** Installs with {@code apk add --no-cache} instead of a cache mount. */
    public Builder withoutCache() {
      cache = false;
      return this;
    }

    /** The install. */
    public ApkInstall build() {
      return new ApkInstall(packages, cache);
    }
  }
}
