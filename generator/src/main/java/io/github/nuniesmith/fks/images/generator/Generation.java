package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.generator.lint.LintPolicy;
import io.github.nuniesmith.fks.images.generator.lint.LintReport;
import io.github.nuniesmith.fks.images.generator.lint.Linter;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the library over an image set: its Dockerfiles, their lint report and, unless a finding
 * stops generation under the set's policy, the files of each output folder. The Maven goals call
 * this and only write or compare. The images are rendered and linted on as many threads as the
 * generator's {@link Generator#parallel(boolean)} says; the set-wide files after them, on one.
 *
 * @param report the lint report of the Dockerfiles
 * @param dockerfiles every Dockerfile, sorted by path
 * @param generated what the output folder must hold: the Dockerfiles, the bake file and IMAGES.md;
 *     empty when a finding stops generation ({@link LintReport#stops}), so that nothing is written
 * @param workflows what the workflow folder must hold; empty when a finding stops generation
 */
public record Generation(LintReport report, List<GeneratedFile> dockerfiles, List<GeneratedFile> generated,
    List<GeneratedFile> workflows) {
  /** Copies the lists. */
  public Generation {
    dockerfiles = List.copyOf(dockerfiles);
    generated = List.copyOf(generated);
    workflows = List.copyOf(workflows);
  }

  /**
   * Renders and lints {@code set}, then renders its hierarchy files for {@code layout} unless a
   * finding stops generation under the set's policy; for sets whose images that others build on read nothing from their build contexts.
   */
  public static Generation of(ImageSet set, Generator generator, RepositoryLayout layout, LintPolicy policy) {
    return of(set, generator, layout, policy, ContextFiles.NONE);
  }

  /** As {@link #of(ImageSet, Generator, RepositoryLayout, LintPolicy)}, with content tags derived from the files in {@code contexts}. */
  public static Generation of(ImageSet set, Generator generator, RepositoryLayout layout, LintPolicy policy,
      ContextFiles contexts) {
    ContentTags tags = generator.contentTags(set, contexts);
    Generation linted = lint(set, generator, policy, tags);
    if (linted.report().stops(set.policy())) {
      return linted;
    }
    HierarchyFiles.Files hierarchy = new HierarchyFiles(generator, layout, contexts).files(set, tags);
    List<GeneratedFile> generated = new ArrayList<>(linted.dockerfiles());
    generated.addAll(hierarchy.generated());
    return new Generation(linted.report(), linted.dockerfiles(), generated, hierarchy.workflows());
  }

  /** Renders and lints the Dockerfiles of {@code set} only, with no output folder files. */
  public static Generation lint(ImageSet set, Generator generator, LintPolicy policy) {
    return lint(set, generator, policy, ContextFiles.NONE);
  }

  /** As {@link #lint(ImageSet, Generator, LintPolicy)}, with content tags derived from the files in {@code contexts}. */
  public static Generation lint(ImageSet set, Generator generator, LintPolicy policy, ContextFiles contexts) {
    return lint(set, generator, policy, generator.contentTags(set, contexts));
  }

  private static Generation lint(ImageSet set, Generator generator, LintPolicy policy, ContentTags tags) {
    List<GeneratedFile> dockerfiles = generator.render(set, tags);
    LintReport report = new Linter(policy, generator.parallel()).lint(set, dockerfiles);
    return new Generation(report, dockerfiles, List.of(), List.of());
  }
}
