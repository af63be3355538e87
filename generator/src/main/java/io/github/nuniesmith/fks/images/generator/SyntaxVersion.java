package io.github.nuniesmith.fks.images.generator;

import java.util.List;
import java.util.Optional;

/**
 * The least {@code docker/dockerfile:1.N} a Dockerfile needs, read from its rendered instructions: the
 * newest {@link DockerfileFeature} it uses. Reading the text rather than the model finds a flag
 * whichever step wrote it.
 */
public final class SyntaxVersion {
  private SyntaxVersion() {}

  /**
   * The minor version N of the least {@code docker/dockerfile:1.N} that has every feature of
   * {@code lines}: instructions as {@code KEYWORD arguments} with continuations joined, and parser
   * directive lines as {@code # key=value}; 0 when none needs more than 1.0.
   */
  public static int minor(List<String> lines) {
    return minor(lines, 0);
  }

  /**
   * The greater of {@code floor} and {@link #minor(List)}: only features newer than what the file
   * already needs are tried, as every Dockerfile the generator renders passes here.
   */
  static int minor(List<String> lines, int floor) {
    int minor = floor;
    for (String line : lines) {
      DockerfileFeature newest = newestOf(line, minor);
      minor = newest == null ? minor : newest.minor();
    }
    return minor;
  }

  /**
   * The greater of {@code floor} and what {@code instruction} needs, as {@link #minor(List, int)} of its
   * line ({@code KEYWORD parts}, joined by blanks), found by {@link #newest(String, List, int)}.
   */
  static int minor(Instruction instruction, int floor) {
    return minor(instruction.keyword(), instruction.parts(), floor);
  }

  /** The greater of {@code floor} and what the instruction of {@code keyword} and {@code parts} needs. */
  static int minor(String keyword, List<String> parts, int floor) {
    DockerfileFeature newest = newestOf(keyword, parts, floor);
    return newest == null ? floor : newest.minor();
  }

  /**
   * The newest feature newer than {@code above} that the instruction of {@code keyword} and {@code parts}
   * uses: {@link #newest(String)} of its line ({@code KEYWORD parts}, joined by blanks) when that is newer.
   * The line is joined and matched only when a part holds what such a feature needs, as every
   * instruction the generator renders and every line lint reads back passes here.
   */
  public static Optional<DockerfileFeature> newest(String keyword, List<String> parts, int above) {
    return Optional.ofNullable(newestOf(keyword, parts, above));
  }

  private static DockerfileFeature newestOf(String keyword, List<String> parts, int above) {
    // ONBUILD has the features of the instruction it wraps, which its line names.
    boolean newer = keyword.equals("ONBUILD");
    List<DockerfileFeature> features = DockerfileFeature.of(keyword);
    for (int i = 0; i < features.size() && !newer; i++) {
      DockerfileFeature f = features.get(i);
      newer = f.minor() > above && f.mayBeUsedBy(keyword, parts);
    }
    return newer ? newestOf(keyword + " " + String.join(" ", parts), above) : null;
  }

  /** The newest feature {@code line} uses, if any; for ONBUILD, the feature of the instruction it wraps. */
  public static Optional<DockerfileFeature> newest(String line) {
    return Optional.ofNullable(newestOf(line, -1));
  }

  /**
   * {@link #newest} among the features newer than {@code above}, or null; only the features of the
   * line's keyword are tried, as every line of every file passes here.
   */
  private static DockerfileFeature newestOf(String line, int above) {
    String instruction = DockerfileFeature.withoutOnbuild(line);
    DockerfileFeature newest = null;
    List<DockerfileFeature> features = DockerfileFeature.of(DockerfileFeature.keyword(instruction));
    for (int i = 0; i < features.size(); i++) {
      DockerfileFeature f = features.get(i);
      if (f.minor() > above && (newest == null || f.minor() >= newest.minor()) && f.matches(instruction)) {
        newest = f;
      }
    }
    return newest;
  }
}
