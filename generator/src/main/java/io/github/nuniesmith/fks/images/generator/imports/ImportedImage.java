package io.github.nuniesmith.fks.images.generator.imports;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Stage;
import java.util.List;

/**
 * A Dockerfile read into the builder calls that define it.
 *
 * @param input the file
 * @param name the image's name
 * @param className the simple name of the class the import writes for it
 * @param imageCalls the calls on {@link Image.Builder}: directives and global ARGs
 * @param stages its stages in order
 */
record ImportedImage(DockerfileInput input, String name, String className, List<BuilderCall<Image.Builder>> imageCalls,
    List<ImportedStage> stages) {
  /** Copies the lists. */
  ImportedImage {
    imageCalls = List.copyOf(imageCalls);
    stages = List.copyOf(stages);
  }

  /**
   * A stage and its calls.
   *
   * @param name the stage's name: as written after AS, else one the import gives it
   * @param calls the calls on {@link Stage.Builder}, the first the FROM
   * @param image the image its FROM names, when it is not an earlier stage
   */
  record ImportedStage(String name, List<BuilderCall<Stage.Builder>> calls, java.util.Optional<String> image) {
    ImportedStage {
      calls = List.copyOf(calls);
    }
  }

  /** The image, built by the calls, as defined in {@code definedIn}. */
  Image image(Class<?> definedIn) {
    Image.Builder builder = Image.builder(name, input.path(), definedIn);
    imageCalls.forEach(c -> c.apply().accept(builder));
    for (ImportedStage stage : stages) {
      builder.stage(stage.name(), b -> stage.calls().forEach(c -> c.apply().accept(b)));
    }
    return builder.build();
  }
}
