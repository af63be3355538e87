package io.github.nuniesmith.fks.images.generator.imports;

import com.palantir.javapoet.CodeBlock;
import io.github.nuniesmith.fks.images.dsl.Add;
import io.github.nuniesmith.fks.images.dsl.Arg;
import io.github.nuniesmith.fks.images.dsl.ContainerCommand;
import io.github.nuniesmith.fks.images.dsl.Copy;
import io.github.nuniesmith.fks.images.dsl.CopyFrom;
import io.github.nuniesmith.fks.images.dsl.Env;
import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Heredoc;
import io.github.nuniesmith.fks.images.dsl.HeredocFile;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Labels;
import io.github.nuniesmith.fks.images.dsl.Run;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.generator.DockerfileInstructions.Instruction;
import io.github.nuniesmith.fks.images.generator.DockerfileInstructions;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.JsonArguments;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Dockerfile into the builder calls of the DSL, instruction by instruction: each becomes the
 * typed step that renders the same instruction, with the comment lines above it kept as a comment step.
 */
final class DockerfileImport {
  private static final Pattern DIRECTIVE = Pattern.compile("#\\s*(?i:syntax|escape|check)\\s*=.*");
  /**
   * The model's message for a variable no step of the stage declares, which only its parent image's ENV
   * can set there (BuildKit gives a stage's steps neither a global ARG nor TARGETARCH and the like
   * without an ARG line): its stage and name.
   */
  private static final Pattern PARENT_ENV = Pattern.compile("stage (\\S+) / .*refers to \\$\\{(\\w+)\\}, (?:which"
      + " Docker predefines for FROM lines only|a global ARG|.*name it with parentEnv\\(\"\\w+\"\\))");
  /** A source word that opens a heredoc, e.g. {@code <<EOF} or {@code <<-'EOF'}. */
  private static final Pattern HEREDOC_WORD = Pattern.compile("\\d*<<.+");
  private static final Pattern GO_DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  /** Renders the apt step to compare it with a RUN. */
  private static final Generator PROBE = new Generator("src/main/java", "./mvnw -Pimport");

  private final DockerfileInput input;
  private final String[] lines;
  private final char escape;
  private final List<String> stageNames = new ArrayList<>();
  private final List<String> unnamed = new ArrayList<>();
  private List<String> pendingComment = List.of();
  /** The image the last FROM starts from, when it is not an earlier stage. */
  private Optional<String> fromImage = Optional.empty();

  private DockerfileImport(DockerfileInput input, String[] lines, char escape) {
    this.input = input;
    this.lines = lines;
    this.escape = escape;
  }

