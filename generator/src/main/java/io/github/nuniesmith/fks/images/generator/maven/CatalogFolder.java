package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.generator.RelativePath;
import io.github.nuniesmith.fks.images.generator.pins.PinCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/** Reads the pin catalog's folder for the goals: every {@code *.txt} file, named from a root folder. */
final class CatalogFolder {
  private CatalogFolder() {}

  /**
   * The catalog of {@code texts} (from {@link #texts}) for the accessors class {@code pinsClass}, a
   * qualified name; a bad line fails with {@code file:line}.
   */
  static PinCatalog read(Map<String, String> texts, String pinsClass) throws MojoFailureException {
    try {
      return PinCatalog.read(texts, simpleName(pinsClass));
    } catch (DefinitionException e) {
      throw new MojoFailureException("Bad pin catalog: " + e.getMessage());
    }
  }

  /** {@code Pins} for {@code io.example.Pins}. */
  static String simpleName(String pinsClass) {
    return pinsClass.substring(pinsClass.lastIndexOf('.') + 1);
  }

  /** Each catalog file's text in {@code folder}, keyed by its path from {@code root}, sorted. */
  static Map<String, String> texts(Path folder, Path root) throws MojoExecutionException {
    Map<String, String> texts = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path path : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        texts.put(RelativePath.shown(root, path), Files.readString(path, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read the pin catalog " + folder, e);
    }
    return texts;
  }
}
