package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One Dockerfile: named stages in order, and the stages it publishes as tagged images.
 *
 * @param name a short name used in messages and file headers, e.g. {@code ml}
 * @param dockerfile where the file goes, relative to the output folder
 * @param definedIn the fully qualified name of the Java class that defines the image
 * @param stages the stages, in order
 * @param targets the stages published under tags
 * @param suppressions lint rules turned off for every stage of this image, with reasons
 * @param directives the parser directives {@code escape} and {@code check}
 * @param args the global ARG instructions before the first FROM, in order, each declaring one argument
 *     or more; {@link #globalArgs} adds those
 *     that {@link From.BuildArg} parents declare
 * @param asWritten present for an image rendered as an imported Dockerfile was written
 */
public record Image(
    String name, ContextPath dockerfile, String definedIn, List<Stage> stages, List<Target> targets,
    List<Suppression> suppressions, ParserDirectives directives, List<Args> args, Optional<AsWritten> asWritten) {
  /** Image and service names: they become path segments and tags, so kept to a safe alphabet. */
  public static final Word NAME = new Word("a-z", "a-z0-9-", 40);
  private static final int MAX_PATH_PART = 100;
  /** A run of backslashes of odd length: one of them escapes the character after the run. */
  private static final Pattern LONE_BACKSLASH = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*+\\\\(?!\\\\)");
  private static final Alphabet IDENTIFIER_START = new Alphabet("A-Za-z_$");
  private static final Alphabet IDENTIFIER_PART = new Alphabet("A-Za-z0-9_$");

  /** Validates the stage graph: unique names, references to earlier stages only. */
  public Image {
    Checks.matches(name, NAME, "image name",
        "use up to 40 lowercase letters, digits and -, starting with a letter");
    String where = "image " + name;
    validate(where, dockerfile, definedIn, stages, targets);
    stages = List.copyOf(stages);
    targets = List.copyOf(targets);
    List<Suppression> given = suppressions;
    suppressions = Checks.within(where, () -> Suppression.distinct(given));
    Checks.within(where, () -> Checks.notNull(directives, "parser directives"));
    List<Stage> checked = stages;
    Checks.within(where, () -> backslashPaths(checked, directives.escape()));
    List<Args> given0 = Checks.notNull(args, where + " global args");
    Checks.within(where, () -> given0.forEach(a -> Checks.notNull(a, "global arg")));
    args = List.copyOf(args);
    List<Stage> all = stages;
    List<Arg> declared = declared(args);
    List<Arg> globals = Checks.within(where, () -> globalArgs(declared, all));
    Checks.within(where, () -> Checks.notNull(asWritten, "as written")).ifPresent(
        w -> Checks.within(where, () -> w.check(all)));
    Checks.within(where, () -> {
      VariableScope scope = new VariableScope(globals, all);
      scope.checkFromDefaults();
      scope.check();
    });
  }

  /** An image rendered as the generator lays images out. */
  public Image(String name, ContextPath dockerfile, String definedIn, List<Stage> stages, List<Target> targets,
      List<Suppression> suppressions, ParserDirectives directives, List<Args> args) {
    this(name, dockerfile, definedIn, stages, targets, suppressions, directives, args, Optional.empty());
  }

  /** An image with the default parser directives and without global ARGs of its own. */
  public Image(String name, ContextPath dockerfile, String definedIn, List<Stage> stages, List<Target> targets,
      List<Suppression> suppressions) {
    this(name, dockerfile, definedIn, stages, targets, suppressions, ParserDirectives.DEFAULT, List.of());
  }

  /** An image without suppressions. */
  public Image(String name, ContextPath dockerfile, String definedIn, List<Stage> stages, List<Target> targets) {
    this(name, dockerfile, definedIn, stages, targets, List.of());
  }

  /** Every global ARG of the Dockerfile: {@link #args}, then those {@link From.BuildArg} parents declare. */
  public List<Arg> globalArgs() {
    return globalArgs(declared(args), stages);
  }

  /**
   * The ARG instructions before the first FROM: {@link #args} as declared, then one for each global ARG
   * that a {@link From.BuildArg} parent declares.
   */
  public List<Args> globalArgInstructions() {
    List<Args> out = new ArrayList<>(args);
    List<Arg> all = globalArgs();
    all.subList(declared(args).size(), all.size()).forEach(a -> out.add(Args.of(a)));
    return List.copyOf(out);
  }

  private static List<Arg> declared(List<Args> instructions) {
    List<Arg> declared = new ArrayList<>();
    for (Args a : instructions) {
      declared.addAll(a.args());
    }
    return declared;
  }

  /**
   * The name of the stage of this image that {@code stage} starts from: a {@link From.Previous}, or a
   * {@link From.Expanded} whose default names a stage.
   */
  public Optional<String> parentStage(Stage stage) {
    if (stage.from() instanceof From.Previous p) {
      return Optional.of(p.stage());
    }
    // Only an expanded reference needs the global ARGs' defaults: lowering asks this of every stage.
    return stage.from() instanceof From.Expanded ? new VariableScope(globalArgs(), stages).parentStage(stage)
        : Optional.empty();
  }

  /**
   * The stages of this image that another stage starts from, copies from or mounts. BuildKit builds a
   * target's stage and what it uses; any other stage is skipped.
   */
  public java.util.Set<String> usedStages() {
    java.util.Set<String> used = new java.util.TreeSet<>();
    for (Stage stage : stages) {
      parentStage(stage).ifPresent(used::add);
      stage.steps().forEach(step -> used.addAll(stageReferences(step)));
    }
    return used;
  }

  /**
   * The registry image {@code stage} starts from by default: {@link From#externalImage}, or the image a
   * {@link From.Expanded} names with the global ARGs' defaults; empty for a parent of this set, and for a
   * reference that needs a value only the build knows (such as {@code $TARGETARCH}).
   */
  public Optional<ImageRef> baseImage(Stage stage) {
    return stage.from() instanceof From.Expanded ? new VariableScope(globalArgs(), stages).baseImage(stage)
        : stage.from().externalImage();
  }

  private static void validate(
      String where, ContextPath dockerfile, String definedIn, List<Stage> stages, List<Target> targets) {
    Checks.within(where, () -> {
      Checks.notNull(dockerfile, "dockerfile path");
      Checks.check(!dockerfile.value().endsWith("/"),
          "dockerfile path %s ends in /: name the file, such as %sDockerfile",
          Checks.quoted(dockerfile.value()), dockerfile.value());
      // The write goes through a temporary file named after it, which must fit a file system's 255 bytes.
      String path = dockerfile.value();
      for (int start = 0, end; start < path.length(); start = end + 1) {
        end = path.indexOf('/', start);
        end = end < 0 ? path.length() : end;
        if (end - start > MAX_PATH_PART) { // the message only on failure: quoting per part would be quadratic
          Checks.check(false, "dockerfile path %s has a name of %d characters: use at most %d per folder or file"
              + " name", Checks.quote(path), end - start, MAX_PATH_PART);
        }
      }
      Checks.matches(definedIn, Image::isClassName, "defining class", "give the class's fully qualified name");
      Checks.nonEmpty(stages, "stages");
      Checks.notNull(targets, "targets");
      checkStageReferences(stages);
      Set<String> names = new HashSet<>();
      stages.forEach(s -> names.add(s.name()));
      for (Target t : targets) {
        if (!names.contains(t.stage())) {
          Checks.check(false, "target %s names no stage of this image: use one of %s", Checks.quote(t.stage()),
              stages.stream().map(Stage::name).toList());
        }
      }
    });
  }

  /** Starts an image named {@code name} written to {@code dockerfile}, defined in {@code definedIn}. */
  public static Builder builder(String name, String dockerfile, Class<?> definedIn) {
    return new Builder(name, dockerfile, definedIn.getName());
  }

  /**
   * Whether {@code name} is identifiers joined by dots, as the pattern
   * {@code [A-Za-z_$][A-Za-z0-9_$]*+(?:\.[A-Za-z_$][A-Za-z0-9_$]*+)*+} matches, by a loop.
   */
  static boolean isClassName(String name) {
    for (int start = 0, end; ; start = end + 1) {
      end = name.indexOf('.', start);
      end = end < 0 ? name.length() : end;
      if (end == start || !IDENTIFIER_START.contains(name.charAt(start))
          || !IDENTIFIER_PART.containsAll(name, start + 1, end)) {
        return false;
      }
      if (end == name.length()) {
        return true;
      }
    }
  }

  /** The published target for {@code stage}, if any. */
  public Optional<Target> target(String stage) {
    // A loop, not a stream: every stage built on another image's target asks this.
    for (Target t : targets) {
      if (t.stage().equals(stage)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The stage named {@code stage}. */
  public Optional<Stage> stage(String stage) {
    // A loop, not a stream: lint asks this for the stages of every instruction it checks.
    for (Stage s : stages) {
      if (s.name().equals(stage)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The global ARGs: one per name, so every FROM that reads it means one default. */
  private static List<Arg> globalArgs(List<Arg> declared, List<Stage> stages) {
    Map<String, Arg> byName = new LinkedHashMap<>();
    for (Arg arg : declared) {
      Checks.notNull(arg, "global arg");
      Checks.check(byName.putIfAbsent(arg.name(), arg) == null,
          "declares the global ARG %s twice: a Dockerfile has one default for each, so remove one", arg.name());
    }
    Map<String, Stage> firstStage = new HashMap<>();
    for (Stage stage : stages) {
      if (stage.from() instanceof From.BuildArg from) {
        Arg implied = Arg.of(from.name(), from.defaultImage().toString());
        Arg other = byName.putIfAbsent(from.name(), implied);
        Stage first = firstStage.putIfAbsent(from.name(), stage);
        if (other != null && !other.equals(implied)) {
          String given = other.defaultValue().orElse("(none)");
          Checks.within("stage " + stage.name(), () -> Checks.check(false, first == null
              ? "starts from ${%s} with the default %s, but the image declares the global ARG %s with the default %s:"
                  + " a Dockerfile has one global ARG %s for every FROM, so give both the same default, or use another"
                  + " name"
              : "starts from ${%s} with the default %s, but stage " + first.name() + " gives it the default %4$s: a"
                  + " Dockerfile has one global ARG %5$s for every FROM, so give both the same default, or use another"
                  + " name",
              from.name(), from.defaultImage(), from.name(), given, from.name()));
        }
      }
    }
    return List.copyOf(byName.values());
  }

  /**
   * A {@code \} in a COPY or ADD path is written as Docker reads it: under the escape character {@code \},
   * a backslash is {@code \\} ({@code C:\\Windows\\}); a lone one would escape the character after it.
   */
  private static void backslashPaths(List<Stage> stages, char escape) {
    if (escape != '\\') {
      return;
    }
    for (Stage stage : stages) {
      for (Step step : stage.steps()) {
        Step inner = step instanceof OnBuild o ? o.step() : step;
        if (inner instanceof Copy c) {
          backslashPaths(stage, step, c.sources(), c.destination());
        } else if (inner instanceof Add a) {
          backslashPaths(stage, step, a.sources(), a.destination());
        }
      }
    }
  }

  private static void backslashPaths(Stage stage, Step step, List<String> sources, String destination) {
    for (String source : sources) {
      backslashPath(stage, step, source);
    }
    backslashPath(stage, step, destination);
  }

  private static void backslashPath(Stage stage, Step step, String path) {
    // The pattern only where a backslash is: most paths have none.
    if (path.indexOf('\\') >= 0 && LONE_BACKSLASH.matcher(path).find()) {
      Checks.within("stage " + stage.name(), () -> Checks.within(step.describe(), () -> Checks.check(false, "path %s"
          + " has a lone \\, which the escape character \\ reads as an escape of the character after it: write \\\\"
          + " for a backslash, or /, or set the image's escape to ` as Windows Dockerfiles do", Checks.quote(path))));
    }
  }

  private static void checkStageReferences(List<Stage> stages) {
    Set<String> earlier = new HashSet<>();
    for (Stage stage : stages) {
      Checks.within(() -> "stage " + stage.name(), () -> {
        Checks.check(Rule.FKS014, !earlier.contains(stage.name()), "is defined twice: rename one of them");
        if (stage.from() instanceof From.Previous p) {
          Checks.check(Rule.FKS014, earlier.contains(p.stage()),
              "starts from stage %s, which is not an earlier stage of this image: define it above",
              Checks.quote(p.stage()));
        }
        for (Step step : stage.steps()) {
          if (step instanceof Copy c && c.from() instanceof CopyFrom.NamedContext named) {
            // BuildKit reads --from=<name> as the stage of that name when there is one.
            Checks.within(step::describe, () -> Checks.check(stages.stream().noneMatch(s -> s.name().equals(named.name())),
                "copies from the build context named %s, but Docker would read --from=%s as the stage of that"
                    + " name: rename the context or the stage, or copy with fromStage(...)", Checks.quote(named.name()),
                named.name()));
          }
          for (String ref : stageReferences(step)) {
            Checks.within(step::describe, () -> {
              Checks.check(Rule.FKS014, !ref.equals(stage.name()),
                  "refers to its own stage %s: copy from an earlier stage", Checks.quoted(ref));
              Checks.check(Rule.FKS014, earlier.contains(ref),
                  "refers to stage %s, which is not an earlier stage of this image: define it above",
                  Checks.quoted(ref));
            });
          }
        }
      });
      earlier.add(stage.name());
    }
  }

  private static List<String> stageReferences(Step step) {
    List<String> refs = new ArrayList<>();
    if (step instanceof Copy c) {
      c.stage().ifPresent(refs::add);
    }
    List<Mount> mounts = step instanceof PipInstall p ? p.mounts()
        : step instanceof ShellStep s ? s.mounts() : step instanceof Run r ? r.allMounts() : List.of();
    for (Mount m : mounts) {
      Optional<Mount.Origin> from = m instanceof Mount.Bind b ? b.from() : m instanceof Mount.Cache c ? c.from() : Optional.empty();
      from.filter(Mount.Origin.Stage.class::isInstance).ifPresent(o -> refs.add(o.reference()));
    }
    return refs;
  }

  /** Builds an {@link Image}. */
  public static final class Builder {
    private final String name;
    private final String dockerfile;
    private final String definedIn;
    private final List<Stage> stages = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();
    private ParserDirectives directives = ParserDirectives.DEFAULT;
    private final List<Args> args = new ArrayList<>();
    private Optional<AsWritten> asWritten = Optional.empty();

    private Builder(String name, String dockerfile, String definedIn) {
      this.name = name;
      this.dockerfile = dockerfile;
      this.definedIn = definedIn;
    }

    /**
     * Declares the global ARG {@code name} (before the first FROM) with the default {@code defaultValue},
     * which may refer to global ARGs declared before it, e.g. {@code $REGISTRY/$OWNER/base-notebook}. FROM
     * lines see it; a stage sees it after {@code arg(name)} in that stage.
     */
    public Builder arg(String name, String defaultValue) {
      args.add(Checks.within("image " + this.name + " / arg " + name, () -> Args.of(Arg.of(name, defaultValue))));
      return this;
    }

    /** Declares the global ARG {@code name} without a default: the build gives it with {@code --build-arg}. */
    public Builder arg(String name) {
      args.add(Checks.within("image " + this.name + " / arg " + name, () -> Args.of(Arg.of(name))));
      return this;
    }

    /**
     * Declares several global ARGs in one ARG instruction, as a ported Dockerfile writes them, e.g.
     * {@code args(Arg.of("REGISTRY", "docker.io"), Arg.of("BASE_IMAGE", "library/python"))}.
     */
    public Builder args(Arg... args) {
      this.args.add(Checks.within("image " + name + " / args", () -> Args.of(args)));
      return this;
    }

    /** Declares the global ARG {@code variable} with the default {@code defaultValue}. */
    public Builder arg(Variable variable, String defaultValue) {
      return arg(Checks.within("image " + name, () -> Checks.notNull(variable, "global arg")).name(), defaultValue);
    }

    /** Declares the global ARG {@code variable} without a default. */
    public Builder arg(Variable variable) {
      return arg(Checks.within("image " + name, () -> Checks.notNull(variable, "global arg")).name());
    }

    /** Adds the stage {@code stage}, configured by {@code body}; errors name this image and stage. */
    public Builder stage(String stage, Consumer<Stage.Builder> body) {
      stages.add(Checks.within("image " + name, () -> {
        Stage.Builder b = Stage.builder(stage);
        Checks.notNull(body, "stage " + stage + " body");
        body.accept(b);
        return b.build();
      }));
      return this;
    }

    /** Adds a stage built elsewhere. */
    public Builder stage(Stage stage) {
      stages.add(Checks.notNull(stage, "stage"));
      return this;
    }

    /** Publishes {@code stage} as {@code moving} and {@code moving-v<version>}. */
    public Builder publish(String stage, String moving, String version) {
      targets.add(Checks.within("image " + name + " / target " + stage,
          () -> Target.of(stage, ImageRef.parse(moving), version)));
      return this;
    }

    /** Publishes {@code stage} under each of {@code tags}, in order; children of the set name the last. */
    public Builder publishTags(String stage, String... tags) {
      targets.add(Checks.within("image " + name, () -> Target.tagged(stage, tags)));
      return this;
    }

    /** Adds a published target built elsewhere. */
    public Builder publish(Target target) {
      targets.add(Checks.notNull(target, "target"));
      return this;
    }

    /** Turns off the lint rule {@code ruleId} for every stage of this image, because of {@code reason}. */
    public Builder suppress(String ruleId, String reason) {
      suppressions.add(Checks.within("image " + name, () -> Suppression.of(ruleId, reason)));
      return this;
    }

    /**
     * Sets the {@code escape} parser directive: {@code '`'} (as Windows Dockerfiles use) or {@code '\\'};
     * line continuations are rendered with it.
     */
    public Builder escape(char escape) {
      directives = Checks.within("image " + name + " / escape", () -> directives.withEscape(escape));
      return this;
    }

    /** Sets the {@code check} parser directive, e.g. {@code "skip=JSONArgsRecommended;error=true"}. */
    public Builder check(String check) {
      directives = Checks.within("image " + name + " / check", () -> directives.withCheck(check));
      return this;
    }

    /**
     * Renders the image as an imported Dockerfile was written: no {@code SHELL} with pipefail added, and
     * {@code unnamedStages} written without {@code AS name}.
     */
    public Builder asWritten(String... unnamedStages) {
      asWritten = Optional.of(Checks.within("image " + name, () -> new AsWritten(
          Checks.asList(unnamedStages, "unnamed stages"))));
      return this;
    }

    /** The image. */
    public Image build() {
      ContextPath path = Checks.within("image " + name + " / dockerfile", () -> ContextPath.of(dockerfile));
      return new Image(name, path, definedIn, stages, targets, suppressions, directives, args, asWritten);
    }
  }
}
