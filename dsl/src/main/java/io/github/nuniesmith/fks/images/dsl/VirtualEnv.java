package io.github.nuniesmith.fks.images.dsl;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Creates a virtual environment that sees the packages of the layers below it: its site-packages
 * gets a {@code .pth} file listing theirs, nearest first. A layer without parents gets its own pip;
 * a layer with parents uses the pip of the layer below, so that it holds only its own packages.
 *
 * @param location the environment's folder, e.g. {@code /opt/fks/ml}
 * @param pythonVersion the {@code major.minor} of the interpreter, e.g. {@code 3.12}
 * @param parents the folders of the environments below, nearest first
 */
public record VirtualEnv(AbsolutePath location, String pythonVersion, List<AbsolutePath> parents)
    implements Step {
  /** A Python {@code major.minor} version. */
  public static final Pattern PYTHON_VERSION = Pattern.compile("3\\.[0-9]{1,2}");

  /** Validates the paths and the version. */
  public VirtualEnv {
    Checks.notNull(location, "virtual environment");
    Checks.matches(pythonVersion, PYTHON_VERSION,
        "python version", "use major.minor such as 3.12");
    parents = List.copyOf(Checks.notNull(parents, "parent environments"));
    Checks.check(!parents.contains(location),
        "virtual environment %s lists itself as a parent: remove it from the parents", location);
  }

  /** The environment's site-packages folder. */
  public AbsolutePath sitePackages() {
    return sitePackages(location, pythonVersion);
  }

  /** The site-packages folder of the environment at {@code location}. */
  public static AbsolutePath sitePackages(AbsolutePath location, String pythonVersion) {
    return location.resolve("lib/python" + pythonVersion + "/site-packages");
  }

  @Override
  public String describe() {
    return "virtual environment " + location;
  }
}
