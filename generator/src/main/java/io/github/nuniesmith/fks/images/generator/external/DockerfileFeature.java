package io.github.nuniesmith.fks.images.generator.external;

import io.github.nuniesmith.fks.images.generator.DockerfileInstructions;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A newer Dockerfile feature that some tools cannot read, found in a Dockerfile's text as BuildKit
 * parses it. Each is named as the Dockerfile reference names it.
 */
public enum DockerfileFeature {
  /** {@code RUN <<EOF}, {@code COPY <<EOF}. */
  HEREDOC("a heredoc (<<EOF)"),
  /** {@code COPY --parents}. */
  PARENTS("COPY --parents"),
  /** {@code COPY --exclude}, {@code ADD --exclude}. */
  EXCLUDE("--exclude"),
  /** {@code ADD --keep-git-dir}. */
  KEEP_GIT_DIR("ADD --keep-git-dir"),
  /** {@code ADD --checksum}. */
  CHECKSUM("ADD --checksum"),
  /** {@code ADD --unpack}. */
  UNPACK("ADD --unpack"),
  /** {@code COPY --link}, {@code ADD --link}. */
  LINK("--link"),
  /** {@code --link=true} or {@code --link=false}. */
  LINK_VALUE("--link with a value"),
  /** {@code RUN --network}. */
  NETWORK("RUN --network"),
  /** {@code RUN --security}. */
  SECURITY("RUN --security"),
  /** {@code RUN --mount=type=secret,env=...}. */
  SECRET_ENV("RUN --mount=type=secret with env="),
  /** {@code RUN --mount=type=tmpfs,size=...}. */
  TMPFS_SIZE("RUN --mount=type=tmpfs with size="),
  /** {@code HEALTHCHECK --start-interval}. */
  START_INTERVAL("HEALTHCHECK --start-interval");

  private static final Set<String> COPYING = Set.of("COPY", "ADD");

  private final String shown;

  DockerfileFeature(String shown) {
    this.shown = shown;
  }

  /** How the reference writes it, e.g. {@code COPY --parents}. */
  public String shown() {
    return shown;
  }

  /** The features {@code dockerfile} uses, each with the first line that uses it, in this enum's order. */
  public static Map<DockerfileFeature, Integer> in(String dockerfile) {
    Map<DockerfileFeature, Integer> found = new EnumMap<>(DockerfileFeature.class);
    for (DockerfileInstructions.Instruction i : DockerfileInstructions.read(dockerfile)) {
      if (!i.heredocs().isEmpty()) {
        found.putIfAbsent(HEREDOC, i.line());
      }
      for (String flag : flags(i.arguments())) {
        String name = flag.split("=", 2)[0];
        boolean copying = COPYING.contains(i.keyword());
        if (copying) {
          copyFlag(i.keyword(), name, flag).forEach(f -> found.putIfAbsent(f, i.line()));
        } else if (i.keyword().equals("RUN")) {
          runFlag(name, flag).forEach(f -> found.putIfAbsent(f, i.line()));
        } else if (i.keyword().equals("HEALTHCHECK") && name.equals("--start-interval")) {
          found.putIfAbsent(START_INTERVAL, i.line());
        }
      }
    }
    return found;
  }

  private static List<DockerfileFeature> copyFlag(String keyword, String name, String flag) {
    boolean add = keyword.equals("ADD");
    return switch (name) {
      case "--parents" -> List.of(PARENTS);
      case "--exclude" -> List.of(EXCLUDE);
      case "--keep-git-dir" -> add ? List.of(KEEP_GIT_DIR) : List.of();
      case "--checksum" -> add ? List.of(CHECKSUM) : List.of();
      case "--unpack" -> add ? List.of(UNPACK) : List.of();
      case "--link" -> flag.contains("=") ? List.of(LINK, LINK_VALUE) : List.of(LINK);
      default -> List.of();
    };
  }

  private static List<DockerfileFeature> runFlag(String name, String flag) {
    if (name.equals("--network")) {
      return List.of(NETWORK);
    } else if (name.equals("--security")) {
      return List.of(SECURITY);
    } else if (name.equals("--mount")) {
      List<String> options = List.of(flag.substring(flag.indexOf('=') + 1).split(","));
      if (options.contains("type=secret") && options.stream().anyMatch(o -> o.startsWith("env="))) {
        return List.of(SECRET_ENV);
      }
      if (options.contains("type=tmpfs") && options.stream().anyMatch(o -> o.startsWith("size="))) {
        return List.of(TMPFS_SIZE);
      }
    }
    return List.of();
  }

  /** The {@code --flag[=value]} words at the start of {@code arguments}. */
  private static List<String> flags(String arguments) {
    return java.util.Arrays.stream(arguments.strip().split("\\s+"))
        .takeWhile(w -> w.startsWith("--"))
        .toList();
  }
}
