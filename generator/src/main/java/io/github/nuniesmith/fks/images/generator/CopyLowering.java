package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.Add;
import io.github.nuniesmith.fks.images.dsl.Copy;
import io.github.nuniesmith.fks.images.dsl.CopyFrom;
import io.github.nuniesmith.fks.images.dsl.HeredocFile;
import io.github.nuniesmith.fks.images.dsl.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns COPY and ADD steps into instructions: flags, then sources and destination, or a heredoc. */
final class CopyLowering {
  /** A path with a blank ({@code \\s}) or a quote is one argument only in the JSON form. */
  private static final String NEEDS_JSON = " \t\n\u000B\f\r\"";
  private static final Pattern OCTAL = Pattern.compile("[0-7]{3,4}");

  private CopyLowering() {}

  /** {@code COPY [flags] sources destination}, or {@code COPY [flags] <<"EOF" destination} and the texts. */
  static Instruction copy(Copy copy) {
    return copy(copy, copy.from().flag().orElse(""));
  }

  /** As {@link #copy(Copy)}, with {@code from} as the {@code --from} value (none when empty). */
  static Instruction copy(Copy copy, String from) {
    List<String> words = new ArrayList<>();
    if (!from.isEmpty()) {
      words.add("--from=" + from);
    }
    copy.chown().ifPresent(o -> words.add("--chown=" + o));
    copy.chmod().ifPresent(m -> words.add("--chmod=" + m));
    if (copy.link()) {
      words.add("--link");
    }
    if (copy.parents()) {
      words.add("--parents");
    }
    copy.excludes().forEach(e -> words.add("--exclude=" + e));
    if (!copy.heredocs().isEmpty()) {
      return Instruction.Other.of("COPY", heredocs(words, copy.heredocs(), copy.destination()));
    }
    return Instruction.Other.of("COPY", arguments(words, copy.sources(), copy.destination()));
  }

  /** {@code ADD [flags] sources destination}, or the heredocs and destination and the texts. */
  static Instruction add(Add add) {
    List<String> words = new ArrayList<>();
    add.checksum().ifPresent(c -> words.add("--checksum=" + c));
    if (add.keepGitDir()) {
      words.add("--keep-git-dir=true");
    }
    add.unpack().ifPresent(u -> words.add("--unpack=" + u));
    add.chown().ifPresent(o -> words.add("--chown=" + o));
    add.chmod().ifPresent(m -> words.add("--chmod=" + m));
    if (add.link()) {
      words.add("--link");
    }
    add.excludes().forEach(e -> words.add("--exclude=" + e));
    if (!add.heredocs().isEmpty()) {
      return Instruction.Other.of("ADD", heredocs(words, add.heredocs(), add.destination()));
    }
    return Instruction.Other.of("ADD", arguments(words, add.sources(), add.destination()));
  }

  /**
   * The least Dockerfile syntax 1.N that {@code step} needs, 0 when it is no COPY or ADD (Dockerfile
   * release notes): 1.4 heredocs, --link and named contexts; 1.6 ADD --checksum and git sources; 1.14 a
   * symbolic --chmod; 1.16 a git --checksum; 1.17 --unpack; 1.19 --exclude; 1.20 --parents.
   */
  static int syntax(Step step) {
    int least = 0;
    if (step instanceof Copy copy) {
      least = Math.max(!copy.heredocs().isEmpty() || copy.link() || copy.from() instanceof CopyFrom.NamedContext ? 4 : 0,
          mode(copy.chmod().orElse("")));
      least = Math.max(least, copy.parents() ? 20 : copy.excludes().isEmpty() ? 0 : 19);
    } else if (step instanceof Add add) {
      boolean git = add.sources().stream().anyMatch(Add::isGit);
      least = Math.max(add.link() || !add.heredocs().isEmpty() ? 4 : 0, git || add.checksum().isPresent() ? 6 : 0);
      least = Math.max(least, mode(add.chmod().orElse("")));
      least = Math.max(least, git && add.checksum().isPresent() ? 16 : 0);
      least = Math.max(least, add.unpack().isPresent() ? 17 : 0);
      least = Math.max(least, add.excludes().isEmpty() ? 0 : 19);
    }
    return least;
  }

  /** 1.14 for a symbolic mode; a variable counts as one, since it may hold one. */
  private static int mode(String chmod) {
    return chmod.isEmpty() || OCTAL.matcher(chmod).matches() ? 0 : 14;
  }

  /** The flags, then the paths: as words, or as a JSON array when a path would not stay one word. */
  private static String arguments(List<String> flags, List<String> sources, String destination) {
    StringBuilder words = new StringBuilder();
    for (String flag : flags) {
      words.append(flag).append(' ');
    }
    boolean json = needsJson(destination);
    for (String source : sources) {
      json |= needsJson(source);
    }
    if (json) {
      List<String> paths = new ArrayList<>(sources);
      paths.add(destination);
      return words.append(ShellQuoting.jsonArray(paths)).toString();
    }
    for (String source : sources) {
      words.append(source).append(' ');
    }
    return words.append(destination).toString();
  }

  /** Whether {@code path} stays one argument only in the JSON form; a loop, not a pattern, as every COPY passes here. */
  private static boolean needsJson(String path) {
    for (int i = 0; i < path.length(); i++) {
      if (NEEDS_JSON.indexOf(path.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The flags, a marker for each heredoc ({@code <<"EOF"}, quoted unless Docker expands it) and {@code
   * destination}, then each text ended by its name; each line of a file ends with a newline.
   */
  private static String heredocs(List<String> flags, List<HeredocFile> files, String destination) {
    List<String> words = new ArrayList<>(flags);
    for (HeredocFile file : files) {
      words.add("<<" + (file.stripTabs() ? "-" : "") + (file.expand() ? file.name() : "\"" + file.name() + "\""));
    }
    words.add(destination);
    StringBuilder out = new StringBuilder(String.join(" ", words)).append('\n');
    for (HeredocFile file : files) {
      String text = file.content();
      String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
      if (!text.isEmpty()) {
        out.append(body).append('\n');
      }
      out.append(file.name()).append('\n');
    }
    // A blank line after the delimiter: hadolint cannot read an instruction right below it (hadolint#960).
    return out.toString();
  }
}
