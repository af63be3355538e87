package io.github.nuniesmith.fks.images.generator.pins;

import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import java.util.List;
import java.util.Optional;

/**
 * One catalog file, e.g. {@code src/main/pins/ml.txt}, and the nested class it becomes.
 *
 * @param path the file as named in messages, e.g. {@code src/main/pins/ml.txt}
 * @param className the nested class, e.g. {@code Ml} for {@code ml.txt}, {@code MlTorch} for {@code ml-torch.txt}
 * @param index the file's {@code --index-url}, if it has one
 * @param pins its requirements, in file order
 */
public record PinFile(String path, String className, Optional<PackageIndex> index, List<Pin> pins) {
  /** The constant that holds the file's index. */
  public static final String INDEX_CONSTANT = "INDEX";

  /** Copies the list. */
  public PinFile {
    pins = List.copyOf(pins);
  }
}
