package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.PerImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The lint engine: runs every lint rule of the {@link io.github.nuniesmith.fks.images.dsl.Rule}
 * catalog that the set's {@link io.github.nuniesmith.fks.images.dsl.Policy} includes, and those every
 * policy runs, over each image of a set, its model and its rendered Dockerfile, and applies the
 * suppressions the definitions declare. Rules checked when a definition is built never get here: a
 * set that exists has passed them.
 */
public final class Linter {
  private static final List<Check> CHECKS = List.of(
      new BaseImages(), new SecretNames(), new SecretValues(), new CommandStages(), new OciLabels(), new PipPins(),
      new RuntimeCompleteness(), new RunCommands(), new RenderedLayout(), new CdAndSudo(),
      new FileCopies(), new InstructionStyle(), new BaseImageTags(),
      new LegacyEnvForm(), new RootSteps(), new TagScheme(), new PythonReleases(), new ShellRedirects(),
      new UnusedStages());

  private final LintPolicy policy;
  private final boolean parallel;

  /** A linter that applies {@code policy} to base images, and lints a set's images on the calling thread. */
  public Linter(LintPolicy policy) {
    this(policy, false);
  }

  /**
   * A linter that applies {@code policy} to base images, and lints a set's images on the calling
   * thread alone unless {@code parallel}: the report is the same either way (see {@link
   * io.github.nuniesmith.fks.images.generator.Generator#parallel(boolean)}).
   */
  public Linter(LintPolicy policy, boolean parallel) {
    this.policy = policy;
    this.parallel = parallel;
  }

  /**
   * Lints {@code set}, whose rendered files are {@code files} (as {@link
   * io.github.nuniesmith.fks.images.generator.Generator#render(ImageSet)} returns them).
   */
  public LintReport lint(ImageSet set, List<GeneratedFile> files) {
    Map<String, GeneratedFile> byPath = files.stream()
        .collect(Collectors.toMap(GeneratedFile::path, Function.identity()));
    List<RenderedDockerfile> parsed = PerImage.map(set.images(), parallel, image -> {
      String path = image.dockerfile().value();
      GeneratedFile file = byPath.get(path);
      if (file == null) {
        throw new IllegalArgumentException("no rendered file " + path + " for image " + image.name()
            + ": lint the files that Generator.render returned for this set");
      }
      return RenderedDockerfile.parse(file.content());
    });
    Map<String, RenderedDockerfile> rendered = new LinkedHashMap<>();
    for (int i = 0; i < parsed.size(); i++) {
      rendered.put(set.images().get(i).name(), parsed.get(i));
    }
    List<Finding> all = new ArrayList<>();
    StageUsers users = new StageUsers(rendered);
    StageContents contents = new StageContents();
    DefinitionNames names = DefinitionNames.of(set);
    PerImage.map(set.images(), parallel, image -> {
      LintSubject subject = new LintSubject(image, names.of(image), image.dockerfile().value(),
          rendered.get(image.name()), policy, set, users, contents, names);
      Findings findings = new Findings(subject);
      CHECKS.forEach(c -> c.check(subject, findings));
      return findings.resolve();
    }).forEach(all::addAll);
    all.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
        .thenComparing(f -> f.rule().id()).thenComparing(Finding::path).thenComparing(Finding::message));
    return new LintReport(all);
  }
}
