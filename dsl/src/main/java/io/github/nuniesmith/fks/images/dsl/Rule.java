package io.github.nuniesmith.fks.images.dsl;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalog of fks-images rules: a stable id, a severity, a title, the hadolint and BuildKit rules
 * each corresponds to, when it is checked and the first {@link Policy} that includes it. A rule
 * checked when the definition is built protects the generator's own output and is part of this
 * model's error vocabulary: a {@link DefinitionException} names it. Every other rule is a lint rule
 * of a policy, which a definition may suppress with a reason, except the few lint checks every
 * policy runs ({@link Checked#ALWAYS}).
 */
public enum Rule {
  /** Base images name a version tag. */
  FKS001(Severity.ERROR, Policy.STRICT, "Base image names a version tag, never latest or none",
      "DL3006, DL3007", ""),
  /** Base images come from a trusted registry. */
  FKS002(Severity.ERROR, Policy.STRICT, "Base image comes from a trusted registry", "DL3026", ""),
  /** Base images are pinned by digest, when the lint policy asks for it. */
  FKS003(Severity.ERROR, Policy.STRICT, "Base image is pinned by digest (when the policy requires it)",
      "", ""),
  /** Every download is checked against a sha256. */
  FKS004(Severity.ERROR, Policy.BASELINE, "Every download is checked against a sha256", "", ""),
  /** pip requirements are valid PEP 508 and rendered as one quoted word. */
  FKS005(Severity.ERROR, Checked.DEFINITION, "pip requirement is valid PEP 508, rendered quoted",
      "DL3013, SC2102", ""),
  /** A pip cache mount and --no-cache-dir never go together; one of them is always there. */
  FKS006(Severity.ERROR, Policy.BASELINE, "pip install uses a cache mount or --no-cache-dir, never both",
      "DL3042", ""),
  /** apt-get runs in the canonical block. */
  FKS007(Severity.ERROR, Policy.BASELINE,
      "apt-get update and install -y --no-install-recommends in one RUN, lists not kept, never apt",
      "DL3009, DL3014, DL3015, DL3027", ""),
  /** Every stage that runs a shell sets bash with pipefail first. */
  FKS008(Severity.ERROR, Checked.ALWAYS, "SHELL with pipefail after every FROM of a stage with a RUN",
      "DL4006, SC3040", ""),
  /** No secret-looking ARG or ENV names. */
  FKS009(Severity.ERROR, Policy.BASELINE, "No secret-looking ARG or ENV name", "DL3064",
      "SecretsUsedInArgOrEnv"),
  /** USER is numeric, and a stage does not end as root. */
  FKS010(Severity.ERROR, Policy.STRICT, "USER is numeric or a variable, and a stage does not end as root",
      "DL3002, DL3066", ""),
  /** A stage that runs a command ends as a non-root user. */
  FKS011(Severity.ERROR, Policy.STRICT, "A stage with CMD or ENTRYPOINT runs as a non-root user",
      "DL3002", ""),
  /** CMD, ENTRYPOINT and HEALTHCHECK are exec form, at most one of each per stage. */
  FKS012(Severity.ERROR, Policy.BASELINE,
      "CMD, ENTRYPOINT and HEALTHCHECK in exec form, at most one of each per stage",
      "DL3025, DL4003, DL4004, DL3012", "JSONArgsRecommended, MultipleInstructionsDisallowed"),
  /** A stage that serves a port has a HEALTHCHECK. */
  FKS013(Severity.WARNING, Policy.STRICT, "A stage that exposes a port and runs a command has a HEALTHCHECK",
      "DL3057", ""),
  /** Stage names are lowercase, unique and not reserved; references name earlier stages. */
  FKS014(Severity.ERROR, Checked.DEFINITION,
      "Stage names are lowercase, unique and not reserved; FROM and COPY --from name earlier stages",
      "DL3022, DL3023, DL3024, DL3063", "StageNameCasing, DuplicateStageName, ReservedStageName"),
  /** WORKDIR is absolute. */
  FKS015(Severity.ERROR, Policy.BASELINE, "WORKDIR is absolute", "DL3000", "WorkdirRelativePath"),
  /** No two consecutive RUNs that could be one. */
  FKS016(Severity.INFO, Policy.STRICT, "No consecutive RUNs with the same mounts that could be one",
      "DL3059", ""),
  /** Label keys are valid. */
  FKS017(Severity.ERROR, Policy.STRICT, "Label keys are lowercase reverse-DNS, outside Docker's namespaces",
      "DL3048", ""),
  /** OCI label values have the format the OCI annotations define. */
  FKS018(Severity.WARNING, Policy.BASELINE, "OCI label keys are defined by the spec and their values well-formed",
      "DL3052, DL3056", ""),
  /** TA-Lib C and Python versions work together. */
  FKS019(Severity.ERROR, Policy.STRICT, "TA-Lib C library and Python package are of matching series",
      "", ""),
  /** torch, torchvision and torchaudio come from one release. */
  FKS020(Severity.ERROR, Policy.STRICT, "torch, torchvision and torchaudio come from one release", "", ""),
  /** torch family packages from a PyTorch index are pinned to that index's build. */
  FKS021(Severity.ERROR, Policy.STRICT,
      "torch family from a PyTorch index is pinned to its build (+cu128, +cpu)", "", ""),
  /** One package index per pip install. */
  FKS022(Severity.WARNING, Policy.STRICT, "One package index per pip install; --extra-index-url needs a reason", "", ""),
  /** A runtime stage has what its builder installed. */
  FKS023(Severity.ERROR, Policy.STRICT,
      "A stage that copies from a builder has every Python environment and native library the builder has",
      "", ""),
  /** pip requirements are pinned exactly. */
  FKS024(Severity.WARNING, Policy.STRICT, "pip requirement is pinned exactly with ==", "DL3013", ""),
  /** No cd or sudo in a RUN. */
  FKS025(Severity.WARNING, Policy.BASELINE, "No cd or sudo in a RUN", "DL3003, DL3004", ""),
  /** An ENV does not refer to a variable it sets itself. */
  FKS026(Severity.ERROR, Checked.DEFINITION, "ENV does not refer to a variable the same ENV sets", "DL3044", ""),
  /** No copy of a stage's whole filesystem. */
  FKS027(Severity.WARNING, Policy.BASELINE, "No COPY --from of a stage's or an image's entire filesystem", "DL3067", ""),
  /** EXPOSE names a valid port. */
  FKS028(Severity.ERROR, Checked.DEFINITION, "EXPOSE names a port from 1 to 65535", "DL3011", ""),
  /** The syntax directive is new enough for the features used. */
  FKS029(Severity.ERROR, Checked.ALWAYS, "The # syntax directive is new enough for the features used", "", ""),
  /** One downloader per stage. */
  FKS030(Severity.WARNING, Policy.STRICT, "One of curl or wget per stage, not both", "DL4001", ""),
  /** A suppression suppresses something. */
  FKS031(Severity.WARNING, Checked.ALWAYS, "A suppression matches a finding; remove it when it does not", "", ""),
  /** No value in a Dockerfile has the format of a well-known credential. */
  FKS032(Severity.ERROR, Policy.BASELINE, "No value has the format of a known token or private key", "", ""),
  /** MAINTAINER is deprecated. */
  FKS033(Severity.WARNING, Policy.BASELINE, "No MAINTAINER: use the label org.opencontainers.image.authors",
      "DL4000", "MaintainerDeprecated"),
  /** ENV is written key=value. */
  FKS034(Severity.WARNING, Policy.BASELINE, "ENV is written key=value, not the legacy ENV key value", "",
      "LegacyKeyValueFormat"),
  /** A step that needs root does not run after a non-root USER, in its stage or the stages it builds on. */
  FKS035(Severity.ERROR, Policy.BASELINE,
      "A step that needs root (apt, useradd, ldconfig...) runs as root, also after a parent's non-root USER", "", ""),
  /** Published targets follow the moving tag and {@code -v<semver>} scheme. */
  FKS036(Severity.ERROR, Policy.STRICT,
      "A published target has a moving tag and its -v<semver> tag, never latest", "", ""),
  /** A pip requirement with > or < in a shell command is quoted, or the shell reads a redirect. */
  FKS037(Severity.ERROR, Policy.BASELINE,
      "A pip requirement with > or < in a RUN is quoted, or the shell makes it a redirect", "SC2102", ""),
  /** Every stage is built: the last, a published target, or one another stage uses. */
  FKS038(Severity.WARNING, Policy.BASELINE,
      "Every stage is the last, a published target, or used by another stage; BuildKit skips the rest", "", "");

  /** How bad a finding is: an error stops generation, a warning is reported, info is shown. */
  public enum Severity {
    /**
     * Stops generation where the set's policy fails on it ({@link Policy#failsOn}), unless a suppression
     * with a reason turns it off where the rule may be suppressed.
     */
    ERROR,
    /** Reported by generate, check and lint. */
    WARNING,
    /** Shown in the lint report. */
    INFO
  }

  /** When a rule is checked, which says whether it can be suppressed. */
  public enum Checked {
    /**
     * When the definition is built: the rule protects the generator's own output (escaping,
     * injection, paths, the stage graph), so a definition that breaks it is never built.
     */
    DEFINITION,
    /** By the lint engine, when the set's {@link Policy} includes the rule; suppressible with a reason. */
    LINT,
    /**
     * By the lint engine under every policy: guarantees of the generator's own rendered output, and
     * suppressions that match nothing. Not suppressible: a finding is a bug to fix, not a choice.
     */
    ALWAYS
  }

  private final Severity severity;
  private final Checked checked;
  private final Optional<Policy> policy;
  private final String title;
  private final String hadolint;
  private final String buildkit;

  /** A rule outside every policy: checked when the definition is built, or always by lint. */
  Rule(Severity severity, Checked checked, String title, String hadolint, String buildkit) {
    this(severity, checked, Optional.empty(), title, hadolint, buildkit);
  }

  /** A lint rule of {@code policy} and of every policy after it. */
  Rule(Severity severity, Policy policy, String title, String hadolint, String buildkit) {
    this(severity, Checked.LINT, Optional.of(policy), title, hadolint, buildkit);
  }

  Rule(Severity severity, Checked checked, Optional<Policy> policy, String title, String hadolint, String buildkit) {
    this.severity = severity;
    this.checked = checked;
    this.policy = policy;
    this.title = title;
    this.hadolint = hadolint;
    this.buildkit = buildkit;
  }

  /** The stable id, e.g. {@code FKS005}. */
  public String id() {
    return name();
  }

  /** How bad a finding of this rule is. */
  public Severity severity() {
    return severity;
  }

  /** When this rule is checked. */
  public Checked checked() {
    return checked;
  }

  /**
   * The first policy that includes this lint rule (every later one does too); empty for a rule
   * checked when the definition is built or always.
   */
  public Optional<Policy> policy() {
    return policy;
  }

  /** Whether a definition may turn the rule off with a written reason: every rule of a policy. */
  public boolean suppressible() {
    return policy.isPresent();
  }

  /** What the rule asks for, in one line. */
  public String title() {
    return title;
  }

  /** The hadolint rules it corresponds to, comma separated; empty when none. */
  public String hadolint() {
    return hadolint;
  }

  /** The BuildKit build checks it corresponds to, comma separated; empty when none. */
  public String buildkit() {
    return buildkit;
  }

  /** The rule with id {@code id}, if there is one. */
  public static Optional<Rule> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
  }
}
