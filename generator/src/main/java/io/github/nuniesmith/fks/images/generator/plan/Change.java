package io.github.nuniesmith.fks.images.generator.plan;

import java.util.Optional;

/** Something that changed, from which a {@link RebuildPlan} follows. */
public sealed interface Change
    permits Change.Named, Change.PinEdited, Change.ImageFile, Change.SharedDefinition, Change.Unrelated {

  /**
   * A package, pin or image named by a person, e.g. {@code langchain}, {@code ta-lib}, {@code python}
   * or {@code ml}. A name that matches nothing is an error.
   *
   * @param name the name as given
   */
  record Named(String name) implements Change {}

  /**
   * A catalog line that differs between two versions of its file.
   *
   * @param name the package's name
   * @param file the catalog file, e.g. {@code src/main/pins/ml.txt}
   * @param requirement the line's requirement as the file now has it, e.g. {@code torch==2.8.0+cu128},
   *     which tells the tier that installs it from another tier's pin of the same package; empty
   *     where the line was removed
   */
  record PinEdited(String name, String file, Optional<String> requirement) implements Change {}

  /**
   * A changed file that one image is built from: its Dockerfile or the class that defines it.
   *
   * @param image the image's name
   * @param path the file
   */
  record ImageFile(String image, String path) implements Change {}

  /**
   * A changed definition source that no image names as its own, such as shared constants: any
   * image may read it.
   *
   * @param path the file
   */
  record SharedDefinition(String path) implements Change {}

  /**
   * A changed file that no image is built from, e.g. the README. Changes to the generator reach the
   * images only through their generated Dockerfiles, which {@code check} keeps in step.
   *
   * @param path the file
   */
  record Unrelated(String path) implements Change {}
}
