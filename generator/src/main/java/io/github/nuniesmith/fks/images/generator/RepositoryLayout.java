package io.github.nuniesmith.fks.images.generator;

/**
 * Where the CI workflow and the bake file find things, relative to the repository root.
 *
 * @param generatedFolder the folder of the generated files, e.g. {@code generated}
 * @param serviceContexts the folder holding one build context per service, e.g. {@code services}:
 *     service {@code app} builds from {@code services/app}
 * @param defaultBranch the branch whose pushes publish images, e.g. {@code main}
 */
public record RepositoryLayout(String generatedFolder, String serviceContexts, String defaultBranch) {
  /** The layout of this repository: {@code generated/}, {@code services/<name>}, branch {@code main}. */
  public static final RepositoryLayout DEFAULT = new RepositoryLayout("generated", "services", "main");

  /** Both folders are relative, plain names separated by {@code /}; the branch is a plain name. */
  public RepositoryLayout {
    generatedFolder = relative(generatedFolder, "generated folder");
    serviceContexts = relative(serviceContexts, "service contexts folder");
    if (defaultBranch == null || !defaultBranch.matches("[A-Za-z0-9._/-]+")) {
      throw new IllegalArgumentException("default branch '" + defaultBranch
          + "' must be a branch name of letters, digits and . _ / -, such as main");
    }
  }

  private static String relative(String folder, String what) {
    String f = folder == null ? "" : folder.replace('\\', '/').replaceAll("/+$", "");
    // A whitelist: these names reach YAML, path filters, HCL and Markdown, where ${{ }}, { }, quotes
    // and wildcards would mean something.
    if (!f.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}){0,15}")
        || f.matches("(.*/)?\\.\\.(/.*)?")) {
      throw new IllegalArgumentException(what + " '" + folder + "' must be a relative folder inside the"
          + " repository: names of letters, digits and . _ - separated by /, not starting with a dot, such as"
          + " generated");
    }
    return f;
  }
}
