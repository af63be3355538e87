package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A named stage of a Dockerfile: where it starts from and what it does, in order.
 *
 * @param name lowercase, unique in its image, not {@code scratch} or {@code context}
 * @param from what the stage starts from
 * @param steps what it does
 * @param suppressions lint rules turned off for this stage, with reasons
 */
public record Stage(String name, From from, List<Step> steps, List<Suppression> suppressions) {
  /** Stage names: lowercase, as BuildKit's StageNameCasing wants. */
  public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.-]{0,62}");
  static final String NAME_RULE = "use up to 63 lowercase letters, digits and _ . -, starting with a letter";

  /** Validates the name, the parent and the steps. */
  public Stage {
    Checks.enforcing(Rule.FKS014, () -> Checks.matches(name, NAME, "stage name", NAME_RULE));
    Checks.check(Rule.FKS014, !Set.of("scratch", "context").contains(name),
        "stage name %s is reserved by BuildKit: choose another", Checks.quote(name));
    Checks.notNull(from, "from");
    steps = List.copyOf(Checks.notNull(steps, "steps"));
    validate(name, from, steps);
    List<Suppression> given = suppressions;
    suppressions = Checks.within("stage " + name, () -> Suppression.distinct(given));
  }

  /** A stage without suppressions. */
  public Stage(String name, From from, List<Step> steps) {
    this(name, from, steps, List.of());
  }

  private static void validate(String stage, From from, List<Step> steps) {
    Checks.within("stage " + stage, () -> {
      long cmds = steps.stream().filter(Cmd.class::isInstance).count();
      long entrypoints = steps.stream().filter(Entrypoint.class::isInstance).count();
      long healthchecks = steps.stream().filter(Healthcheck.class::isInstance).count();
      Checks.check(Rule.FKS012, cmds <= 1, "has %d CMDs: keep one, only the last would count", cmds);
      Checks.check(Rule.FKS012, entrypoints <= 1, "has %d ENTRYPOINTs: keep one, only the last would count", entrypoints);
      Checks.check(Rule.FKS012, healthchecks <= 1, "has %d HEALTHCHECKs: keep one, only the last would count", healthchecks);
      if (from instanceof From.Previous p) {
        Checks.check(Rule.FKS014, !p.stage().equals(stage), "starts from itself: name an earlier stage");
      }
      for (Step step : steps) {
        if (step instanceof SourceBuild && steps.size() > 1) {
          Checks.within(step.describe(), () -> Checks.check(false,
              "shares its stage with other steps, which would run in its build folder:"
                  + " give it a stage of its own and copy its prefix from there"));
        }
      }
    });
  }

  /** Starts a stage named {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The user the stage ends as, if it switches user. */
  public Optional<UserSpec> finalUser() {
    UserSpec user = null;
    for (Step step : steps) {
      if (step instanceof User u) {
        user = u.user();
      }
    }
    return Optional.ofNullable(user);
  }

  /** Builds a {@link Stage}; each method names the step in the error path when its input is bad. */
  public static final class Builder {
    private final String name;
    private From from;
    private final List<Step> steps = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Starts from an external image, e.g. {@code "python:3.12-slim-trixie"}. */
    public Builder from(String reference) {
      return from(Checks.within("stage " + name + " / from", () -> From.image(reference)));
    }

    /** Starts from {@code from}. */
    public Builder from(From from) {
      this.from = from;
      return this;
    }

    /** Starts from the target {@code target} of another image of the set. */
    public Builder from(Image image, String target) {
      return from(Checks.within("stage " + name + " / from", () -> new From.Published(image, target)));
    }

    /** Installs Debian packages. */
    public Builder apt(String... packages) {
      return step("apt install", () -> AptInstall.of(packages));
    }

    /** Installs Python requirements from PyPI with the pip cache. */
    public Builder pip(String... requirements) {
      return step("pip install", () -> PipInstall.of(requirements));
    }

    /** Sets environment variables, rendered sorted by name. */
    public Builder env(Map<String, String> variables) {
      return step("env", () -> new Env(variables));
    }

    /** Sets one environment variable. */
    public Builder env(String name, String value) {
      return step("env " + name, () -> Env.of(name, value));
    }

    /** Sets the working directory, which must be absolute. */
    public Builder workdir(String path) {
      return step("workdir", () -> Checks.enforcing(Rule.FKS015, () -> new Workdir(AbsolutePath.of(path))));
    }

    /** Copies {@code source} from the build context. */
    public Builder copy(String source, String destination) {
      return step("copy " + Checks.quote(String.valueOf(source)), () -> Copy.fromContext(source, destination));
    }

    /** Copies {@code source} from the earlier stage {@code stage}. */
    public Builder copyFrom(String stage, String source, String destination) {
      return step("copy " + Checks.quote(String.valueOf(source)), () -> Copy.fromStage(stage, source, destination));
    }

    /** Switches to a numeric non-root user, e.g. {@code "10001:10001"}. */
    public Builder user(String spec) {
      return step("user", () -> new User(UserSpec.parse(spec)));
    }

    /** Exposes a TCP port. */
    public Builder expose(int port) {
      return step("expose", () -> new Expose(Port.tcp(port)));
    }

    /** Sets the exec-form command. */
    public Builder cmd(String... command) {
      return step("cmd", () -> new Cmd(Checks.asList(command, "cmd")));
    }

    /** Sets the exec-form entrypoint. */
    public Builder entrypoint(String... command) {
      return step("entrypoint", () -> new Entrypoint(Checks.asList(command, "entrypoint")));
    }

    /** Adds labels. */
    public Builder labels(Map<String, String> labels) {
      return step("labels", () -> new Labels(labels));
    }

    /** Declares a build argument with a default. */
    public Builder arg(String name, String defaultValue) {
      return step("arg " + name, () -> new Arg(name, Optional.of(defaultValue)));
    }

    /**
     * Runs a raw shell command, with the reason no typed step fits; rendered with the reason above
     * it. Prefer a typed step.
     */
    public Builder shell(String reason, String command, Mount... mounts) {
      return step("shell step", () -> new ShellStep(reason, command, Checks.asList(mounts, "mounts")));
    }

    /** Adds a step built elsewhere. */
    public Builder step(Step step) {
      steps.add(Checks.notNull(step, "step"));
      return this;
    }

    private Builder step(String what, java.util.function.Supplier<Step> step) {
      steps.add(Checks.within("stage " + name, () -> Checks.within(what, step)));
      return this;
    }

    /** Turns off the lint rule {@code ruleId} for this stage, because of {@code reason}. */
    public Builder suppress(String ruleId, String reason) {
      suppressions.add(Checks.within("stage " + name, () -> Suppression.of(ruleId, reason)));
      return this;
    }

    /** The stage. */
    public Stage build() {
      Checks.within("stage " + name, () -> Checks.check(from != null,
          "has no FROM: call from(...) with an image, an earlier stage or another image's target"));
      return new Stage(name, from, steps, suppressions);
    }
  }
}
