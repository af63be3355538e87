package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 */
public record Image(
    String name, ContextPath dockerfile, String definedIn, List<Stage> stages, List<Target> targets,
    List<Suppression> suppressions) {
  /** Image and service names: they become path segments and tags, so kept to a safe alphabet. */
  public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final int MAX_PATH_PART = 100;
  private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

  /** Validates the stage graph: unique names, references to earlier stages only. */
  public Image {
    Checks.matches(name, NAME, "image name",
        "use up to 40 lowercase letters, digits and -, starting with a letter");
    validate(name, dockerfile, definedIn, stages, targets);
    stages = List.copyOf(stages);
    targets = List.copyOf(targets);
    List<Suppression> given = suppressions;
    suppressions = Checks.within("image " + name, () -> Suppression.distinct(given));
  }

  /** An image without suppressions. */
  public Image(String name, ContextPath dockerfile, String definedIn, List<Stage> stages, List<Target> targets) {
    this(name, dockerfile, definedIn, stages, targets, List.of());
  }

  private static void validate(
      String name, ContextPath dockerfile, String definedIn, List<Stage> stages, List<Target> targets) {
    Checks.within("image " + name, () -> {
      Checks.notNull(dockerfile, "dockerfile path");
      Checks.check(!dockerfile.value().endsWith("/"),
          "dockerfile path %s ends in /: name the file, such as %sDockerfile",
          Checks.quote(dockerfile.value()), dockerfile.value());
      // The write goes through a temporary file named after it, which must fit a file system's 255 bytes.
      for (String part : dockerfile.value().split("/")) {
        if (part.length() > MAX_PATH_PART) { // the message only on failure: quoting per part would be quadratic
          Checks.check(false, "dockerfile path %s has a name of %d characters: use at most %d per folder or file"
              + " name", Checks.quote(dockerfile.value()), part.length(), MAX_PATH_PART);
        }
      }
      Checks.matches(definedIn, CLASS_NAME, "defining class", "give the class's fully qualified name");
      Checks.nonEmpty(stages, "stages");
      Checks.notNull(targets, "targets");
      checkStageReferences(stages);
      checkGlobalArgs(stages);
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

  /** The published target for {@code stage}, if any. */
  public Optional<Target> target(String stage) {
    return targets.stream().filter(t -> t.stage().equals(stage)).findFirst();
  }

  /** The stage named {@code stage}. */
  public Optional<Stage> stage(String stage) {
    return stages.stream().filter(s -> s.name().equals(stage)).findFirst();
  }

  /** The global ARGs before the first FROM: one per name, so every FROM that reads it means one default. */
  private static void checkGlobalArgs(List<Stage> stages) {
    java.util.Map<String, Stage> byName = new java.util.HashMap<>();
    for (Stage stage : stages) {
      if (stage.from() instanceof From.BuildArg arg) {
        Stage first = byName.putIfAbsent(arg.name(), stage);
        if (first != null) {
          ImageRef other = ((From.BuildArg) first.from()).defaultImage();
          Checks.within("stage " + stage.name(), () -> Checks.check(other.equals(arg.defaultImage()),
              "starts from ${%s} with the default %s, but stage %s gives it the default %s: a Dockerfile has one"
                  + " global ARG %s for every FROM, so give both the same default, or use another name",
              arg.name(), arg.defaultImage(), first.name(), other, arg.name()));
        }
      }
    }
  }

  private static void checkStageReferences(List<Stage> stages) {
    Set<String> earlier = new HashSet<>();
    for (Stage stage : stages) {
      Checks.within("stage " + stage.name(), () -> {
        Checks.check(Rule.FKS014, !earlier.contains(stage.name()), "is defined twice: rename one of them");
        if (stage.from() instanceof From.Previous p) {
          Checks.check(Rule.FKS014, earlier.contains(p.stage()),
              "starts from stage %s, which is not an earlier stage of this image: define it above",
              Checks.quote(p.stage()));
        }
        for (Step step : stage.steps()) {
          for (String ref : stageReferences(step)) {
            Checks.within(step.describe(), () -> {
              Checks.check(Rule.FKS014, !ref.equals(stage.name()),
                  "refers to its own stage %s: copy from an earlier stage", Checks.quote(ref));
              Checks.check(Rule.FKS014, earlier.contains(ref),
                  "refers to stage %s, which is not an earlier stage of this image: define it above",
                  Checks.quote(ref));
            });
          }
        }
      });
      earlier.add(stage.name());
    }
  }

  private static List<String> stageReferences(Step step) {
    List<String> refs = new ArrayList<>();
    if (step instanceof Copy c && !c.from().isEmpty()) {
      refs.add(c.from());
    }
    List<Mount> mounts = step instanceof PipInstall p ? p.mounts()
        : step instanceof ShellStep s ? s.mounts() : List.of();
    for (Mount m : mounts) {
      if (m instanceof Mount.Bind b && !b.from().isEmpty()) {
        refs.add(b.from());
      }
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

    private Builder(String name, String dockerfile, String definedIn) {
      this.name = name;
      this.dockerfile = dockerfile;
      this.definedIn = definedIn;
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

    /** The image. */
    public Image build() {
      ContextPath path = Checks.within("image " + name + " / dockerfile", () -> ContextPath.of(dockerfile));
      return new Image(name, path, definedIn, stages, targets, suppressions);
    }
  }
}
