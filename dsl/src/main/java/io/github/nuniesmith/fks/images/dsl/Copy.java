package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
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
    for (HeredocFile h : heredocs) {
      if (h.expand()) {
        out.add(h.content());
      }
    }
    out.add(destination);
    chown.ifPresent(c -> out.add(c.toString()));
    chmod.ifPresent(out::add);
    return List.copyOf(out);
  }

  /** Builds a {@link Copy}; values are checked by {@link #build()}. */
  public static final class Builder extends FileStepBuilder<Builder> {
    private String text;
    private CopyFrom from = CopyFrom.buildContext();
    private boolean parents;

    private Builder() {
      super("copy");
    }

    @Override
    Builder self() {
      return this;
    }

    /** Writes one file with this content instead of copying: rendered as a heredoc, not expanded. */
    public Builder text(String content) {
      this.text = content;
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

    /** Keeps each source's parent folders below the destination ({@code --parents}). */
    public Builder parents() {
      this.parents = true;
      return this;
    }

    /** The description of the COPY this builds, for error paths. */
    String describe() {
      return describe(text != null || !heredocs.isEmpty());
    }

    /** The COPY. */
    public Copy build() {
      List<HeredocFile> files = new ArrayList<>(heredocs);
      if (text != null) {
        files.add(0, HeredocFile.of(CopyArguments.text(text, "copy text")));
      }
      return new Copy(sources, files, destination, from, owner(), Optional.ofNullable(chmod), link, parents, excludes);
    }
  }
}
