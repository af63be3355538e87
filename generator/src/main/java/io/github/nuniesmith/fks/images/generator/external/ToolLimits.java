package io.github.nuniesmith.fks.images.generator.external;

import io.github.nuniesmith.fks.images.generator.DockerfileFeature;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Dockerfile features a tool of a given version cannot read. A file that uses one is reported as
 * not checkable (or not buildable) by that tool, with the reason, instead of failing with the tool's
 * own parse error.
 *
 * @param tool the tool and version, e.g. {@code buildah 1.28}
 * @param unreadable the features it cannot read
 * @param source where the limits were found
 */
public record ToolLimits(String tool, Set<DockerfileFeature> unreadable, String source) {
  /**
   * hadolint 2.14, the version this project pins: language-docker 15 refuses {@code --parents},
   * {@code --keep-git-dir}, {@code --unpack} and {@code --link=<bool>}, and misreads heredocs (hadolint
   * issues 806, 960 and 1137 are open).
   */
  public static final ToolLimits HADOLINT = new ToolLimits("hadolint 2.14",
      EnumSet.of(DockerfileFeature.HEREDOC, DockerfileFeature.PARENTS, DockerfileFeature.KEEP_GIT_DIR,
          DockerfileFeature.UNPACK, DockerfileFeature.LINK_VALUE),
      "language-docker's Parser/Copy.hs and Run.hs history; hadolint issues 806, 960, 1137");

  /**
   * buildah 1.28 (Debian 12), the builder of this project's real builds: its COPY takes only --chmod,
   * --chown and --from, its ADD only --chmod and --chown, its RUN only --mount (without secret env= and
   * tmpfs size=), and it reads {@code <<EOF} as a file name. Each was tried with buildah 1.28.2.
   */
  public static final ToolLimits BUILDAH = new ToolLimits("buildah 1.28",
      EnumSet.of(DockerfileFeature.HEREDOC, DockerfileFeature.PARENTS, DockerfileFeature.EXCLUDE,
          DockerfileFeature.KEEP_GIT_DIR, DockerfileFeature.CHECKSUM, DockerfileFeature.UNPACK, DockerfileFeature.LINK, DockerfileFeature.LINK_VALUE,
          DockerfileFeature.NETWORK, DockerfileFeature.SECURITY, DockerfileFeature.SECRET_ENV,
          DockerfileFeature.TMPFS_SIZE, DockerfileFeature.START_INTERVAL),
      "buildah 1.28.2 build errors such as \"COPY only supports the --chmod=<permissions> --chown=<uid:gid>"
          + " and the --from=<image|stage> flags\"");

  /** Copies the set. */
  public ToolLimits {
    unreadable = Set.copyOf(unreadable);
  }

  /**
   * Why the tool cannot read {@code dockerfile}, in file order, e.g. {@code hadolint 2.14 cannot read
   * COPY --parents (line 12)}; empty when it can.
   */
  public Optional<String> whyNot(String dockerfile) {
    Map<DockerfileFeature, Integer> used = DockerfileFeature.in(dockerfile);
    String reasons = used.entrySet().stream()
        .filter(e -> unreadable.contains(e.getKey()))
        .sorted(Map.Entry.comparingByValue())
        .map(e -> e.getKey().shown() + " (line " + e.getValue() + ")")
        .collect(Collectors.joining(", "));
    return reasons.isEmpty() ? Optional.empty() : Optional.of(tool + " cannot read " + reasons);
  }
}
