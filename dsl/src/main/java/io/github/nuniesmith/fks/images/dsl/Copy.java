package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * COPY: files from the build context, an earlier stage, an image or a named build context, or a file
 * whose text the Dockerfile holds (heredocs). Build one with {@link #builder()} or {@link
 * Stage.Builder#copy(java.util.function.Consumer)}.
 *
 * @param sources paths or wildcards, relative to where they come from; empty when {@code heredocs} are given
 * @param heredocs the files to write from heredocs, in order; empty for {@code sources}
 * @param destination absolute, or relative to WORKDIR; ends in {@code /} for several sources
 * @param from where the sources come from
 * @param chown the owner of the copied files; empty for root
 * @param chmod their mode, octal or symbolic; empty to keep it
 * @param link whether to copy into a layer of its own ({@code --link})
 * @param parents whether to keep the sources' parent folders ({@code --parents})
 * @param excludes patterns of paths not to copy ({@code --exclude})
 */
public record Copy(List<String> sources, List<HeredocFile> heredocs, String destination, CopyFrom from,
    Optional<Chown> chown, Optional<String> chmod, boolean link, boolean parents, List<String> excludes)
    implements Step {

  /** Validates the paths and flags. */
  public Copy {
    Checks.notNull(sources, "copy sources");
    sources.forEach(s -> Checks.check(s != null, "copy sources contains null: remove it"));
    sources = List.copyOf(sources);
    heredocs = CopyArguments.heredocs(heredocs, "copy");
    Checks.notNull(from, "copy from");
    Checks.notNull(chown, "copy chown");
    Checks.notNull(chmod, "copy chmod");
    Checks.notNull(excludes, "copy excludes").forEach(e -> Checks.check(e != null, "copy excludes contains null: remove it"));
    excludes = List.copyOf(excludes);
    Checks.check(sources.isEmpty() != heredocs.isEmpty(), sources.isEmpty()
        ? "has no source: name paths with source(...), or give the file's content with text(...)"
        : "has both sources and text: a COPY writes either files it copies or heredocs, so split it in two");
    CopyArguments.path(Checks.notNull(destination, "copy destination"), "copy destination");
    for (String source : sources) {
      if (from instanceof CopyFrom.BuildContext) {
        CopyArguments.contextPath(source, "copy source");
      } else {
        CopyArguments.path(source, "copy source");
      }
    }
    CopyArguments.heredocDestination(heredocs, destination);
    Checks.check(heredocs.isEmpty() || from instanceof CopyFrom.BuildContext,
        "has text and from(%s): the text comes from the Dockerfile itself, so leave out from(...)",
        from.flag().orElse(""));
    int count = sources.size() + heredocs.size();
    Checks.check(count < 2 || CopyArguments.directory(destination),
        "copies %d sources to %s, which must end in / when there are several (Docker requires it): write %s/",
        count, Checks.quoted(destination), destination);
    chmod.ifPresent(CopyArguments::mode);
    excludes.forEach(e -> CopyArguments.flagValue(e, "copy exclude"));
  }

  /** Copies {@code source} from the build context to {@code destination}. */
  public static Copy fromContext(String source, String destination) {
    return builder().source(source).to(destination).build();
  }

  /** Copies {@code source} from the earlier stage {@code stage} to {@code destination}. */
  public static Copy fromStage(String stage, String source, String destination) {
    return builder().fromStage(stage).source(source).to(destination).build();
  }

  /** Starts a COPY; give it sources (or text) and a destination. */
  public static Builder builder() {
    return new Builder();
  }

  /** The earlier stage the sources come from, if they come from one. */
  public Optional<String> stage() {
    return from instanceof CopyFrom.EarlierStage s ? Optional.of(s.name()) : Optional.empty();
  }

  @Override
  public String describe() {
    return !heredocs.isEmpty() ? "copy text to " + Checks.quote(destination)
        : "copy " + Checks.quote(String.join(" ", sources));
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

  /** Builds a {@link Copy}; values are checked by {@link #build()}. */
  public static final class Builder {
    private final List<String> sources = new ArrayList<>();
    private final List<HeredocFile> heredocs = new ArrayList<>();
    private String text;
    private String destination;
    private CopyFrom from = CopyFrom.buildContext();
    private Chown chown;
    private String owner;
    private String chmod;
    private boolean link;
    private boolean parents;
    private final List<String> excludes = new ArrayList<>();

    private Builder() {}

    /** Adds sources: paths or wildcards such as {@code src/} or {@code *.whl}. */
    public Builder source(String... paths) {
      Collections.addAll(sources, Checks.notNull(paths, "copy sources"));
      return this;
    }

    /** Writes one file with this content instead of copying: rendered as a heredoc, not expanded. */
    public Builder text(String content) {
      this.text = content;
      return this;
    }

    /**
     * Writes files from heredocs instead of copying, e.g. {@code heredoc(HeredocFile.named("index.html",
     * html), HeredocFile.named("robots.txt", robots)).to("/usr/share/nginx/html/")}; for one file whose
     * variables Docker expands, {@code heredoc(HeredocFile.of(text).expanded())}.
     */
    public Builder heredoc(HeredocFile... files) {
      Collections.addAll(heredocs, Checks.notNull(files, "copy heredocs"));
      return this;
    }

    /** Where the files go: absolute, or relative to WORKDIR; a folder ends in {@code /}. */
    public Builder to(String destination) {
      this.destination = destination;
      return this;
    }

    /** Copies from {@code from} instead of the build context. */
    public Builder from(CopyFrom from) {
      this.from = from;
      return this;
    }

    /** Copies from the earlier stage {@code stage}. */
    public Builder fromStage(String stage) {
      return from(Checks.within("from", () -> CopyFrom.stage(stage)));
    }

    /** Copies from the image {@code reference}, e.g. {@code "nginx:1.27"}. */
    public Builder fromImage(String reference) {
      return from(Checks.within("from", () -> CopyFrom.image(reference)));
    }

    /** Copies from the build context named {@code name} ({@code --build-context name=...}). */
    public Builder fromNamedContext(String name) {
      return from(Checks.within("from", () -> CopyFrom.namedContext(name)));
    }

    /** Gives the files to {@code owner}: {@code user}, {@code user:group}, ids or variables. */
    public Builder chown(String owner) {
      this.owner = owner;
      this.chown = null;
      return this;
    }

    /** Gives the files to the numeric {@code user}. */
    public Builder chown(UserSpec user) {
      this.chown = Chown.of(Checks.notNull(user, "copy chown"));
      this.owner = null;
      return this;
    }

    /** Sets the files' mode: octal such as {@code 0755}, or symbolic such as {@code u=rwX,go=rX}. */
    public Builder chmod(String mode) {
      this.chmod = mode;
      return this;
    }

    /** Copies into a layer of its own, independent of the layers below ({@code --link}). */
    public Builder link() {
      this.link = true;
      return this;
    }

    /** Keeps each source's parent folders below the destination ({@code --parents}). */
    public Builder parents() {
      this.parents = true;
      return this;
    }

    /** Leaves out paths matching {@code patterns} ({@code --exclude}), e.g. {@code *.pyc}. */
    public Builder exclude(String... patterns) {
      Collections.addAll(excludes, Checks.notNull(patterns, "copy excludes"));
      return this;
    }

    /** The description of the COPY this builds, for error paths. */
    String describe() {
      return (text != null || !heredocs.isEmpty()) && sources.isEmpty() ? "copy text to " + Checks.quote(String.valueOf(destination))
          : "copy " + Checks.quote(String.join(" ", sources.stream().map(String::valueOf).toList()));
    }

    /** The COPY. */
    public Copy build() {
      Optional<Chown> owned = owner != null ? Optional.of(Chown.parse(owner)) : Optional.ofNullable(chown);
      List<HeredocFile> files = new ArrayList<>(heredocs);
      if (text != null) {
        files.add(0, HeredocFile.of(CopyArguments.text(text, "copy text")));
      }
      return new Copy(sources, files, destination, from, owned, Optional.ofNullable(chmod), link, parents, excludes);
    }
  }
}
