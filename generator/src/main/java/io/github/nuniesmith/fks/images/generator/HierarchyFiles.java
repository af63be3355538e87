package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import java.util.List;

/**
 * The files that describe the whole hierarchy, beside its Dockerfiles: the bake file and {@code
 * IMAGES.md} in the output folder, and the GitHub Actions workflow in the workflow folder. All are
 * derived from the model and the content tags its Dockerfiles name, so they agree with the
 * Dockerfiles by construction.
 */
public final class HierarchyFiles {
  private final Generator generator;
  private final RepositoryLayout layout;
  private final ContextFiles contexts;

  /**
   * Files headed as {@code generator} heads its Dockerfiles, for a repository laid out as {@code
   * layout}, for sets whose images that others build on read nothing from their build contexts.
   */
  public HierarchyFiles(Generator generator, RepositoryLayout layout) {
    this(generator, layout, ContextFiles.NONE);
  }

  /** As {@link #HierarchyFiles(Generator, RepositoryLayout)}, with content tags derived from the files in {@code contexts}. */
  public HierarchyFiles(Generator generator, RepositoryLayout layout, ContextFiles contexts) {
    this.generator = generator;
    this.layout = layout;
    this.contexts = contexts;
  }

  /** The files of the output folder: {@code docker-bake.hcl} and {@code IMAGES.md}. */
  public List<GeneratedFile> generated(ImageSet set) {
    ImageGraph graph = ImageGraph.of(set, layout);
    ContentTags tags = generator.contentTags(set, contexts);
    return List.of(
        BakeRenderer.render(graph, tags, header(set), name -> set.platforms(graph.image(name)),
            layout.generatedFolder()),
        ImagesDocRenderer.render(set, graph, tags, header(set)));
  }

  /** The files of the workflow folder ({@code .github/workflows}): {@code build-images.yml}. */
  public List<GeneratedFile> workflows(ImageSet set) {
    return List.of(WorkflowRenderer.render(ImageGraph.of(set, layout), generator.contentTags(set, contexts), header(set), layout));
  }

  private List<String> header(ImageSet set) {
    return generator.header(generator.sourceFolder(set),
        "hierarchy of " + set.images().size() + " images" + set.strategy().map(s -> ", strategy " + s).orElse(""));
  }
}
