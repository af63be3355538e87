package io.github.nuniesmith.fks.images.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.generator.DockerfileInstructions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The corpus covers the Dockerfile reference: every instruction, flag, mount option and directive. */
class CorpusTest {
  /** The instructions of the Dockerfile reference. */
  private static final Set<String> KEYWORDS = Set.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE",
      "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME",
      "WORKDIR");
  /** The flags of each instruction in the stable reference. */
  private static final Map<String, Set<String>> FLAGS = Map.of(
      "FROM", Set.of("--platform"),
      "RUN", Set.of("--mount", "--network", "--security"),
      "COPY", Set.of("--from", "--chown", "--chmod", "--link", "--parents", "--exclude"),
      "ADD", Set.of("--chown", "--chmod", "--link", "--exclude", "--checksum", "--keep-git-dir", "--unpack"),
      "HEALTHCHECK", Set.of("--interval", "--timeout", "--start-period", "--start-interval", "--retries"));
  /** The options of each mount type, aliases under the name {@link MountOptions} gives them. */
  private static final Map<String, Set<String>> MOUNT_OPTIONS = Map.of(
      "bind", Set.of("target", "source", "from", "readwrite"),
      "cache", Set.of("id", "target", "readonly", "sharing", "from", "source", "mode", "uid", "gid"),
      "tmpfs", Set.of("target", "size"),
      "secret", Set.of("id", "target", "env", "required", "mode", "uid", "gid"),
      "ssh", Set.of("id", "target", "required", "mode", "uid", "gid"));

  private static List<ReadInstruction> all() {
    List<ReadInstruction> all = new ArrayList<>();
    for (DockerfileInput input : Corpus.files()) {
      for (ReadInstruction r : Corpus.read(input.path())) {
        all.add(r);
        r.wrapped().ifPresent(all::add);
      }
    }
    return all;
  }

  @Test
  void coversEveryInstructionAndEveryFlag() {
    Map<String, Set<String>> flags = new TreeMap<>();
    for (ReadInstruction r : all()) {
      Set<String> names = flags.computeIfAbsent(r.keyword(), k -> new TreeSet<>());
      r.flags().forEach(f -> names.add(f.split("=", 2)[0]));
    }

    assertThat(flags.keySet()).containsAll(KEYWORDS);
    FLAGS.forEach((keyword, names) -> assertThat(flags.get(keyword)).as(keyword).containsAll(names));
  }

  @Test
  void coversEveryMountTypeWithEveryOptionAndEveryNetworkAndSecurityMode() {
    Map<String, Set<String>> options = new TreeMap<>();
    Set<String> modes = new TreeSet<>();
    for (ReadInstruction r : all()) {
      for (String flag : r.flags()) {
        if (flag.startsWith("--mount=")) {
          List<String> fields = List.of(flag.substring("--mount=".length()).split(","));
          String type = fields.stream().filter(f -> f.startsWith("type=")).map(f -> f.substring(5)).findFirst()
              .orElseThrow();
          fields.stream().map(f -> f.split("=", 2)[0]).filter(k -> !k.equals("type"))
              .forEach(k -> options.computeIfAbsent(type, t -> new TreeSet<>()).add(k));
        } else if (flag.startsWith("--network=") || flag.startsWith("--security=")) {
          modes.add(flag);
        }
      }
    }

    MOUNT_OPTIONS.forEach((type, names) -> assertThat(options.get(type)).as(type).containsAll(names));
    assertThat(modes).contains("--network=default", "--network=none", "--network=host", "--security=insecure",
        "--security=sandbox");
  }

  @Test
  void coversEveryDirectiveFormAndSource() {
    Set<String> directives = new TreeSet<>();
    Set<String> forms = new TreeSet<>();
    for (DockerfileInput input : Corpus.files()) {
      directives.addAll(DockerfileInstructions.parse(input.text()).directives().keySet());
      for (ReadInstruction r : Corpus.read(input.path())) {
        forms.add(r.keyword() + " " + r.form());
        if (!r.heredocs().isEmpty()) {
          forms.add(r.keyword() + " heredoc");
        }
        r.wrapped().ifPresent(w -> forms.add(r.keyword() + " " + w.keyword() + (w.heredocs().isEmpty() ? ""
            : " heredoc")));
        if (r.keyword().equals("ADD") && !r.values().isEmpty()) {
          String source = r.values().get(0);
          forms.add("ADD " + (source.contains(".git#") ? "git" : source.startsWith("https://") ? "http" : "local"));
        }
      }
    }

    assertThat(directives).containsExactlyInAnyOrder("syntax", "escape", "check");
    assertThat(forms).contains("RUN SHELL", "RUN EXEC", "RUN heredoc", "CMD SHELL", "CMD EXEC", "ENTRYPOINT SHELL",
        "ENTRYPOINT EXEC", "VOLUME EXEC", "VOLUME WORDS", "COPY heredoc", "ADD heredoc", "COPY EXEC",
        "HEALTHCHECK CMD", "ONBUILD RUN heredoc", "ONBUILD COPY", "ADD git", "ADD http", "ADD local");
    assertThat(Corpus.shown("metadata/healthcheck.Dockerfile")).contains("HEALTHCHECK TEXT [NONE]");
    assertThat(Corpus.shown("variables/env-forms.Dockerfile")).contains("ENV PAIRS [PATH=/opt/app/bin:$PATH]");
  }
}
