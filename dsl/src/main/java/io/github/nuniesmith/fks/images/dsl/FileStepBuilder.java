package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What the builders of {@link Copy} and {@link Add} share: sources or heredoc files, the destination,
 * the owner and mode of the files, {@code --link} and {@code --exclude}. Values are checked when the
 * step is built, so that its error names the step.
 *
 * @param <B> the builder itself, which every setter returns
 */
public abstract class FileStepBuilder<B extends FileStepBuilder<B>> {
  private final String step;
  final List<String> sources = new ArrayList<>();
  final List<HeredocFile> heredocs = new ArrayList<>();
  String destination;
  private Chown chown;
  private String owner;
  String chmod;
  boolean link;
  final List<String> excludes = new ArrayList<>();

  /** A builder of the step {@code step} ({@code copy} or {@code add}), as its errors name it. */
  FileStepBuilder(String step) {
    this.step = step;
  }

  abstract B self();

  /**
   * Adds sources: paths or wildcards in the build context such as {@code src/} or {@code *.whl}; ADD
   * also takes https:// and git URLs.
   */
  public B source(String... paths) {
    Collections.addAll(sources, Checks.notNull(paths, step + " sources"));
    return self();
  }

  /**
   * Writes files from heredocs instead of taking sources, e.g. {@code
   * heredoc(HeredocFile.named("index.html", html), HeredocFile.named("robots.txt", robots))
   * .to("/usr/share/nginx/html/")}; for one file whose variables Docker expands, {@code
   * heredoc(HeredocFile.of(text).expanded())}.
   */
  public B heredoc(HeredocFile... files) {
    Collections.addAll(heredocs, Checks.notNull(files, step + " heredocs"));
    return self();
  }

  /** Where the files go: absolute, or relative to WORKDIR; a folder ends in {@code /}. */
  public B to(String destination) {
    this.destination = destination;
    return self();
  }

  /** Gives the files to {@code owner}: {@code user}, {@code user:group}, ids or variables. */
  public B chown(String owner) {
    this.owner = owner;
    this.chown = null;
    return self();
  }

  /** Gives the files to the numeric {@code user}. */
  public B chown(UserSpec user) {
    this.chown = Chown.of(Checks.notNull(user, step + " chown"));
    this.owner = null;
    return self();
  }

  /** Sets the files' mode: octal such as {@code 0755}, or symbolic such as {@code u=rwX,go=rX}. */
  public B chmod(String mode) {
    this.chmod = mode;
    return self();
  }

  /** Writes into a layer of its own, independent of the layers below ({@code --link}). */
  public B link() {
    this.link = true;
    return self();
  }

  /** Leaves out paths matching {@code patterns} ({@code --exclude}), e.g. {@code *.pyc}. */
  public B exclude(String... patterns) {
    Collections.addAll(excludes, Checks.notNull(patterns, step + " excludes"));
    return self();
  }

  /** The owner given, parsed when the step is built. */
  Optional<Chown> owner() {
    return owner != null ? Optional.of(Chown.parse(owner)) : Optional.ofNullable(chown);
  }

  /** The description of the step this builds, for error paths; {@code writesText} if it writes heredoc files. */
  String describe(boolean writesText) {
    return writesText && sources.isEmpty() ? step + " text to " + Checks.quote(String.valueOf(destination))
        : step + " " + Checks.quote(String.join(" ", sources.stream().map(String::valueOf).toList()));
  }
}
