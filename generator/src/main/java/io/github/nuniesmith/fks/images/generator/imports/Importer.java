package io.github.nuniesmith.fks.images.generator.imports;

import io.github.nuniesmith.fks.images.generator.Generator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The import: every Dockerfile at a file or folder read into Java definitions, written with JavaPoet,
 * then rendered in memory and compared with its input.
 */
public final class Importer {
  private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

  private Importer() {}

  /**
   * The outcome.
   *
   * @param written the Java files written, relative to the source root
   * @param lines one line per Dockerfile, sorted: its path, then {@code exact}, the first difference, or (with
   *     the line) why it cannot be imported
   * @param refused how many files could not be imported
   */
  public record Result(List<String> written, List<String> lines, int refused) {
    /** Copies the lists. */
    public Result {
      written = List.copyOf(written);
      lines = List.copyOf(lines);
    }
  }

  /**
   * Imports every Dockerfile at {@code from} into classes of {@code javaPackage} under {@code sourceRoot}
   * ({@code src/main/java}), one per file plus {@code ImportedImages}; a file that cannot be imported gets
   * no class, and its line in {@link Result#lines} says why.
   *
   * @throws IllegalArgumentException when {@code javaPackage} is not a Java package name or {@code from}
   *     does not exist
   */
  public static Result run(Path from, Path sourceRoot, String javaPackage, Consumer<String> log) {
    if (javaPackage == null || !PACKAGE.matcher(javaPackage).matches()
        || List.of(javaPackage.split("\\.")).stream().anyMatch(SourceVersion::isKeyword)) {
      throw new IllegalArgumentException("the import package " + javaPackage + " is not a Java package name: give"
          + " lowercase words separated by dots, e.g. -Dfks.import.package=com.example.images");
    }
    List<DockerfileInput> inputs = DockerfileInputs.find(from);
    List<ImportedImage> images = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int refused = 0;
    for (DockerfileInput input : inputs) {
      String name = unique(imageName(input.path()), names);
      try {
        images.add(DockerfileImport.read(input, name, className(name)));
      } catch (IllegalArgumentException | UncheckedIOException e) {
        refused++;
        lines.add(e.getMessage().startsWith(input.path()) ? e.getMessage() : input.path() + ": " + e.getMessage());
      }
    }
    List<String> written = new ArrayList<>();
    try {
      for (ImportedImage image : images) {
        ImportedJava.imageClass(javaPackage, image).writeTo(sourceRoot);
        written.add(path(javaPackage, image.className()));
      }
      if (!images.isEmpty()) {
        ImportedJava.setClass(javaPackage, images).writeTo(sourceRoot);
        written.add(path(javaPackage, ImportedJava.SET_CLASS));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write under " + sourceRoot + ": " + e.getMessage(), e);
    }
    Generator generator = new Generator("src/main/java", "./mvnw -Pgenerate");
    for (ImportedImage image : images) {
      String rendered = generator.render(image.image(Importer.class)).content();
      lines.add(image.input().path() + ": " + RoundTrip.compare(image.input().text(), rendered).summary());
    }
    lines.sort(null);
    lines.forEach(log);
    return new Result(written, lines, refused);
  }

  /** The image name for a Dockerfile at {@code path}: its words, without the word Dockerfile. */
  static String imageName(String path) {
    List<String> words = new ArrayList<>();
    for (String word : path.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!word.isEmpty() && !word.equals("dockerfile") && !word.equals("containerfile")) {
        words.add(word);
      }
    }
    String name = words.isEmpty() ? "image" : String.join("-", words);
    name = Character.isLetter(name.charAt(0)) ? name : "image-" + name;
    return name.length() > 40 ? name.substring(0, 40).replaceAll("-+$", "") : name;
  }

  private static String unique(String name, Set<String> taken) {
    String found = name;
    for (int n = 2; !taken.add(found); n++) {
      String suffix = "-" + n;
      found = name.substring(0, Math.min(name.length(), 40 - suffix.length())) + suffix;
    }
    return found;
  }

  /** {@code debian-apt} as {@code DebianAptImage}. */
  static String className(String imageName) {
    StringBuilder out = new StringBuilder();
    for (String word : imageName.split("-")) {
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return out.append("Image").toString();
  }

  private static String path(String javaPackage, String className) {
    return javaPackage.replace('.', '/') + "/" + className + ".java";
  }
}
