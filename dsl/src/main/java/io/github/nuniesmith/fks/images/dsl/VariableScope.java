package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dockerfile scoping of ARG and ENV, checked over every value Docker expands ({@link Step#expanded},
 * {@link From#expanded}), as the Dockerfile reference defines it:
 *
 * <ul>
 *   <li>global ARGs (before the first FROM) and the predefined platform ARGs ({@link #PLATFORM_ARGS})
 *       are visible to FROM lines only; a stage sees one after declaring it again with {@code ARG NAME};
 *   <li>a stage sees the ARGs and ENVs declared before a step, and those of the stage of this file it
 *       starts from; a stage from a target of another image of the set sees that image's ENV (ARGs do
 *       not persist in an image);
 *   <li>the predefined proxy ARGs ({@link #PROXY_ARGS}) are visible everywhere without a declaration, and
 *       {@code PATH}, which Docker sets in every image (also {@code scratch});
 *   <li>a stage from an image outside this set sees the ENV names it declares the parent sets
 *       ({@link From#parentEnv}): the model cannot read a registry image, so it is told, not guessing.
 * </ul>
 */
final class VariableScope {
  /** ARGs Docker predefines in the global scope, for FROM lines only. */
  static final List<String> PLATFORM_ARGS = List.of("TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
      "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT");
  /** ARGs Docker predefines for every stage, usable without a declaration. */
  static final List<String> PROXY_ARGS = List.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
      "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");

  /**
   * What a stage sees at its end, or before a step.
   *
   * @param args the ARG names, inherited by a stage of this file that starts from it
   * @param env the ENV names, inherited also by images that start from it
   */
  private record End(Set<String> args, Set<String> env) {}

  private final List<Arg> globals;
  private final List<Stage> stages;
  /** Global ARG defaults resolved in order; an ARG without a default, or one that needs an unknown value, is absent. */
  private final Map<String, String> globalValues = new LinkedHashMap<>();
  /** The ends of the images of the set that stages start from: two stages of one image often start from one. */
  private final Map<Image, Map<String, End>> publishedEnds = new IdentityHashMap<>(1);
  /** What each stage ends with, by name; null until {@link #ends()} derives it. */
  private Map<String, End> ends;

  VariableScope(List<Arg> globals, List<Stage> stages) {
    this.globals = globals;
    this.stages = stages;
    for (Arg arg : globals) {
      arg.defaultValue().ifPresent(d -> {
        List<String> names = Expansions.names(d, "arg default");
        if (globalValues.keySet().containsAll(names)) {
          globalValues.put(arg.name(), Expansions.resolve(d, globalValues));
        }
      });
    }
  }

  /** Checks every global ARG default and every stage; a reference out of scope is a DefinitionException. */
  void check() {
    Set<String> declared = new HashSet<>(PLATFORM_ARGS);
    for (Arg arg : globals) {
      Checks.within("arg " + arg.name(), () -> arg.expanded().forEach(value -> {
        for (String name : Expansions.names(value, "arg " + arg.name() + " default")) {
          Checks.check(declared.contains(name), "refers to ${%s}, which is not a global ARG declared before it:"
              + " declare it on the image with arg(\"%s\", default) above this one", name, name);
        }
      }));
      declared.add(arg.name());
    }
    for (Stage stage : stages) {
      Checks.within(() -> "stage " + stage.name(), () -> check(stage, declared));
    }
  }

  /**
   * The stage of this file that {@code stage} starts from: {@link From.Previous}, or {@link From.Expanded}
   * whose default names a stage.
   */
  Optional<String> parentStage(Stage stage) {
    if (stage.from() instanceof From.Previous p) {
      return Optional.of(p.stage());
    }
    return resolved(stage).filter(text -> stages.stream().anyMatch(s -> s.name().equals(text)));
  }

  /** The registry image {@code stage} starts from, when its FROM names one with the global ARGs' defaults. */
  Optional<ImageRef> baseImage(Stage stage) {
    if (stage.from() instanceof From.Expanded) {
      return parentStage(stage).isPresent() ? Optional.empty() : resolved(stage).map(ImageRef::parse);
    }
    return stage.from().externalImage();
  }

  /** An {@link From.Expanded} reference with the global defaults, unless it needs a value not known before the build. */
  private Optional<String> resolved(Stage stage) {
    if (!(stage.from() instanceof From.Expanded e)) {
      return Optional.empty();
    }
    List<String> names = Expansions.names(e.reference(), "from reference");
    return globalValues.keySet().containsAll(names)
        ? Optional.of(Expansions.resolve(e.reference(), globalValues)) : Optional.empty();
  }

  /** Checks each FROM's default text: an earlier stage, or an image reference. */
  void checkFromDefaults() {
    Set<String> earlier = new HashSet<>();
    for (Stage stage : stages) {
      resolved(stage).ifPresent(text -> Checks.within("stage " + stage.name() + " / from", () -> {
        Checks.check(!text.isEmpty(), "%s is empty by default: give the global ARGs it names a default",
            ((From.Expanded) stage.from()).reference());
        boolean isStage = stages.stream().anyMatch(s -> s.name().equals(text));
        Checks.check(Rule.FKS014, !isStage || earlier.contains(text),
            "%s names stage %s by default, which is not an earlier stage of this image: define it above",
            ((From.Expanded) stage.from()).reference(), Checks.quote(text));
        if (!isStage) {
          Checks.within(((From.Expanded) stage.from()).reference() + " by default", () -> ImageRef.parse(text));
        }
      }));
      earlier.add(stage.name());
    }
  }

  /** The ENV names the stage {@code stage} of {@code image} ends with; each image's ends are derived once per scope. */
  private Set<String> envAtEnd(Image image, String stage) {
    return publishedEnds.computeIfAbsent(image, VariableScope::ends).get(stage).env();
  }

  /** What each stage of {@code image} ends with. */
  private static Map<String, End> ends(Image image) {
    // The ends read the global ARGs only to resolve an expanded FROM: every service's image asks this
    // of its tier's, and deriving the global ARGs again was most of it.
    boolean expanded = false;
    for (Stage s : image.stages()) {
      expanded |= s.from() instanceof From.Expanded;
    }
    return new VariableScope(expanded ? image.globalArgs() : List.of(), image.stages()).ends();
  }

  /** What each stage of this file ends with, derived once, when first asked. */
  private Map<String, End> ends() {
    if (ends == null) {
      ends = new HashMap<>();
      for (Stage stage : stages) {
        End end = start(stage, ends);
        stage.steps().forEach(step -> declare(step, end));
        ends.put(stage.name(), end);
      }
    }
    return ends;
  }

  /** What {@code stage} sees before its first step: what it starts from (its parent's end among {@code ends}), and PATH. */
  private End start(Stage stage, Map<String, End> ends) {
    From from = stage.from();
    End start = new End(new HashSet<>(), new HashSet<>(from.parentEnv()));
    start.env().add("PATH");
    parentStage(stage).map(ends::get).ifPresent(p -> {
      start.args().addAll(p.args());
      start.env().addAll(p.env());
    });
    if (from instanceof From.Published p) {
      start.env().addAll(envAtEnd(p.image(), p.target()));
    }
    return start;
  }

  /** Adds the names {@code step} declares to {@code scope}. */
  private static void declare(Step step, End scope) {
    if (step instanceof Arg a) {
      scope.args().add(a.name());
    } else if (step instanceof Args a) {
      a.args().forEach(arg -> scope.args().add(arg.name()));
    } else if (step instanceof Env e) {
      scope.env().addAll(e.variables().keySet());
    }
  }

  /** Checks the references of {@code stage}'s FROM and steps. */
  private void check(Stage stage, Set<String> globalNames) {
    From from = stage.from();
    Checks.within("from", () -> from.expanded().forEach(value -> {
      for (String name : Expansions.names(value, "from")) {
        Checks.check(globalNames.contains(name), "refers to ${%s}, which is not a global ARG: FROM lines see only"
            + " the ARGs declared before the first FROM; declare it on the image with arg(\"%s\", default)",
            name, name);
      }
    }));
    boolean external = parentStage(stage).isEmpty() && !(from instanceof From.Published);
    // What the stage sees before each step, derived at the first reference that needs it: most stages
    // refer to nothing but PATH, and deriving what a published parent sets was most of the check.
    End scope = null;
    List<Step> steps = stage.steps();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      List<String> names = references(step);
      if (!names.isEmpty()) {
        if (scope == null) {
          scope = start(stage, ends());
          for (Step before : steps.subList(0, i)) {
            declare(before, scope);
          }
        }
        End visible = scope;
        Checks.within(step::describe, () -> names.forEach(name -> checkVisible(name, visible, globalNames, external)));
      }
      if (scope != null) {
        declare(step, scope);
      }
    }
  }

  /** The names {@code step}'s values refer to, but PATH and the proxy ARGs, which every stage sees. */
  private static List<String> references(Step step) {
    // A list only for a step with references, and its segment only for a message: every step passes here.
    List<String> names = List.of();
    try {
      for (String value : step.expanded()) {
        for (String name : Expansions.names(value, "value")) {
          if (!name.equals("PATH") && !PROXY_ARGS.contains(name)) {
            names = names.isEmpty() ? new ArrayList<>() : names;
            names.add(name);
          }
        }
      }
    } catch (DefinitionException e) {
      throw e.within(step.describe());
    }
    return names;
  }

  private static void checkVisible(String name, End scope, Set<String> globalNames, boolean external) {
    if (scope.args().contains(name) || scope.env().contains(name)) {
      return;
    }
    String fix = "declare it in this stage with arg(\"" + name + "\") before this step";
    Checks.check(!PLATFORM_ARGS.contains(name), "refers to ${%s}, which Docker predefines for FROM lines only: %s",
        name, fix);
    Checks.check(!globalNames.contains(name), "refers to ${%s}, a global ARG, which FROM lines see but the steps of"
        + " a stage do not: %s%s", name, fix, external ? ", or, if the parent image sets it, name it with parentEnv(\""
        + name + "\")" : "");
    Checks.check(false, "refers to ${%s}, which this stage does not declare before this step: declare it with"
        + " arg(\"%s\") or env(\"%s\", value) before this step%s", name, name, name,
        external ? ", or, if the parent image sets it, name it with parentEnv(\"" + name + "\")" : "");
  }
}
