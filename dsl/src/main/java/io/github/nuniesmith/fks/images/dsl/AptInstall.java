package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Installs Debian packages with {@code apt-get}, through apt's cache mounts so that nothing of apt's
 * lists or downloads stays in the layer. Packages are kept sorted, so that diffs stay small.
 *
 * @param packages package names, optionally {@code name=version}, sorted and unique
 */
public record AptInstall(List<String> packages) implements Step {
  private static final Pattern PACKAGE =
      Pattern.compile("[a-z0-9][a-z0-9+.-]+(=[A-Za-z0-9.+~:-]+)?");

  /** Validates and sorts the packages; a package named twice is an error. */
  public AptInstall {
    Checks.nonEmpty(packages, "apt packages");
    TreeSet<String> sorted = new TreeSet<>();
    for (String p : packages) {
      Checks.matches(p, PACKAGE, "apt package",
          "use a Debian package name (lowercase letters, digits, + . -) with an optional =version");
      Checks.check(sorted.add(p), "apt package %s is listed twice: remove one", Checks.quote(p));
    }
    packages = List.copyOf(new ArrayList<>(sorted));
  }

  /** Installs {@code packages}. */
  public static AptInstall of(String... packages) {
    return new AptInstall(Checks.asList(packages, "apt packages"));
  }

  @Override
  public String describe() {
    return "apt install";
  }
}
