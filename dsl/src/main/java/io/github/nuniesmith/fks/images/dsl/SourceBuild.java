package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds a C library from a source tarball with {@code ./configure && make && make install}. The
 * tarball is downloaded with {@code ADD --checksum}, or copied from the build context and checked
 * with {@code sha256sum --check}; either way its sha256 is checked before it is unpacked.
 *
 * <p>The build runs in a stage of its own; the stages that need the library copy its {@code
 * prefix}, and runtime stages only its {@code lib} folder.
 *
 * @param name the library, e.g. {@code ta-lib}
 * @param version its version, e.g. {@code 0.4.0}
 * @param url the https URL of the tarball; empty for a tarball in the build context
 * @param sha256 the tarball's sha256
 * @param buildPackages apt packages the build needs
 * @param configureArgs further arguments to {@code ./configure}
 * @param prefix where {@code make install} puts the library: a folder of its own under {@code /opt}
 * @param contextFile the tarball in the build context, e.g. a vendored copy; empty for a URL
 */
public record SourceBuild(
    String name,
    String version,
    String url,
    Sha256 sha256,
    AptInstall buildPackages,
    List<String> configureArgs,
    AbsolutePath prefix,
    Optional<ContextPath> contextFile)
    implements Step {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");
  private static final Pattern VERSION = Pattern.compile("[0-9][A-Za-z0-9.+_-]{0,62}");
  private static final Pattern URL =
      Pattern.compile("https://[A-Za-z0-9.-]+(:[0-9]+)?/[A-Za-z0-9._~/%+-]+\\.(tar\\.gz|tgz|tar\\.xz|tar\\.bz2)");
  private static final Pattern ARCHIVE = Pattern.compile(".*\\.(tar\\.gz|tgz|tar\\.xz|tar\\.bz2)");
  private static final Pattern ARG = Pattern.compile("--[a-z0-9-]+(=[A-Za-z0-9._/+-]+)?");
  private static final Pattern PREFIX = Pattern.compile("/opt(/[^/]+)+");

  /** Validates every part. */
  public SourceBuild {
    Checks.matches(name, NAME, "source build name", "use lowercase letters, digits and . _ -");
    Checks.matches(version, VERSION, "source build version", "use a version such as 0.4.0");
    Checks.notNull(contextFile, "context file");
    if (contextFile.isPresent()) {
      Checks.check("".equals(url), "has both a URL and a context file: keep one");
      Checks.check(ARCHIVE.matcher(contextFile.get().value()).matches(),
          "context file %s is not a .tar.gz, .tgz, .tar.xz or .tar.bz2 file: give the tarball",
          Checks.quote(contextFile.get().value()));
    } else {
      Checks.httpsUrl(url, URL, "source URL",
          "use an https URL of a .tar.gz, .tgz, .tar.xz or .tar.bz2 file, without query or spaces");
    }
    Checks.notNull(sha256, "sha256 of " + contextFile.map(ContextPath::value).orElse(url));
    Checks.notNull(buildPackages, "build packages");
    configureArgs = List.copyOf(Checks.notNull(configureArgs, "configure arguments"));
    configureArgs.forEach(a -> Checks.matches(a, ARG, "configure argument",
        "use --option or --option=value with letters, digits and . _ / + -"));
    Checks.notNull(prefix, "install prefix");
    // Stages that use the library copy the whole prefix into their /usr/local, so it must hold only it.
    Checks.check(PREFIX.matcher(prefix.value()).matches(),
        "install prefix %s is not a folder of its own under /opt: the whole prefix is copied into /usr/local"
            + " of the stages that use the library, so use one such as /opt/%s",
        Checks.quote(prefix.value()), name);
  }

  /** Starts a source build of {@code name} {@code version}. */
  public static Builder tarball(String name, String version) {
    return new Builder(name, version);
  }

  /** Where the tarball comes from: its URL, or its path in the build context. */
  public String source() {
    return contextFile.map(ContextPath::value).orElse(url);
  }

  /** The stage name this build runs in, e.g. {@code ta-lib-build}. */
  public String stageName() {
    return name.replaceAll("[._]", "-") + "-build";
  }

  @Override
  public String describe() {
    return "source build '" + name + "'";
  }

  /** Builds a {@link SourceBuild}; url and sha256 are required. */
  public static final class Builder {
    private final String name;
    private final String version;
    private String url;
    private ContextPath contextFile;
    private Sha256 sha256;
    private final List<String> buildPackages = new ArrayList<>(List.of("build-essential"));
    private final List<String> configureArgs = new ArrayList<>();
    private AbsolutePath prefix;

    private Builder(String name, String version) {
      this.name = name;
      this.version = version;
    }

    /** Downloads the tarball from {@code url}, an https URL. */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /** Copies the tarball from {@code path} in the build context instead of downloading it. */
    public Builder contextFile(String path) {
      this.contextFile = within(() -> Checks.within("context file", () -> ContextPath.of(path)));
      return this;
    }

    /** The tarball's sha256, checked before it is unpacked. Required. */
    public Builder sha256(String hex) {
      this.sha256 = within(() -> Sha256.of(hex));
      return this;
    }

    /** Adds apt packages the build needs besides build-essential, which is always installed. */
    public Builder buildPackages(String... packages) {
      // build-essential is there already; naming it again is not a second listing.
      List.of(packages).stream().filter(p -> !p.equals("build-essential")).forEach(buildPackages::add);
      return this;
    }

    /** Adds arguments to {@code ./configure}. */
    public Builder configure(String... args) {
      configureArgs.addAll(List.of(args));
      return this;
    }

    /**
     * Installs into {@code path}, a folder of its own under {@code /opt} such as {@code /opt/ta-lib},
     * never {@code /usr/local}; defaults to {@code /opt/<name>}.
     */
    public Builder prefix(String path) {
      this.prefix = within(() -> AbsolutePath.of(path));
      return this;
    }

    /** The source build. */
    public SourceBuild build() {
      return within(() -> {
        Checks.check(url != null || contextFile != null,
            "has no URL: add .url(\"https://.../<name>.tar.gz\"), or .contextFile(\"<name>.tar.gz\")"
                + " for a tarball in the build context");
        Checks.check(sha256 != null,
            "has no sha256: add .sha256(\"<64 hex>\") with the tarball's checksum,"
                + " so that a changed download fails the build");
        return new SourceBuild(name, version, url == null ? "" : url, sha256, new AptInstall(buildPackages),
            configureArgs, prefix == null ? AbsolutePath.of("/opt/" + name) : prefix,
            Optional.ofNullable(contextFile));
      });
    }

    private <T> T within(java.util.function.Supplier<T> body) {
      return Checks.within("source build " + Checks.quote(String.valueOf(name)), body);
    }
  }
}