  /**
   * {@code input} read into calls, as the image {@code name} written by the class {@code className}.
   *
   * @throws IllegalArgumentException naming the file and line, for text the parser or the model refuses
   */
  static ImportedImage read(DockerfileInput input, String name, String className) {
    String text = input.text();
    DockerfileInstructions.Parsed parsed;
    try {
      parsed = DockerfileInstructions.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(input.path() + " " + e.getMessage(), e);
    }
    DockerfileImport reader = new DockerfileImport(input, text.split("\r?\n", -1), parsed.escape());
    List<BuilderCall<Image.Builder>> imageCalls = new ArrayList<>();
    if (parsed.escape() != '\\') {
      char e = parsed.escape();
      imageCalls.add(BuilderCall.of(b -> b.escape(e), ".escape($L)", CodeBlock.of("'$L'", e)));
    }
    if (parsed.directives().containsKey("check")) {
      String check = parsed.directives().get("check");
      imageCalls.add(BuilderCall.of(b -> b.check(check), ".check($S)", check));
    }
    List<ImportedImage.ImportedStage> stages = new ArrayList<>();
    String stageName = null;
    List<BuilderCall<Stage.Builder>> calls = new ArrayList<>();
    Image.Builder liveImage = Image.builder(name, input.path(), DockerfileImport.class);
    Stage.Builder live = null;
    for (Instruction instruction : parsed.instructions()) {
      // Each call is made at once on a live builder, so that the model's refusal names this line.
      try {
        if (instruction.keyword().equals("FROM")) {
          if (stageName != null) {
            stages.add(new ImportedImage.ImportedStage(stageName, calls, reader.fromImage));
          }
          calls = new ArrayList<>();
          stageName = reader.from(instruction, calls);
          live = Stage.builder(stageName);
          for (BuilderCall<Stage.Builder> call : calls) {
            call.apply().accept(live);
          }
        } else if (stageName == null) {
          BuilderCall<Image.Builder> arg = reader.globalArg(instruction);
          arg.apply().accept(liveImage);
          imageCalls.add(arg);
        } else {
          Optional<BuilderCall<Stage.Builder>> comment = reader.comment(instruction);
          BuilderCall<Stage.Builder> step = reader.step(instruction.keyword(), instruction.arguments(),
              instruction.heredocs());
          step.apply().accept(live);
          comment.ifPresent(calls::add);
          calls.add(step);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(input.path() + " line " + instruction.line() + ": " + instruction.keyword()
            + " cannot be imported: " + e.getMessage(), e);
      }
    }
    if (stageName == null) {
      throw new IllegalArgumentException(input.path() + ": has no FROM: a Dockerfile starts a stage with FROM");
    }
    stages.add(new ImportedImage.ImportedStage(stageName, calls, reader.fromImage));
    String[] unnamed = reader.unnamed.toArray(String[]::new);
    imageCalls.add(0, BuilderCall.of(b -> b.asWritten(unnamed), ".asWritten($L)", strings(reader.unnamed)));
    Map<String, List<String>> parentEnv = new LinkedHashMap<>();
    while (true) {
      ImportedImage imported = new ImportedImage(input, name, className, imageCalls, withParentEnv(stages, parentEnv));
      try {
        imported.image(DockerfileImport.class);
        return imported;
      } catch (IllegalArgumentException e) {
        // A variable no ARG or ENV of the file declares comes from the parent image: the model is told so.
        Matcher parent = PARENT_ENV.matcher(String.valueOf(e.getMessage()));
        if (!parent.find() || parentEnv.getOrDefault(parent.group(1), List.of()).contains(parent.group(2))) {
          throw new IllegalArgumentException(input.path() + ": cannot be imported: " + e.getMessage(), e);
        }
        parentEnv.computeIfAbsent(parent.group(1), k -> new ArrayList<>()).add(parent.group(2));
      }
    }
  }

  /** {@code stages}, each told the variables {@code parentEnv} says its parent image sets. */
  private static List<ImportedImage.ImportedStage> withParentEnv(List<ImportedImage.ImportedStage> stages,
      Map<String, List<String>> parentEnv) {
    List<ImportedImage.ImportedStage> out = new ArrayList<>();
    for (ImportedImage.ImportedStage stage : stages) {
      List<String> names = parentEnv.getOrDefault(stage.name(), List.of());
      if (names.isEmpty()) {
        out.add(stage);
        continue;
      }
      String[] array = names.toArray(String[]::new);
      List<BuilderCall<Stage.Builder>> calls = new ArrayList<>(stage.calls());
      calls.add(1, BuilderCall.of(b -> b.parentEnv(array), ".parentEnv($L)", strings(names)));
      out.add(new ImportedImage.ImportedStage(stage.name(), calls, stage.image()));
    }
    return out;
  }

  /** The comment lines right above {@code instruction} (and above the FROM before it), as a comment step. */
  private Optional<BuilderCall<Stage.Builder>> comment(Instruction instruction) {
    List<String> found = new ArrayList<>(pendingComment);
    pendingComment = List.of();
    found.addAll(commentLines(instruction));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String text = String.join("\n", found);
    return Optional.of(BuilderCall.of(b -> b.comment(text), ".comment($S)", text));
  }

  /** The comment lines right above {@code instruction}, without their {@code #}. */
  private List<String> commentLines(Instruction instruction) {
    List<String> found = new ArrayList<>();
    for (int i = instruction.line() - 2; i >= 0; i--) {
      String line = lines[i].strip();
      if (!line.startsWith("#") || DIRECTIVE.matcher(line).matches() && i < directiveLines()) {
        break;
      }
      found.add(0, line.substring(1).startsWith(" ") ? line.substring(2) : line.substring(1));
    }
    return found;
  }

  private int directiveLines() {
    int i = 0;
    while (i < lines.length && DIRECTIVE.matcher(lines[i].strip()).matches()) {
      i++;
    }
    return i;
  }

  /** FROM: adds the calls that start the stage; its name, as written or {@code stage-N}. */
  private String from(Instruction instruction, List<BuilderCall<Stage.Builder>> calls) {
    BuilderFlags split = BuilderFlags.split(instruction.arguments());
    String[] words = split.rest().split("\\s+");
    // BuildKit expands the image with its shell lexer, which removes quotes: FROM "${BASEIMAGE}".
    String reference = DockerLexer.plainWhenQuoted(words[0], escape);
    // BuildKit reads stage names in any case; the model's are lower case.
    String name = words.length == 3 && words[1].equalsIgnoreCase("as") ? words[2].toLowerCase(Locale.ROOT) : null;
    if (words.length != 1 && name == null) {
      throw new IllegalArgumentException("FROM " + split.rest() + " is not FROM image [AS name]");
    }
    if (name == null) {
      int n = stageNames.size();
      name = "stage-" + n;
      while (stageNames.contains(name)) {
        name = "stage-" + ++n;
      }
      unnamed.add(name);
    }
    // The model has no comment above FROM: the one written there goes above the stage's first step.
    pendingComment = commentLines(instruction);
    if (stageNames.contains(reference.toLowerCase(Locale.ROOT))) {
      String previous = reference.toLowerCase(Locale.ROOT);
      calls.add(BuilderCall.of(b -> b.from(new From.Previous(previous)), ".from(new $T($S))", From.Previous.class,
          previous));
    } else {
      calls.add(BuilderCall.of(b -> b.from(reference), ".from($S)", reference));
    }
    fromImage = stageNames.contains(reference.toLowerCase(Locale.ROOT)) ? Optional.empty() : Optional.of(reference);
    for (String flag : split.flags()) {
      if (flag.startsWith("--platform=")) {
        String platform = flag.substring("--platform=".length());
        calls.add(BuilderCall.of(b -> b.platform(platform), ".platform($S)", platform));
      } else {
        throw new IllegalArgumentException("FROM has the flag " + flag + ", which the model has no step for");
      }
    }
    stageNames.add(name);
    return name;
  }

  private BuilderCall<Image.Builder> globalArg(Instruction instruction) {
    if (!instruction.keyword().equals("ARG")) {
      throw new IllegalArgumentException("only ARG may come before the first FROM");
    }
    List<String[]> args = argPairs(instruction.arguments());
    if (args.size() == 1) {
      String name = args.get(0)[0];
      String value = args.get(0)[1];
      return value == null ? BuilderCall.of(b -> b.arg(name), ".arg($S)", name)
          : BuilderCall.of(b -> b.arg(name, value), ".arg($S, $S)", name, value);
    }
    Arg[] declared = declared(args);
    return BuilderCall.of(b -> b.args(declared), ".args($L)", argsCode(args));
  }

  /** The names and defaults of an ARG, unescaped; a default with a literal {@code $} has no form in the model. */
  private List<String[]> argPairs(String arguments) {
    List<String[]> args = pairs(arguments, false);
    List<String> literal = unescapeValues(args);
    if (!literal.isEmpty()) {
      throw new IllegalArgumentException("ARG " + literal.get(0) + " has a default with a literal $, which the model"
          + " has no form for: Docker expands an ARG default");
    }
    return args;
  }

  /** The ARGs of one instruction, each with its default if it has one. */
  private static Arg[] declared(List<String[]> args) {
    return args.stream().map(a -> a[1] == null ? Arg.of(a[0]) : Arg.of(a[0], a[1])).toArray(Arg[]::new);
  }

  private static CodeBlock argsCode(List<String[]> args) {
    return args.stream().map(a -> a[1] == null ? CodeBlock.of("$T.of($S)", Arg.class, a[0])
        : CodeBlock.of("$T.of($S, $S)", Arg.class, a[0], a[1])).collect(CodeBlock.joining(", "));
  }

  /** Any instruction in a stage. */
  private BuilderCall<Stage.Builder> step(String keyword, String arguments,
      List<DockerfileInstructions.Heredoc> heredocs) {
    BuilderFlags split = BuilderFlags.split(arguments);
    String rest = split.rest();
    Optional<List<String>> exec = JsonArguments.read(rest);
    switch (keyword) {
      case "RUN":
        return exec.isEmpty() && heredocs.isEmpty() ? apt(arguments).orElseGet(() -> run(split, exec, heredocs))
            : run(split, exec, heredocs);
      case "COPY":
      case "ADD":
        return copy(keyword, split, exec, heredocs);
      case "ARG": {
        List<String[]> args = argPairs(arguments);
        if (args.size() != 1) {
          Arg[] declared = declared(args);
          return BuilderCall.of(b -> b.args(declared), ".args($L)", argsCode(args));
        }
        String name = args.get(0)[0];
        String value = args.get(0)[1];
        return value == null ? BuilderCall.of(b -> b.arg(name), ".arg($S)", name)
            : BuilderCall.of(b -> b.arg(name, value), ".arg($S, $S)", name, value);
      }
      case "ENV":
        return env(arguments);
      case "LABEL":
        return labels(arguments);
      case "USER": {
        String user = DockerLexer.plainWhenQuoted(rest, escape);
        return BuilderCall.of(b -> b.user(user), ".user($S)", user);
      }
      case "WORKDIR": {
        String path = DockerLexer.plainWhenQuoted(rest, escape);
        return BuilderCall.of(b -> b.workdir(path), ".workdir($S)", path);
      }
      case "STOPSIGNAL":
        return BuilderCall.of(b -> b.stopSignal(rest), ".stopSignal($S)", rest);
      case "MAINTAINER":
        return BuilderCall.of(b -> b.maintainer(rest), ".maintainer($S)", rest);
      case "EXPOSE": {
        String[] ports = rest.split("\\s+");
        return BuilderCall.of(b -> b.expose(ports), ".expose($L)", strings(List.of(ports)));
      }
      case "VOLUME": {
        String[] paths = exec.orElseGet(() -> List.of(rest.split("\\s+"))).toArray(String[]::new);
        return BuilderCall.of(b -> b.volume(paths), ".volume($L)", strings(List.of(paths)));
      }
      case "SHELL": {
        String[] shell = exec.orElseThrow(() -> new IllegalArgumentException("SHELL takes a JSON array"))
            .toArray(String[]::new);
        return BuilderCall.of(b -> b.defaultShell(shell), ".defaultShell($L)", strings(List.of(shell)));
      }
      case "CMD":
      case "ENTRYPOINT": {
        boolean cmd = keyword.equals("CMD");
        if (exec.isPresent() && exec.get().isEmpty()) {
          return cmd ? BuilderCall.of(Stage.Builder::cmdNone, ".cmdNone()")
              : BuilderCall.of(Stage.Builder::entrypointNone, ".entrypointNone()");
        }
        if (exec.isPresent()) {
          String[] command = exec.get().toArray(String[]::new);
          return cmd ? BuilderCall.of(b -> b.cmd(command), ".cmd($L)", strings(exec.get()))
              : BuilderCall.of(b -> b.entrypoint(command), ".entrypoint($L)", strings(exec.get()));
        }
        // CMD and ENTRYPOINT take no flags: a leading --word is part of the command.
        String line = arguments.strip();
        return cmd ? BuilderCall.of(b -> b.cmdShell(line), ".cmdShell($S)", line)
            : BuilderCall.of(b -> b.entrypointShell(line), ".entrypointShell($S)", line);
      }
      case "HEALTHCHECK":
        return healthcheck(split);
      case "ONBUILD": {
        String[] inner = rest.split("\\s+", 2);
        BuilderCall<Stage.Builder> wrapped = step(inner[0].toUpperCase(Locale.ROOT), inner.length < 2 ? ""
            : inner[1], heredocs);
        return new BuilderCall<>(CodeBlock.of(".onBuild(o -> o$L)", wrapped.code()),
            b -> b.onBuild(o -> wrapped.apply().accept(o)));
      }
      default:
        throw new IllegalArgumentException(keyword + " is not an instruction the model has a step for");
    }
  }

  /**
   * The apt step for a RUN that installs Debian packages, when the apt step renders a RUN that BuildKit
   * reads as this one (rendered and compared, flags and all); else empty, and the RUN stays raw.
   */
  private static Optional<BuilderCall<Stage.Builder>> apt(String arguments) {
    List<String> words = List.of(arguments.strip().split("\\s+"));
    int install = words.indexOf("install");
    if (install < 1 || !words.get(install - 1).equals("apt-get")) {
      return Optional.empty();
    }
    List<String> packages = new ArrayList<>();
    for (int i = install + 1; i < words.size() && !List.of("&&", "||", ";", "|").contains(words.get(i)); i++) {
      String word = words.get(i);
      if (word.equals("-o")) {
        i++;
      } else if (!word.startsWith("-")) {
        packages.add(word);
      }
    }
    if (packages.isEmpty()) {
      return Optional.empty();
    }
    String[] names = packages.toArray(String[]::new);
    try {
      Image probe = Image.builder("probe", "Dockerfile", DockerfileImport.class).asWritten("probe")
          .stage("probe", s -> s.from("debian").apt(names)).build();
      String input = "FROM debian\nRUN " + arguments + "\n";
      if (RoundTrip.compare(input, PROBE.render(probe).content()).exact()) {
        return Optional.of(BuilderCall.of(b -> b.apt(names), ".apt($L)", strings(packages)));
      }
    } catch (IllegalArgumentException e) {
      // A package the model refuses: the RUN stays raw.
    }
    return Optional.empty();
  }

  private BuilderCall<Stage.Builder> run(BuilderFlags split, Optional<List<String>> exec,
      List<DockerfileInstructions.Heredoc> heredocs) {
    List<BuilderCall<Run.Builder>> parts = new ArrayList<>();
    for (String flag : split.flags()) {
      if (flag.startsWith("--mount=")) {
        ImportedMount mount = ImportedMount.read(flag.substring("--mount=".length()), stageNames);
        parts.add(new BuilderCall<>(CodeBlock.of(".mount($L)", mount.code()), r -> r.mount(mount.mount())));
      } else if (flag.startsWith("--network=")) {
        Run.Network network = Run.Network.valueOf(flag.substring(10).toUpperCase(Locale.ROOT));
        parts.add(BuilderCall.of(r -> r.network(network), ".network($T.$L)", Run.Network.class, network.name()));
      } else if (flag.startsWith("--security=")) {
        Run.Security security = Run.Security.valueOf(flag.substring(11).toUpperCase(Locale.ROOT));
        parts.add(BuilderCall.of(r -> r.security(security), ".security($T.$L)", Run.Security.class,
            security.name()));
      } else {
        throw new IllegalArgumentException("RUN has the flag " + flag + ", which the model has no step for");
      }
    }
    String rest = split.rest();
    if (!heredocs.isEmpty()) {
      List<CodeBlock> docs = new ArrayList<>();
      List<Heredoc> documents = new ArrayList<>();
      for (DockerfileInstructions.Heredoc h : heredocs) {
        Heredoc document = new Heredoc(h.delimiter(), h.body(), h.stripTabs(), h.expands());
        documents.add(document);
        docs.add(CodeBlock.of("new $T($S, $S, $L, $L)", Heredoc.class, h.delimiter(), h.body(), h.stripTabs(),
            h.expands()));
      }
      Heredoc[] array = documents.toArray(Heredoc[]::new);
      parts.add(BuilderCall.of(r -> r.heredocs(rest, array), ".heredocs($S, $L)", rest,
          CodeBlock.join(docs, ", ")));
    } else if (exec.isPresent()) {
      String[] command = exec.get().toArray(String[]::new);
      parts.add(BuilderCall.of(r -> r.exec(command), ".exec($L)", strings(exec.get())));
    } else {
      String text = tabsOutsideQuotesAsBlanks(rest);
      if (parts.isEmpty()) {
        return BuilderCall.of(b -> b.run(text), ".run($S)", text);
      }
      parts.add(BuilderCall.of(r -> r.shell(text), ".shell($S)", text));
    }
    return lambda("run", "r", parts, (b, c) -> b.run(c));
  }

  /**
   * Shell text with every tab outside quotes made a blank: there the shell splits words on either (a tab
   * in a continuation line's indent is the usual one), and the model takes no tabs in a command line. A
   * command substitution, {@code $(...)} or backquoted, reads its own words even inside double quotes.
   */
  static String tabsOutsideQuotesAsBlanks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    // The open quotes and substitutions, innermost last: ', ", ( or `.
    Deque<Character> open = new ArrayDeque<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char in = open.isEmpty() ? 0 : open.peek();
      if (in == '\'') {
        if (c == '\'') {
          open.pop();
        }
      } else if (c == '\\' && i + 1 < text.length()) {
        // An escaped character is a literal one, an escaped tab included.
        out.append(c).append(text.charAt(++i));
        continue;
      } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
        open.push('(');
        out.append(c);
        c = text.charAt(++i);
      } else if (in == '(' && c == ')' || in == '`' && c == '`' || in == '"' && c == '"') {
        open.pop();
      } else if (c == '`' || c == '"' || c == '\'' && in != '"') {
        open.push(c);
      } else if (c == '(' && in != '"') {
        open.push('(');
      }
      out.append(c == '\t' && in != '\'' && in != '"' ? ' ' : c);
    }
    return out.toString();
  }

  private static boolean bool(String value) {
    return ImportedMount.bool(value);
  }

  private BuilderCall<Stage.Builder> copy(String keyword, BuilderFlags split, Optional<List<String>> exec,
      List<DockerfileInstructions.Heredoc> heredocs) {
    boolean copy = keyword.equals("COPY");
    List<String> words = new ArrayList<>(exec.orElseGet(() -> List.of(split.rest().split("\\s+"))));
    if (heredocs.isEmpty()) {
      words.replaceAll(w -> DockerLexer.plainWhenQuoted(w, escape));
    }
    if (words.size() < 2) {
      throw new IllegalArgumentException(keyword + " needs a source and a destination");
    }
    String destination = words.remove(words.size() - 1);
    List<BuilderCall<Object>> parts = new ArrayList<>();
    if (!heredocs.isEmpty()) {
      parts.add(heredocFiles(copy, words, heredocs));
    } else {
      String[] sources = words.toArray(String[]::new);
      parts.add(either(copy, c -> c.source(sources), a -> a.source(sources), CodeBlock.of(".source($L)",
          strings(words))));
    }
    parts.add(either(copy, c -> c.to(destination), a -> a.to(destination), CodeBlock.of(".to($S)", destination)));
    List<String> excludes = new ArrayList<>();
    for (String flag : split.flags()) {
      String[] kv = flag.substring(2).split("=", 2);
      String v = kv.length < 2 ? "" : kv[1];
      switch (kv[0]) {
        // Where from reads first, as in hand-written Java: c.fromStage("build").source(...).to(...).
        case "from" -> parts.add(0, copyOnly(copy, flag, copyFrom(v)));
        case "chown" -> parts.add(either(copy, c -> c.chown(v), a -> a.chown(v), CodeBlock.of(".chown($S)", v)));
        case "chmod" -> parts.add(either(copy, c -> c.chmod(v), a -> a.chmod(v), CodeBlock.of(".chmod($S)", v)));
        case "link" -> {
          if (bool(v)) {
            parts.add(either(copy, Copy.Builder::link, Add.Builder::link, CodeBlock.of(".link()")));
          }
        }
        case "parents" -> {
          if (bool(v)) {
            parts.add(copyOnly(copy, flag, either(true, Copy.Builder::parents, null, CodeBlock.of(".parents()"))));
          }
        }
        case "exclude" -> excludes.add(v);
        case "checksum" -> parts.add(addOnly(copy, flag, a -> a.checksum(v), CodeBlock.of(".checksum($S)", v)));
        case "keep-git-dir" -> {
          if (bool(v)) {
            parts.add(addOnly(copy, flag, Add.Builder::keepGitDir, CodeBlock.of(".keepGitDir()")));
          }
        }
        case "unpack" -> parts.add(addOnly(copy, flag, a -> a.unpack(bool(v)), CodeBlock.of(".unpack($L)", bool(v))));
        default -> throw new IllegalArgumentException(keyword + " has the flag " + flag + ", which the model has no"
            + " step for");
      }
    }
    if (!excludes.isEmpty()) {
      String[] patterns = excludes.toArray(String[]::new);
      parts.add(either(copy, c -> c.exclude(patterns), a -> a.exclude(patterns), CodeBlock.of(".exclude($L)",
          strings(excludes))));
    }
    String variable = copy ? "c" : "a";
    CodeBlock code = CodeBlock.of(".$L($L -> $L$L)", keyword.toLowerCase(Locale.ROOT), variable, variable,
        chain(parts));
    return new BuilderCall<>(code, copy ? b -> b.copy(c -> parts.forEach(p -> p.apply().accept(c)))
        : b -> b.add(a -> parts.forEach(p -> p.apply().accept(a))));
  }

  /** The heredocs a COPY or ADD writes, one for each of its source words, which must all open one. */
  private static BuilderCall<Object> heredocFiles(boolean copy, List<String> words,
      List<DockerfileInstructions.Heredoc> heredocs) {
    if (words.size() != heredocs.size() || words.stream().anyMatch(w -> !HEREDOC_WORD.matcher(w).matches())) {
      throw new IllegalArgumentException((copy ? "COPY" : "ADD") + " mixes heredocs and paths: the model writes"
          + " either files from heredocs or files it copies, so split it in two");
    }
    List<HeredocFile> files = new ArrayList<>();
    List<CodeBlock> codes = new ArrayList<>();
    for (DockerfileInstructions.Heredoc h : heredocs) {
      HeredocFile file = new HeredocFile(h.delimiter(), h.body(), h.expands(), h.stripTabs());
      files.add(file);
      // HeredocFile.of picks the name a hand-written definition would leave to it.
      CodeBlock code = file.name().equals(HeredocFile.of(file.content()).name())
          ? CodeBlock.of("$T.of($S)", HeredocFile.class, file.content())
          : CodeBlock.of("$T.named($S, $S)", HeredocFile.class, file.name(), file.content());
      codes.add(CodeBlock.of("$L$L$L", code, file.expand() ? ".expanded()" : "", file.stripTabs() ? ".stripTabs(true)"
          : ""));
    }
    HeredocFile[] array = files.toArray(HeredocFile[]::new);
    if (copy && files.size() == 1 && files.get(0).equals(HeredocFile.of(files.get(0).content()))) {
      String text = files.get(0).content();
      return either(true, c -> c.text(text), null, CodeBlock.of(".text($S)", text));
    }
    return either(copy, c -> c.heredoc(array), a -> a.heredoc(array), CodeBlock.of(".heredoc($L)",
        CodeBlock.join(codes, ",$W")));
  }

  /** {@code COPY --from}: an earlier stage, by name in any case or by index, as BuildKit reads it; else an image. */
  private BuilderCall<Object> copyFrom(String from) {
    String stage = from.matches("\\d{1,9}") && Integer.parseInt(from) < stageNames.size()
        ? stageNames.get(Integer.parseInt(from)) : from.toLowerCase(Locale.ROOT);
    if (stageNames.contains(stage)) {
      return either(true, c -> c.fromStage(stage), null, CodeBlock.of(".fromStage($S)", stage));
    }
    // BuildKit expands --from with the global ARGs: --from=${BUILDER_IMAGE}.
    return from.indexOf('$') >= 0
        ? either(true, c -> c.from(CopyFrom.expanded(from)), null, CodeBlock.of(".from($T.expanded($S))",
            CopyFrom.class, from))
        : either(true, c -> c.fromImage(from), null, CodeBlock.of(".fromImage($S)", from));
  }

  /** A call on the COPY builder or the ADD builder, whichever {@code copy} says this instruction has. */
  private static BuilderCall<Object> either(boolean copy, Consumer<Copy.Builder> onCopy, Consumer<Add.Builder> onAdd,
      CodeBlock code) {
    return new BuilderCall<>(code, copy ? b -> onCopy.accept((Copy.Builder) b) : b -> onAdd.accept((Add.Builder) b));
  }

  private static BuilderCall<Object> copyOnly(boolean copy, String flag, BuilderCall<Object> call) {
    if (!copy) {
      throw new IllegalArgumentException("ADD has no " + flag + ": it is COPY's");
    }
    return call;
  }

  private static BuilderCall<Object> addOnly(boolean copy, String flag, Consumer<Add.Builder> apply, CodeBlock code) {
    if (copy) {
      throw new IllegalArgumentException("COPY has no " + flag + ": it is ADD's");
    }
    return either(false, null, apply, code);
  }

  private BuilderCall<Stage.Builder> env(String arguments) {
    List<String[]> pairs = pairs(arguments, true);
    if (pairs.size() == 1 && pairs.get(0)[1] == null) {
      throw new IllegalArgumentException("ENV " + arguments + " has no value");
    }
    List<String> literal = unescapeValues(pairs);
    if (pairs.size() == 1 && !literal.isEmpty()) {
      // The legacy form reads as the key=value form: BuildKit gives both one name and one value.
      String name = pairs.get(0)[0];
      String value = pairs.get(0)[1];
      return BuilderCall.of(b -> b.envLiteral(name, value), ".envLiteral($S, $S)", name, value);
    }
    if (!literal.isEmpty()) {
      List<BuilderCall<Env.Builder>> parts = new ArrayList<>();
      for (String[] p : pairs) {
        parts.add(literal.contains(p[0]) ? BuilderCall.of(e -> e.literal(p[0], p[1]), ".literal($S, $S)", p[0], p[1])
            : BuilderCall.of(e -> e.set(p[0], p[1]), ".set($S, $S)", p[0], p[1]));
      }
      return lambda("env", "e", parts, (b, c) -> b.env(c));
    }
    if (pairs.get(0).length == 3) {
      String name = pairs.get(0)[0];
      String value = pairs.get(0)[1];
      return BuilderCall.of(b -> b.envLegacy(name, value), ".envLegacy($S, $S)", name, value);
    }
    if (pairs.size() == 1) {
      String name = pairs.get(0)[0];
      String value = pairs.get(0)[1];
      return BuilderCall.of(b -> b.env(name, value), ".env($S, $S)", name, value);
    }
    Map<String, String> map = map(pairs);
    if (map.size() == pairs.size() && sorted(map)) {
      return BuilderCall.of(b -> b.env(map), ".env($L)", mapCode(map));
    }
    // In order, every pair as written: a name given twice gets the model's own refusal, not a silent merge.
    String[] inOrder = flat(pairs);
    return BuilderCall.of(b -> b.envInOrder(inOrder), ".envInOrder($L)", strings(List.of(inOrder)));
  }

  private BuilderCall<Stage.Builder> labels(String arguments) {
    List<String[]> pairs = pairs(arguments, true);
    List<String> literal = unescapeValues(pairs);
    if (pairs.size() == 1 && !literal.isEmpty()) {
      String key = pairs.get(0)[0];
      String value = pairs.get(0)[1];
      return BuilderCall.of(b -> b.labelLiteral(key, value), ".labelLiteral($S, $S)", key, value);
    }
    if (!literal.isEmpty()) {
      List<BuilderCall<Labels.Builder>> parts = new ArrayList<>();
      for (String[] p : pairs) {
        parts.add(literal.contains(p[0]) ? BuilderCall.of(l -> l.literal(p[0], p[1]), ".literal($S, $S)", p[0], p[1])
            : BuilderCall.of(l -> l.set(p[0], p[1]), ".set($S, $S)", p[0], p[1]));
      }
      return lambda("labels", "l", parts, (b, c) -> b.labels(c));
    }
    if (pairs.size() == 1) {
      String key = pairs.get(0)[0];
      String value = pairs.get(0)[1];
      return BuilderCall.of(b -> b.label(key, value), ".label($S, $S)", key, value);
    }
    Map<String, String> map = map(pairs);
    if (map.size() == pairs.size() && sorted(map)) {
      return BuilderCall.of(b -> b.labels(map), ".labels($L)", mapCode(map));
    }
    String[] inOrder = flat(pairs);
    return BuilderCall.of(b -> b.labelsInOrder(inOrder), ".labelsInOrder($L)", strings(List.of(inOrder)));
  }

  private BuilderCall<Stage.Builder> healthcheck(BuilderFlags split) {
    String[] inner = split.rest().split("\\s+", 2);
    if (inner[0].equalsIgnoreCase("NONE")) {
      return BuilderCall.of(Stage.Builder::healthcheckNone, ".healthcheckNone()");
    }
    String text = inner.length < 2 ? "" : inner[1];
    Optional<List<String>> exec = JsonArguments.read(text);
    ContainerCommand command = exec.map(e -> ContainerCommand.exec(e.toArray(String[]::new)))
        .orElseGet(() -> ContainerCommand.shell(text));
    CodeBlock commandCode = exec.map(e -> CodeBlock.of("$T.exec($L)", ContainerCommand.class, strings(e)))
        .orElseGet(() -> CodeBlock.of("$T.shell($S)", ContainerCommand.class, text));
    if (split.flags().isEmpty()) {
      return BuilderCall.of(b -> b.healthcheck(command), ".healthcheck($L)", commandCode);
    }
    List<CodeBlock> timings = new ArrayList<>();
    List<java.util.function.UnaryOperator<io.github.nuniesmith.fks.images.dsl.Healthcheck>> apply = new ArrayList<>();
    for (String flag : split.flags()) {
      String[] kv = flag.substring(2).split("=", 2);
      if (kv[0].equals("retries")) {
        int retries = Integer.parseInt(kv[1]);
        timings.add(CodeBlock.of(".withRetries($L)", retries));
        apply.add(h -> h.withRetries(retries));
        continue;
      }
      Duration d = duration(kv[1]);
      CodeBlock code = d.toMillis() % 1000 != 0 ? CodeBlock.of("$T.ofMillis($L)", Duration.class, d.toMillis())
          : CodeBlock.of("$T.ofSeconds($L)", Duration.class, d.toSeconds());
      String method = switch (kv[0]) {
        case "interval" -> "withInterval";
        case "timeout" -> "withTimeout";
        case "start-period" -> "withStartPeriod";
        case "start-interval" -> "withStartInterval";
        default -> throw new IllegalArgumentException("HEALTHCHECK has the flag " + flag + ", which the model has"
            + " no step for");
      };
      timings.add(CodeBlock.of(".$L($L)", method, code));
      apply.add(switch (kv[0]) {
        case "interval" -> h -> h.withInterval(d);
        case "timeout" -> h -> h.withTimeout(d);
        case "start-period" -> h -> h.withStartPeriod(d);
        default -> h -> h.withStartInterval(d);
      });
    }
    return BuilderCall.of(b -> b.healthcheck(command, h -> {
      for (var a : apply) {
        h = a.apply(h);
      }
      return h;
    }), ".healthcheck($L,$Wh -> h$L)", commandCode, CodeBlock.join(timings, "$Z"));
  }

  /** A Go duration such as {@code 30s} or {@code 1m30s}, as Docker reads HEALTHCHECK's flags. */
  static Duration duration(String text) {
    Matcher m = GO_DURATION.matcher(text);
    Duration total = Duration.ZERO;
    int end = 0;
    while (m.find() && m.start() == end) {
      long n = Long.parseLong(m.group(1));
      total = total.plus(switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      });
      end = m.end();
    }
    if (end != text.length() || end == 0) {
      throw new IllegalArgumentException("the duration " + text + " is not one the model reads: write it as 30s,"
          + " 1m30s or 500ms");
    }
    return total;
  }

  /**
   * The words of ARG, ENV or LABEL as name and value, quotes removed; a value is null for {@code ARG NAME}.
   * With {@code legacy}, {@code NAME value} is one pair of three elements (the third marks the form).
   */
  private List<String[]> pairs(String arguments, boolean legacy) {
    List<String> words = DockerLexer.words(arguments, escape);
    List<String[]> pairs = new ArrayList<>();
    if (legacy && !words.isEmpty() && !words.get(0).contains("=")) {
      String name = words.get(0);
      String value = arguments.strip().substring(name.length()).strip();
      List<String[]> legacyPair = new ArrayList<>();
      legacyPair.add(new String[] {name, plain(value), "legacy"});
      return legacyPair;
    }
    for (String word : words) {
      int equals = word.indexOf('=');
      if (equals < 0) {
        pairs.add(new String[] {plain(word), null});
      } else {
        pairs.add(new String[] {plain(word.substring(0, equals)), plain(word.substring(equals + 1))});
      }
    }
    return pairs;
  }

  /** A word with Docker's quotes and escapes removed, variable references kept. */
  private String plain(String word) {
    return DockerLexer.unquote(word, escape);
  }

  /**
   * Makes each value of {@code pairs} model text, its escapes ({@code \$}, {@code \\}) resolved in place;
   * returns the names whose values hold a literal {@code $}, which the model takes as literal values.
   *
   * @throws IllegalArgumentException for a value that has both a literal {@code $} and a variable reference
   */
  private static List<String> unescapeValues(List<String[]> pairs) {
    List<String> literal = new ArrayList<>();
    for (String[] pair : pairs) {
      if (pair[1] == null) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      boolean dollar = false;
      boolean reference = false;
      String value = pair[1];
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\\' && i + 1 < value.length()) {
          c = value.charAt(++i);
          dollar |= c == '$';
        } else {
          reference |= c == '$';
        }
        text.append(c);
      }
      if (dollar && reference) {
        throw new IllegalArgumentException(pair[0] + "'s value " + value + " has both a literal $ and a variable"
            + " reference: the model takes a value either expanded or literal, so split it in two variables");
      }
      pair[1] = text.toString();
      if (dollar) {
        literal.add(pair[0]);
      }
    }
    return literal;
  }

  private static Map<String, String> map(List<String[]> pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    pairs.forEach(p -> map.put(p[0], p[1]));
    return map;
  }

  /** Whether the keys are in the order the model sorts them to: then a Map says it. */
  private static boolean sorted(Map<String, String> map) {
    return new ArrayList<>(map.keySet()).equals(map.keySet().stream().sorted().toList());
  }

  /** {@code pairs} as {@code key, value, ...}. */
  private static String[] flat(List<String[]> pairs) {
    List<String> flat = new ArrayList<>();
    pairs.forEach(p -> {
      flat.add(p[0]);
      flat.add(p[1]);
    });
    return flat.toArray(String[]::new);
  }

  private static CodeBlock mapCode(Map<String, String> map) {
    List<CodeBlock> entries = new ArrayList<>();
    map.forEach((k, v) -> entries.add(CodeBlock.of("$S, $S", k, v)));
    return CodeBlock.of("$T.of($L)", Map.class, CodeBlock.join(entries, ", "));
  }

  /** The calls one after another, each but the first on a new line where the line would be too long. */
  private static CodeBlock chain(List<? extends BuilderCall<?>> parts) {
    CodeBlock.Builder chain = CodeBlock.builder();
    for (int i = 0; i < parts.size(); i++) {
      chain.add(i == 0 ? "$L" : "$Z$L", parts.get(i).code());
    }
    return chain.build();
  }

  static CodeBlock strings(List<String> values) {
    return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
  }

  private static <P> BuilderCall<Stage.Builder> lambda(String method, String variable, List<BuilderCall<P>> parts,
      java.util.function.BiConsumer<Stage.Builder, Consumer<P>> call) {
    CodeBlock chain = chain(parts);
    return new BuilderCall<>(CodeBlock.of(".$L($L -> $L$L)", method, variable, variable, chain),
        b -> call.accept(b, p -> parts.forEach(part -> part.apply().accept(p))));
  }
}
