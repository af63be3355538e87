package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
  public static final Word NAME = new Word("a-z", "a-z0-9_.-", 63);
  static final String NAME_RULE = "use up to 63 lowercase letters, digits and _ . -, starting with a letter";

  /** Validates the name, the parent and the steps. */
  public Stage {
    Checks.enforcing(Rule.FKS014, () -> Checks.matches(name, NAME, "stage name", NAME_RULE));
    Checks.check(Rule.FKS014, !Set.of("scratch", "context").contains(name),
        "stage name %s is reserved by BuildKit: choose another", Checks.quoted(name));
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
      if (from instanceof From.Previous p) {
        Checks.check(Rule.FKS014, !p.stage().equals(stage), "starts from itself: name an earlier stage");
      }
      // A comment is written above the next step's instruction; the last step has none after it.
      Checks.check(steps.isEmpty() || !(steps.get(steps.size() - 1) instanceof Comment),
          "ends with a comment, which would have no instruction below it: put it before the step it describes");
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

  /** The last USER of the stage, if it switches user. */
  public Optional<User> finalUser() {
    User user = null;
    for (Step step : steps) {
      if (step instanceof User u) {
        user = u;
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

    /**
     * Starts from an external image, e.g. {@code "python:3.12-slim-trixie"}, or from the image or stage
     * that global ARGs name, e.g. {@code "$REGISTRY/base-notebook:${TAG}"}.
     */
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

    /** Installs Python requirements as {@code install} says: its index, extra indexes, cache and pip check. */
    public Builder pip(PipInstall.Builder install) {
      return step("pip install", () -> Checks.notNull(install, "pip install").build());
    }

    /** Installs Debian packages as {@code install} says: recommends, target release. */
    public Builder apt(AptInstall.Builder install) {
      return step("apt install", () -> Checks.notNull(install, "apt install").build());
    }

    /** Installs Alpine packages with {@code apk add}, apk's cache on a cache mount. */
    public Builder apk(String... packages) {
      return apk(ApkInstall.builder(packages));
    }

    /** Installs Alpine packages as {@code install} says. */
    public Builder apk(ApkInstall.Builder install) {
      return step("apk add", () -> Checks.notNull(install, "apk add").build());
    }

    /** Installs RPM packages with {@code dnf}, without weak dependencies or docs, its cache on a cache mount. */
    public Builder dnf(String... packages) {
      return dnf(DnfInstall.dnf(packages));
    }

    /** Installs RPM packages with {@code microdnf}, without weak dependencies or docs, its cache on a cache mount. */
    public Builder microdnf(String... packages) {
      return dnf(DnfInstall.microdnf(packages));
    }

    /** Installs RPM packages as {@code install} says ({@link DnfInstall#dnf} or {@link DnfInstall#microdnf}). */
    public Builder dnf(DnfInstall.Builder install) {
      return step("dnf install", () -> Checks.notNull(install, "dnf install").build());
    }

    /**
     * Installs conda packages as {@code install} says ({@link CondaInstall#micromamba}, {@link
     * CondaInstall#mamba} or {@link CondaInstall#conda}), e.g. {@code
     * conda(CondaInstall.micromamba("/opt/conda", "numpy=2.1").channel(CondaChannel.CONDA_FORGE))}.
     */
    public Builder conda(CondaInstall.Builder install) {
      return step("conda install", () -> Checks.notNull(install, "conda install").build());
    }

    /** Sets environment variables, rendered sorted by name. */
    public Builder env(Map<String, String> variables) {
      return step("env", () -> new Env(variables));
    }

    /**
     * Sets environment variables in one ENV, in the order given, {@code "NAME", "value", ...}, as a ported
     * Dockerfile writes them; {@link #env(Map)} sorts them by name.
     */
    public Builder envInOrder(String... namesAndValues) {
      return step("env", () -> Env.inOrder(namesAndValues));
    }

    /** Sets one environment variable. */
    public Builder env(String name, String value) {
      return step("env " + name, () -> Env.of(name, value));
    }

    /**
     * Sets one environment variable to {@code value} exactly: Docker expands nothing in it, so that
     * {@code envLiteral("PS1", "$ ")} sets a dollar sign.
     */
    public Builder envLiteral(String name, String value) {
      return step("env " + name, () -> Env.builder().literal(name, value).build());
    }

    /**
     * Sets environment variables in one ENV, in the order {@code env} gives them, each expanded or literal,
     * e.g. {@code env(e -> e.set("APP_HOME", "/opt/app").literal("PROMPT", "$ "))}.
     */
    public Builder env(java.util.function.Consumer<Env.Builder> env) {
      return step("env", () -> {
        Env.Builder builder = Env.builder();
        Checks.notNull(env, "env").accept(builder);
        return builder.build();
      });
    }

    /**
     * Sets the working directory: absolute ({@code "/app"}), relative to the previous one, or with
     * variables ({@code "${HOME}/work"}).
     */
    public Builder workdir(String path) {
      return step("workdir", () -> new Workdir(path));
    }

    /** Copies {@code source} from the build context. */
    public Builder copy(String source, String destination) {
      return step("copy " + Checks.quote(String.valueOf(source)), () -> Copy.fromContext(source, destination));
    }

    /** Copies {@code source} from the earlier stage {@code stage}. */
    public Builder copyFrom(String stage, String source, String destination) {
      return step("copy " + Checks.quote(String.valueOf(source)), () -> Copy.fromStage(stage, source, destination));
    }

    /**
     * Copies with any of COPY's flags, e.g. {@code copy(c -> c.fromStage("build").source("/opt/app/")
     * .to("/opt/app/").chown("${NB_UID}:${NB_GID}").chmod("0755").link())}; {@code c.text(...)} writes
     * a file from a heredoc instead.
     */
    public Builder copy(java.util.function.Consumer<Copy.Builder> copy) {
      Copy.Builder builder = Copy.builder();
      Checks.within("stage " + name, () -> Checks.within("copy", () -> Checks.notNull(copy, "copy").accept(builder)));
      return step(builder.describe(), builder::build);
    }

    /** Adds {@code source}, a path in the build context, an https:// URL or a git URL, to {@code destination}. */
    public Builder add(String source, String destination) {
      return step("add " + Checks.quote(String.valueOf(source)), () -> Add.of(source, destination));
    }

    /**
     * Adds with any of ADD's flags, e.g. {@code add(a -> a.source("https://example.org/x.tar.gz")
     * .checksum("sha256:...").to("/tmp/x.tar.gz"))}.
     */
    public Builder add(java.util.function.Consumer<Add.Builder> add) {
      Add.Builder builder = Add.builder();
      Checks.within("stage " + name, () -> Checks.within("add", () -> Checks.notNull(add, "add").accept(builder)));
      return step(builder.describe(), builder::build);
    }

    /**
     * Switches the user, rendered exactly as given: a name or id ({@code "app"}, {@code "1000"}), with a
     * group ({@code "app:users"}, {@code "1000:100"}), a variable ({@code "${NB_UID}"}), or back to root
     * ({@code "root"}, {@code "0"}). Without a group Docker takes the user's primary group from passwd.
     */
    public Builder user(String spec) {
      return step("user", () -> User.parse(spec));
    }

    /**
     * Sets the shell of later shell-form instructions (SHELL), e.g. {@code "/bin/sh", "-eo", "pipefail", "-c"}
     * on Alpine; set before the stage's first RUN, it replaces the bash with pipefail the generator writes.
     */
    public Builder defaultShell(String... command) {
      return step("shell", () -> new DefaultShell(Checks.asList(command, "shell")));
    }

    /** Sets the signal that stops the container (STOPSIGNAL): {@code "SIGTERM"}, {@code "9"} or a variable. */
    public Builder stopSignal(String signal) {
      return step("stop signal", () -> new StopSignal(signal));
    }

    /** Marks one or more paths as volume mount points (VOLUME). */
    public Builder volume(String... paths) {
      return step("volume", () -> new Volume(Checks.asList(paths, "volume")));
    }

    /**
     * Adds steps that run in every image built FROM this one (ONBUILD), one ONBUILD per step {@code body}
     * adds, e.g. {@code onBuild(b -> b.copy(".", "/app"))}.
     */
    public Builder onBuild(java.util.function.Consumer<Builder> body) {
      // The inner builder's name is only a path prefix: its errors read "stage x / onbuild / <step>".
      Builder inner = new Builder(name + " / onbuild");
      Checks.within("stage " + name + " / onbuild", () -> Checks.notNull(body, "onbuild body"));
      body.accept(inner);
      for (Step step : inner.steps) {
        step("onbuild", () -> new OnBuild(step));
      }
      return this;
    }

    /** Sets the deprecated MAINTAINER, accepted for existing files; lint prefers an authors label (FKS033). */
    public Builder maintainer(String name) {
      return step("maintainer", () -> new Maintainer(name));
    }

    /** Sets a healthcheck of {@code command} with Docker's default timings. */
    public Builder healthcheck(ContainerCommand command) {
      return step("healthcheck", () -> Healthcheck.of(command));
    }

    /**
     * Sets a healthcheck of {@code command} with the timings {@code timings} adds, e.g.
     * {@code h -> h.withInterval(Duration.ofSeconds(10)).withRetries(5)}.
     */
    public Builder healthcheck(ContainerCommand command, java.util.function.UnaryOperator<Healthcheck> timings) {
      return step("healthcheck", () -> Checks.notNull(timings, "healthcheck timings").apply(Healthcheck.of(command)));
    }

    /** Turns off the healthcheck the base image sets ({@code HEALTHCHECK NONE}). */
    public Builder healthcheckNone() {
      return step("healthcheck", Healthcheck::none);
    }

    /** Sets the shell-form command (CMD), run by the stage's SHELL. */
    public Builder cmdShell(String line) {
      return step("cmd", () -> new Cmd(new ContainerCommand.Shell(line)));
    }

    /** Sets the shell-form entrypoint (ENTRYPOINT), run by the stage's SHELL. */
    public Builder entrypointShell(String line) {
      return step("entrypoint", () -> new Entrypoint(new ContainerCommand.Shell(line)));
    }

    /** Exposes ports: {@code "8080"}, {@code "8080/udp"}, {@code "8000-8010"} or {@code "${PORT}"}. */
    public Builder expose(String... ports) {
      return step("expose", () -> new Expose(Checks.asList(ports, "expose")));
    }

    /** Adds one label; the key may be any word (its style is the lint rule FKS017). */
    public Builder label(String key, String value) {
      return step("label " + key, () -> Labels.of(key, value));
    }

    /** Adds one label whose value is taken exactly: Docker expands nothing in it, so a {@code $} is a dollar sign. */
    public Builder labelLiteral(String key, String value) {
      return step("label " + key, () -> Labels.builder().literal(key, value).build());
    }

    /**
     * Adds labels in one LABEL, in the order {@code labels} gives them, each expanded or literal, e.g.
     * {@code labels(l -> l.set("org.opencontainers.image.version", "${VERSION}").literal("com.example.price", "$5"))}.
     */
    public Builder labels(java.util.function.Consumer<Labels.Builder> labels) {
      return step("labels", () -> {
        Labels.Builder builder = Labels.builder();
        Checks.notNull(labels, "labels").accept(builder);
        return builder.build();
      });
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

    /** Resets the entrypoint the base image sets, and its CMD: {@code ENTRYPOINT []}. */
    public Builder entrypointNone() {
      return step("entrypoint", Entrypoint::none);
    }

    /** Resets the command the base image sets: {@code CMD []}. */
    public Builder cmdNone() {
      return step("cmd", Cmd::none);
    }

    /**
     * Adds labels in one LABEL, in the order given, {@code "key", "value", ...}, as a ported Dockerfile
     * writes them; {@link #labels(Map)} sorts them by key.
     */
    public Builder labelsInOrder(String... keysAndValues) {
      return step("labels", () -> Labels.inOrder(keysAndValues));
    }

    /** Adds labels, rendered sorted by key. */
    public Builder labels(Map<String, String> labels) {
      return step("labels", () -> new Labels(labels));
    }

    /** Declares a build argument with a default; the steps after it see it. */
    public Builder arg(String name, String defaultValue) {
      return step("arg " + name, () -> Arg.of(name, defaultValue));
    }

    /**
     * Declares a build argument without a default; a global ARG of that name is seen from here on, with
     * its default (the Dockerfile reference: a global ARG must be declared again in a stage to be used).
     */
    public Builder arg(String name) {
      return step("arg " + name, () -> Arg.of(name));
    }

    /**
     * Declares several build arguments in one ARG instruction, as a ported Dockerfile writes them, e.g.
     * {@code args(Arg.of("TARGETOS"), Arg.of("TARGETARCH"))}; each behaves as {@link #arg(String)} does.
     */
    public Builder args(Arg... args) {
      return step("args", () -> Args.of(args));
    }

    /** Declares {@code variable} as a build argument with a default. */
    public Builder arg(Variable variable, String defaultValue) {
      return arg(Checks.within("stage " + this.name, () -> Checks.notNull(variable, "arg")).name(), defaultValue);
    }

    /** Declares {@code variable} as a build argument without a default, or again after a global ARG. */
    public Builder arg(Variable variable) {
      return arg(Checks.within("stage " + this.name, () -> Checks.notNull(variable, "arg")).name());
    }

    /** Sets the environment variable {@code variable}; the value may refer to others, e.g. {@code other.ref()}. */
    public Builder env(Variable variable, String value) {
      return env(Checks.within("stage " + this.name, () -> Checks.notNull(variable, "env")).name(), value);
    }

    /**
     * Sets one environment variable in the legacy form {@code ENV NAME value}, as a Dockerfile being
     * ported writes it; lint reports it (BuildKit's LegacyKeyValueFormat). Prefer {@link #env(String, String)}.
     */
    public Builder envLegacy(String name, String value) {
      return step("env " + name, () -> Env.legacy(name, value));
    }

    /** Starts from the image or earlier stage that the global ARG {@code variable} names: {@code FROM ${NAME}}. */
    public Builder from(Variable variable) {
      return from(Checks.within("stage " + name + " / from",
          () -> new From.Expanded(Checks.notNull(variable, "from variable").ref())));
    }

    private String platform;
    private final List<String> parentEnv = new ArrayList<>();

    /**
     * Builds for {@code platform}: {@code FROM --platform=...}, a platform such as {@code linux/arm64} or a
     * variable such as {@code $BUILDPLATFORM} (to run build tools natively in a cross-build).
     */
    public Builder platform(String platform) {
      this.platform = Checks.within("stage " + name + " / platform", () -> Checks.notNull(platform, "platform"));
      return this;
    }

    /**
     * Names ENV variables that the parent image from outside this set sets and this stage refers to, e.g.
     * {@code CONDA_DIR} of a registry image; the model cannot read the image, so a reference to a name it
     * is not told of is an error.
     */
    public Builder parentEnv(String... names) {
      parentEnv.addAll(Checks.within("stage " + name, () -> Checks.asList(names, "parent env")));
      return this;
    }

    /** Names ENV variables that the parent image from outside this set sets, as {@link #parentEnv(String...)}. */
    public Builder parentEnv(Variable... variables) {
      Checks.within("stage " + name, () -> Checks.asList(variables, "parent env"))
          .forEach(v -> parentEnv.add(v == null ? null : v.name()));
      return this;
    }

    /** {@link #from} with the platform and parent ENV given. */
    private From fromWithOptions() {
      return Checks.within("stage " + name + " / from", () -> {
        From f = platform == null ? from : from.withPlatform(platform);
        return parentEnv.isEmpty() ? f : f.withParentEnv(parentEnv);
      });
    }

    /**
     * Runs a raw shell command, with the reason no typed step fits; rendered with the reason above
     * it. Prefer a typed step.
     */
    public Builder shell(String reason, String command, Mount... mounts) {
      return step("shell step", () -> new ShellStep(reason, command, Checks.asList(mounts, "mounts")));
    }

    /**
     * Runs shell {@code command}: {@code RUN command}. Text of several lines is written as continuation
     * lines, which Docker joins into one command (end lines with {@code &&} as in any Dockerfile); for
     * a script, flags or the exec form use {@link #run(java.util.function.Consumer)}.
     */
    public Builder run(String command) {
      return step("run", () -> Run.of(new Run.Shell(command, Run.Layout.CONTINUATION_LINES)));
    }

    /**
     * Adds a RUN that {@code spec} describes, e.g. {@code run(r -> r.mount(Mount.cache("/root/.npm"))
     * .heredoc(script))} or {@code run(r -> r.step(AptInstall.of("curl")).then("rm -rf /tmp/x"))}.
     */
    public Builder run(java.util.function.Consumer<Run.Builder> spec) {
      return step("run", () -> {
        Run.Builder run = new Run.Builder();
        Checks.notNull(spec, "run spec").accept(run);
        return run.build();
      });
    }

    /** Writes {@code text} as {@code #} comment lines above the instruction of the next step. */
    public Builder comment(String text) {
      return step("comment", () -> Comment.of(text));
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
      return new Stage(name, fromWithOptions(), steps, suppressions);
    }
  }
}
