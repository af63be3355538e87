package io.github.nuniesmith.fks.images.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A writer in a process of its own, for the tests of concurrent and killed runs: it writes
 * generations of files into a repository's two output folders ({@code generated/} and
 * {@code .github/workflows/}) in one transaction, as the generate goal does. It reads one command a
 * line from standard input and answers one line:
 * <ul>
 *   <li>{@code write <name> <round>}: writes that generation; {@code ok} (with {@code waited} where it
 *       waited for another run), or {@code error <message>}</li>
 *   <li>{@code hold}: takes the folders' lock ({@code held}) until the next line ({@code released})</li>
 *   <li>{@code recover}: takes the folders' lock, which finishes or undoes an interrupted run, and
 *       releases it ({@code recovered})</li>
 * </ul>
 */
public final class WriterProcess {
  /** Files every generation writes into generated/, with text of its own. */
  static final int COMMON_FILES = 12;
  /** Files only a generation of one name writes, in a folder of that name. */
  static final int OWN_FILES = 4;

  private WriterProcess() {}

  @SuppressWarnings("try") // "hold" keeps the lock for its block
  public static void main(String[] args) throws IOException {
    Path repository = Paths.get(args[0]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String[] command = line.split(" ");
      if (command[0].equals("recover")) {
        OutputSync.lock(folders(repository), Duration.ofMinutes(1), m -> { }).close();
        out.println("recovered");
      } else if (command[0].equals("hold")) {
        try (OutputSync.Lock lock = OutputSync.lock(folders(repository), Duration.ofMinutes(1), m -> { })) {
          out.println("held");
          in.readLine();
        }
        out.println("released");
      } else {
        List<String> messages = new ArrayList<>();
        try {
          OutputSync.write(generation(repository, command[1], Integer.parseInt(command[2])), false, messages::add);
          out.println(messages.stream().anyMatch(m -> m.contains("waiting")) ? "ok waited" : "ok");
        } catch (RuntimeException e) {
          out.println("error " + e.getMessage().replace('\n', ' '));
        }
      }
    }
  }

  /** Starts a writer on {@code repository} with the test classpath and {@code options} for its JVM. */
  static Process start(Path repository, String... options) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
    command.addAll(List.of(options));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), WriterProcess.class.getName(),
        repository.toString()));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  /** The syncs of the repository's two output folders. */
  static List<OutputSync> folders(Path repository) {
    return List.of(new OutputSync(repository.resolve("generated"), Generator.MARKER),
        new OutputSync(repository.resolve(".github/workflows"), Generator.MARKER));
  }

  /** What the generation {@code name} of {@code round} writes into each output folder. */
  static Map<OutputSync, List<GeneratedFile>> generation(Path repository, String name, int round) {
    Map<OutputSync, List<GeneratedFile>> files = new LinkedHashMap<>();
    List<OutputSync> folders = folders(repository);
    files.put(folders.get(0), relative(files(name, round), "generated/"));
    files.put(folders.get(1), relative(files(name, round), ".github/workflows/"));
    return files;
  }

  /**
   * Every file and folder the repository holds after the generation {@code name} of {@code round}
   * was written, as {@link #snapshot} shows them.
   */
  static Map<String, String> expected(String name, int round) {
    Map<String, String> out = new TreeMap<>();
    files(name, round).forEach((path, text) -> {
      out.put(path, text);
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        out.put(path.substring(0, slash + 1), "<folder>");
      }
    });
    return out;
  }

  /** Every file and folder under {@code root}: files to their text, folders (ending in /) to a mark. */
  static Map<String, String> snapshot(Path root) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(p -> !p.equals(root)).toList()) {
        String name = root.relativize(p).toString().replace('\\', '/');
        out.put(Files.isDirectory(p) ? name + "/" : name,
            Files.isDirectory(p) ? "<folder>" : Files.readString(p, StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The files of a generation, from the repository root. */
  private static Map<String, String> files(String name, int round) {
    Map<String, String> files = new TreeMap<>();
    for (int i = 0; i < COMMON_FILES; i++) {
      files.put("generated/docker/Dockerfile." + i, text(name, round, "common " + i));
    }
    for (int i = 0; i < OWN_FILES; i++) {
      files.put("generated/" + name + "/Dockerfile." + i, text(name, round, "own " + i));
    }
    files.put(".github/workflows/build-images.yml", text(name, round, "workflow"));
    files.put(".github/workflows/" + name + ".yml", text(name, round, "own workflow"));
    return files;
  }

  private static List<GeneratedFile> relative(Map<String, String> files, String folder) {
    return files.entrySet().stream().filter(f -> f.getKey().startsWith(folder))
        .map(f -> new GeneratedFile(f.getKey().substring(folder.length()), f.getValue())).toList();
  }

  private static String text(String name, int round, String what) {
    return ContentSeal.seal("# " + Generator.MARKER + " (test).\n# " + ContentSeal.PENDING + "\nFROM " + name
        + ":" + round + "\nLABEL what=\"" + what + "\"\n" + "RUN true\n".repeat(20));
  }
}
