package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
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
    return generated(set, ImageGraph.of(set, layout), generator.contentTags(set, contexts), header(set));
  }

  /** The files of the workflow folder ({@code .github/workflows}): {@code build-images.yml}. */
  public List<GeneratedFile> workflows(ImageSet set) {
    return workflows(ImageGraph.of(set, layout), generator.contentTags(set, contexts), header(set));
  }

  /**
   * The files of both folders.
   *
   * @param generated those of the output folder
   * @param workflows those of the workflow folder
   */
  record Files(List<GeneratedFile> generated, List<GeneratedFile> workflows) {}

  /** The files of both folders, from one graph and the content tags {@code tags} the Dockerfiles were rendered with. */
  Files files(ImageSet set, ContentTags tags) {
    ImageGraph graph = ImageGraph.of(set, layout);
    List<String> header = header(set);
    return new Files(generated(set, graph, tags, header), workflows(graph, tags, header));
  }

  private List<GeneratedFile> generated(ImageSet set, ImageGraph graph, ContentTags tags, List<String> header) {
    return List.of(
        BakeRenderer.render(graph, tags, header, name -> set.platforms(graph.image(name)), layout.generatedFolder()),
        ImagesDocRenderer.render(set, graph, tags, header));
  }

  private List<GeneratedFile> workflows(ImageGraph graph, ContentTags tags, List<String> header) {
    return List.of(WorkflowRenderer.render(graph, tags, header, layout));
  }

  private List<String> header(ImageSet set) {
    return generator.header(generator.sourceFolder(set),
        "hierarchy of " + set.images().size() + " images" + Hierarchy.of(set).strategy().map(s -> ", strategy " + s).orElse(""));
  }
}
