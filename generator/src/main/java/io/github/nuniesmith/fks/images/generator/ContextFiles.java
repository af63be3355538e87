package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files in the build contexts of the images that others build on, as the caller read them: per
 * image, each file's path in its context with the sha256 of its bytes. {@link ContentTags} hashes
 * those its Dockerfile reads; rendering itself reads no file.
 *
 * @param images per image name, its context's files by {@code /}-separated path, sorted
 */
public record ContextFiles(Map<String, SortedMap<String, String>> images) {
  /** No context read: for sets whose images that others build on read nothing from their contexts. */
  public static final ContextFiles NONE = new ContextFiles(Map.of());

  /** Copies the maps. */
  public ContextFiles {
    Map<String, SortedMap<String, String>> copy = new LinkedHashMap<>();
    images.forEach((image, files) -> copy.put(image, new TreeMap<>(files)));
    images = Collections.unmodifiableMap(copy);
  }

  /**
   * Reads the build context of every image of {@code set} that another builds on, in the repository
   * at {@code repositoryRoot} laid out as {@code layout}: what {@code generate} hashes into content tags.
   */
  public static ContextFiles read(Path repositoryRoot, ImageSet set, RepositoryLayout layout) {
    ImageGraph graph = ImageGraph.of(set, layout);
    Map<String, Path> folders = new LinkedHashMap<>();
    for (Image image : ContentTags.builtOn(set.images())) {
      folders.put(image.name(), repositoryRoot.resolve(graph.node(image.name()).context()));
    }
    return read(folders);
  }

  /**
   * Reads every file under each image's context folder; a missing folder has no files. Generated
   * files are left out: they hold the tags being derived. A symbolic link counts by its target's name.
   */
  public static ContextFiles read(Map<String, Path> folders) {
    Map<String, SortedMap<String, String>> images = new LinkedHashMap<>();
    folders.forEach((image, folder) -> images.put(image, files(folder)));
    return new ContextFiles(images);
  }

  /** The files of {@code image}'s context, if the caller read them. */
  Optional<SortedMap<String, String>> of(String image) {
    return Optional.ofNullable(images.get(image));
  }

  private static SortedMap<String, String> files(Path folder) {
    SortedMap<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
        String name = folder.relativize(path).toString().replace('\\', '/');
        if (Files.isSymbolicLink(path)) {
          files.put(name, "link " + Files.readSymbolicLink(path).toString().replace('\\', '/'));
        } else {
          byte[] bytes = Files.readAllBytes(path);
          if (!generated(bytes)) {
            files.put(name, ContentSeal.sha256(bytes));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the build context " + folder + ": " + e.getMessage(), e);
    }
    return files;
  }

  /** A file this generator wrote names itself in its first lines. */
  private static boolean generated(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.UTF_8);
    return head.lines().limit(3).anyMatch(l -> l.contains(Generator.MARKER));
  }
}
