package io.github.nuniesmith.fks.images.generator.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A Dockerfile to import.
 *
 * @param path its path relative to the folder it was found in, with {@code /}; for a file given
 *     alone, its file name. The imported image is rendered to this path.
 * @param file where it is
 * @param folder the real path its real path must stay inside: the folder it was found in, or for a
 *     file given alone, that file
 */
public record DockerfileInput(String path, Path file, Path folder) {
  /**
   * Its text: strict UTF-8, a leading byte-order mark dropped (BuildKit drops it too).
   *
   * @throws IllegalArgumentException naming {@link #path}: for a symbolic link to a file outside the
   *     folder, text that is not UTF-8, or an invisible Unicode format character (category Cf, such as
   *     a zero-width space or a bidirectional override), which the model refuses for safety
   */
  public String text() {
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(folder)) {
        throw new IllegalArgumentException(path + ": is a symbolic link to " + real + ", outside the folder "
            + folder + ": the import follows no link out of its folder; copy the file in instead");
      }
      String text = decode(Files.readAllBytes(real));
      return refuseFormatCharacters(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(path + ": is not UTF-8 text: save it as UTF-8 and import it again", e);
    }
  }

  /**
   * The model's rule (dsl {@code Checks.printable}, package-private there, so not callable from here):
   * no character of Unicode category Cf, since what a reviewer reads would differ from what runs.
   */
  private String refuseFormatCharacters(String text) {
    int line = 1;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      int c = text.codePointAt(i);
      if (c == '\n') {
        line++;
      } else if (Character.getType(c) == Character.FORMAT) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s line %d: holds the invisible format"
            + " character U+%04X, which the model refuses for safety (what a reviewer reads would differ from"
            + " what runs): remove it and import the file again", path, line, c));
      }
    }
    return text;
  }
}
