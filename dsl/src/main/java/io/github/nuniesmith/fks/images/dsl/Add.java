package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ADD: files from the build context (archives unpacked), HTTP(S) downloads and git repositories.
 * Build one with {@link #builder()} or {@link Stage.Builder#add(java.util.function.Consumer)}.
 *
 * @param sources paths in the build context, {@code https://} URLs, or git URLs such as {@code
 *     https://github.com/x/y.git#v1.0} and {@code git@github.com:x/y.git}
 * @param heredocs files written from heredocs, in order, instead of sources; empty for {@code sources}
 * @param destination absolute, or relative to WORKDIR; ends in {@code /} for several sources
 * @param chown the owner of the added files; empty for root
 * @param chmod their mode, octal or symbolic; empty to keep it
 * @param link whether to add into a layer of its own ({@code --link})
 * @param excludes patterns of paths not to add ({@code --exclude})
 * @param checksum of the one remote source: {@code sha256:<hex>} for a download, the commit for git
 * @param keepGitDir whether a git source keeps its {@code .git} folder ({@code --keep-git-dir})
 * @param unpack whether to unpack an archive ({@code --unpack}); empty for Docker's default
 */
public record Add(List<String> sources, List<HeredocFile> heredocs, String destination, Optional<Chown> chown, Optional<String> chmod,
    boolean link, List<String> excludes, Optional<String> checksum, boolean keepGitDir, Optional<Boolean> unpack)
    implements Step {
  private static final Pattern HTTP = Pattern.compile("https?://[A-Za-z0-9.-]++(?::[0-9]++)?(?:[/?#]\\S*+)?");
  /** A git source as BuildKit recognises one: an ssh or git URL, or an http(s) URL of a .git repository. */
  private static final Pattern GIT = Pattern.compile(
      "(?:git@[A-Za-z0-9.-]++:|(?:ssh|git)://)\\S++|https?://\\S+?\\.git(?:[#?]\\S*+)?");
  private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

  /** Validates the sources and flags. */
  public Add {
    heredocs = CopyArguments.heredocs(heredocs, "add");
    sources = heredocs.isEmpty() ? Checks.nonEmpty(sources, "add sources") : List.copyOf(Checks.notNull(sources,
        "add sources"));
    Checks.check(sources.isEmpty() || heredocs.isEmpty(),
        "has both sources and heredocs: an ADD writes either files it adds or heredocs, so split it in two");
    Checks.notNull(chown, "add chown");
    Checks.notNull(chmod, "add chmod");
    Checks.notNull(excludes, "add excludes").forEach(e -> Checks.check(e != null, "add excludes contains null: remove it"));
    excludes = List.copyOf(excludes);
    Checks.notNull(checksum, "add checksum");
    Checks.notNull(unpack, "add unpack");
    CopyArguments.path(Checks.notNull(destination, "add destination"), "add destination");
    for (String source : sources) {
      if (isGit(source)) {
        Checks.text(source, "add source");
        Checks.check(source.indexOf('\\') < 0 && source.indexOf('`') < 0 && source.chars().noneMatch(Character::isWhitespace),
            "git source %s contains a blank, \\ or `: write the URL without them", Checks.quote(source));
      } else if (source.startsWith("http://") || source.startsWith("https://")) {
        Checks.matches(source, HTTP, "add source", "write a URL such as https://example.org/file.tar.gz, without"
            + " blanks, \\ or `");
        Checks.check(source.indexOf('\\') < 0 && source.indexOf('`') < 0,
            "add source %s contains \\ or `: write the URL without them", Checks.quote(source));
      } else {
        CopyArguments.contextPath(source, "add source");
      }
    }
    CopyArguments.heredocDestination(heredocs, destination);
    int count = sources.size() + heredocs.size();
    Checks.check(count < 2 || CopyArguments.directory(destination),
        "adds %d sources to %s, which must end in / when there are several (Docker requires it): write %s/",
        count, Checks.quote(destination), destination);
    chmod.ifPresent(CopyArguments::mode);
    excludes.forEach(e -> CopyArguments.flagValue(e, "add exclude"));
    Checks.check(checksum.isEmpty() || heredocs.isEmpty(),
        "has a checksum and heredocs: Docker checks downloads and git sources only, so leave out checksum(...)");
    if (checksum.isPresent()) {
      String value = checksum.get();
      String source = sources.get(0);
      Checks.check(sources.size() == 1, "has a checksum and %d sources: Docker checks one source, so give each"
          + " download its own ADD", sources.size());
      if (isGit(source)) {
        Checks.matches(value, COMMIT, "add checksum", "a git source's checksum is its full commit hash, 40 (or 64)"
            + " lowercase hex digits");
      } else {
        Checks.check(isRemote(source), "has a checksum, but %s is a path in the build context: Docker checks"
            + " downloads and git sources only, so leave out checksum(...) or copy it with copy(...)",
            Checks.quote(source));
        Checks.matches(value, SHA256, "add checksum", "write sha256: and 64 lowercase hex digits");
      }
    }
    Checks.check(!keepGitDir || sources.stream().allMatch(Add::isGit),
        "keeps the .git folder, but %s is not a git source: leave out keepGitDir()",
        Checks.quote(sources.stream().filter(s -> !isGit(s)).findFirst().orElse("")));
  }

  /** Adds {@code source} to {@code destination}. */
  public static Add of(String source, String destination) {
    return builder().source(source).to(destination).build();
  }

  /** Starts an ADD; give it sources and a destination. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether {@code source} is a git repository rather than a download or a path. */
  public static boolean isGit(String source) {
    return source != null && GIT.matcher(source).matches();
  }

  /** Whether {@code source} is fetched over the network: a download or a git repository. */
  public static boolean isRemote(String source) {
    return isGit(source) || (source != null && (source.startsWith("http://") || source.startsWith("https://")));
  }

  @Override
  public String describe() {
    return heredocs.isEmpty() ? "add " + Checks.quote(String.join(" ", sources))
        : "add text to " + Checks.quote(destination);
  }

  /** The sources, the heredocs Docker expands, the destination, the owner and the mode. */
  @Override
  public List<String> expanded() {
    List<String> out = new ArrayList<>(sources);
    heredocs.stream().filter(HeredocFile::expand).forEach(h -> out.add(h.content()));
    out.add(destination);
    chown.ifPresent(c -> out.add(c.toString()));
    chmod.ifPresent(out::add);
    return List.copyOf(out);
  }

  /** Builds an {@link Add}; values are checked by {@link #build()}. */
  public static final class Builder extends FileStepBuilder<Builder> {
    private String checksum;
    private boolean keepGitDir;
    private Boolean unpack;

    private Builder() {
      super("add");
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Checks the one remote source: {@code sha256:<64 hex>} for a download, the full commit hash for a
     * git source; the build fails when it differs.
     */
    public Builder checksum(String checksum) {
      this.checksum = checksum;
      return this;
    }

    /** Keeps the {@code .git} folder of a git source ({@code --keep-git-dir=true}). */
    public Builder keepGitDir() {
      this.keepGitDir = true;
      return this;
    }

    /** Unpacks an archive source, or not ({@code --unpack}); without it Docker decides by the source. */
    public Builder unpack(boolean unpack) {
      this.unpack = unpack;
      return this;
    }

    /** The description of the ADD this builds, for error paths. */
    String describe() {
      return describe(!heredocs.isEmpty());
    }

    /** The ADD. */
    public Add build() {
      return new Add(sources, heredocs, destination, owner(), Optional.ofNullable(chmod), link, excludes,
          Optional.ofNullable(checksum), keepGitDir, Optional.ofNullable(unpack));
    }
  }
}
