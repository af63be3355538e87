package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.generator.FileSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a successful generate read and left behind, kept in the module's {@code target/} so that the
 * next run can skip all work when nothing changed: its parameters, a snapshot of every file it read
 * or wrote, the output folders it wrote, and the lines a run that changes nothing logs.
 *
 * @param parameters every parameter and property the run read, by name
 * @param outputs the output folders it wrote, which the next run's snapshot takes again
 * @param files the snapshot of its inputs before the run and of its outputs after it
 * @param log what a run that changes nothing logs before and after its "up to date" line
 */
record GenerateStamp(SortedMap<String, String> parameters, List<Path> outputs, FileSnapshot files, List<Line> log) {
  /** Bumped when what the stamp holds or means changes: a stamp of another format is ignored. */
  static final int FORMAT = 1;

  /** Copies the collections. */
  GenerateStamp {
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    outputs = List.copyOf(outputs);
    log = List.copyOf(log);
  }

  /**
   * A logged line.
   *
   * @param level info or warn
   * @param text what was logged
   */
  record Line(String level, String text) {}

  /**
   * The stamp in {@code file}, written by the plugin {@code version}; empty when there is none, it is
   * another version's or another format's, or it cannot be read: the run then does all its work.
   */
  static Optional<GenerateStamp> read(Path file, String version) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    if (lines.isEmpty() || !lines.get(0).equals(header(version))) {
      return Optional.empty();
    }
    SortedMap<String, String> parameters = new TreeMap<>();
    List<Path> outputs = new ArrayList<>();
    Map<String, FileSnapshot.Entry> entries = new HashMap<>();
    List<Line> log = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> fields = fields(line);
      String kind = fields.get(0);
      if (kind.equals("entry") && fields.size() == 4) {
        entries.put(fields.get(1), new FileSnapshot.Entry(fields.get(2), fields.get(3)));
      } else if (kind.equals("parameter") && fields.size() == 3) {
        parameters.put(fields.get(1), fields.get(2));
      } else if (kind.equals("output") && fields.size() == 2) {
        outputs.add(Path.of(fields.get(1)));
      } else if (kind.equals("log") && fields.size() == 3) {
        log.add(new Line(fields.get(1), fields.get(2)));
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new GenerateStamp(parameters, outputs, new FileSnapshot(entries), log));
  }

  /** Writes the stamp to {@code file} for the plugin {@code version}, replacing the old one in one move. */
  void write(Path file, String version) {
    StringBuilder out = new StringBuilder(header(version)).append('\n');
    parameters.forEach((name, value) -> line(out, "parameter", name, value));
    outputs.forEach(folder -> line(out, "output", folder.toString()));
    files.sorted().forEach((path, entry) -> line(out, "entry", path, entry.content(), entry.metadata()));
    log.forEach(l -> line(out, "log", l.level(), l.text()));
    Path staged = null;
    try {
      Files.createDirectories(file.getParent());
      staged = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
      Files.writeString(staged, out, StandardCharsets.UTF_8);
      Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (staged != null) {
        try {
          Files.deleteIfExists(staged);
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new UncheckedIOException("cannot write the stamp " + file, e);
    }
  }

  private static String header(String version) {
    return "fks-images generate stamp " + FORMAT + " of plugin " + version;
  }

  private static void line(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      String field = fields[i];
      for (int c = 0; c < field.length(); c++) {
        char ch = field.charAt(c);
        switch (ch) {
          case '\\' -> out.append("\\\\");
          case '\t' -> out.append("\\t");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          default -> out.append(ch);
        }
      }
    }
    out.append('\n');
  }

  /** The tab-separated fields of {@code line}, unescaped. */
  private static List<String> fields(String line) {
    if (line.indexOf('\\') < 0) {
      return List.of(line.split("\t", -1));
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        field.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
