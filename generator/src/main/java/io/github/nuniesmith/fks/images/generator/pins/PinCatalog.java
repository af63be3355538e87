package io.github.nuniesmith.fks.images.generator.pins;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version catalog: requirements files, one or more per tier, that bots can update and the
 * definitions read through generated constants. Reading it checks every line; the first problem is
 * a {@link DefinitionException} whose message starts with {@code file:line}.
 *
 * <p>A file holds comments, blank lines, PEP 508 requirements (a trailing {@code # comment} is
 * allowed) and at most one {@code --index-url <url>}, which, as for pip, applies to the whole file.
 * Pins linked across files are checked here too, where their lines are known: the torch family is
 * one release in every file ({@link TorchFamilyPins}).
 *
 * @param files the files, sorted by path
 */
public record PinCatalog(List<PinFile> files) {
  private static final Pattern FILE_NAME = Pattern.compile("([a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*)\\.txt");
  // Renovate reads only this form: the option at the start of the line, one space, the URL.
  private static final Pattern INDEX_URL = Pattern.compile("--index-url (\\S+)");
  private static final Pattern PYTORCH_INDEX = Pattern.compile("https://download\\.pytorch\\.org/whl/([a-z0-9]+)");

  /** Copies the list. */
  public PinCatalog {
    files = List.copyOf(files);
  }

  /**
   * Reads the catalog from each file's path (as it should appear in messages, ending in the file
   * name) and text. {@code enclosingClass} is the simple name of the class the files become nested
   * classes of; no file may take its name.
   */
  public static PinCatalog read(Map<String, String> texts, String enclosingClass) {
    Map<String, String> sorted = new TreeMap<>(texts);
    Map<String, PinFile> byClass = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      PinFile file = readFile(e.getKey(), e.getValue());
      if (file.className().equals(enclosingClass)) {
        throw new DefinitionException(file.path() + ": becomes the class " + enclosingClass + "." + file.className()
            + ", which Java forbids inside " + enclosingClass + ": rename the file");
      }
      PinFile other = byClass.putIfAbsent(file.className(), file);
      if (other != null) {
        throw new DefinitionException(file.path() + ": becomes the class " + enclosingClass + "." + file.className()
            + ", as " + other.path() + " does: rename one of them");
      }
    }
    List<PinFile> files = List.copyOf(byClass.values());
    TorchFamilyPins.check(files);
    return new PinCatalog(files);
  }

  private static PinFile readFile(String path, String text) {
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    Matcher name = FILE_NAME.matcher(fileName);
    if (!name.matches()) {
      throw new DefinitionException(path + ": is not a catalog file name: use lowercase letters, digits and -,"
          + " starting with a letter and ending in .txt, e.g. ml-torch.txt");
    }
    Optional<PackageIndex> index = Optional.empty();
    Map<String, Pin> pins = new LinkedHashMap<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String where = path + ":" + (i + 1);
      String line = withoutComment(lines.get(i)).strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher url = INDEX_URL.matcher(withoutComment(lines.get(i)).stripTrailing());
      if (url.matches()) {
        if (index.isPresent()) {
          throw new DefinitionException(where + ": a second --index-url: pip applies one to the whole file;"
              + " move the packages of another index to a file of their own");
        }
        index = Optional.of(index(where, url.group(1)));
      } else if (line.startsWith("--index-url") || line.startsWith("-i ")) {
        throw new DefinitionException(where + ": write the index as '--index-url <url>' at the start of the line,"
            + " with one space: Renovate's pip manager reads only that form");
      } else if (line.startsWith("-")) {
        throw new DefinitionException(where + ": " + quote(line) + " is not allowed in the catalog: write"
            + " requirements, comments and at most one --index-url");
      } else {
        Pin pin = pin(where, i + 1, line);
        Pin other = pins.putIfAbsent(pin.requirement().canonicalName(), pin);
        if (other != null) {
          throw new DefinitionException(where + ": " + quote(pin.requirement().name()) + " is the package "
              + quote(other.requirement().name()) + " of line " + other.line() + " (PEP 503 names; both would be "
              + className(name.group(1)) + "." + pin.constant() + "): keep one line");
        }
        if (pin.constant().equals(PinFile.INDEX_CONSTANT)) {
          throw new DefinitionException(where + ": " + quote(pin.requirement().name()) + " would be the constant "
              + PinFile.INDEX_CONSTANT + ", which holds the file's --index-url: move it to a file of its own");
        }
      }
    }
    return new PinFile(path, className(name.group(1)), index, List.copyOf(pins.values()));
  }

  private static Pin pin(String where, int line, String text) {
    try {
      PipRequirement requirement = PipRequirement.parse(text);
      return new Pin(line, Pin.constantName(requirement), requirement);
    } catch (DefinitionException e) {
      throw new DefinitionException(where + ": " + e.getMessage());
    }
  }

  private static PackageIndex index(String where, String url) {
    try {
      Matcher pytorch = PYTORCH_INDEX.matcher(url);
      return pytorch.matches() ? PackageIndex.pytorch(pytorch.group(1)) : new PackageIndex(url, "");
    } catch (DefinitionException e) {
      throw new DefinitionException(where + ": " + e.getMessage());
    }
  }

  /** The line before a {@code #} that starts it or follows whitespace, as pip reads comments. */
  private static String withoutComment(String line) {
    Matcher m = Pattern.compile("(^|\\s)#").matcher(line);
    return m.find() ? line.substring(0, m.start()) : line;
  }

  /** {@code ml-torch} becomes {@code MlTorch}. */
  static String className(String baseName) {
    StringBuilder out = new StringBuilder();
    for (String part : baseName.split("[-_.]")) {
      out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
    }
    return out.toString();
  }

  private static String quote(String text) {
    return "'" + text + "'";
  }
}
