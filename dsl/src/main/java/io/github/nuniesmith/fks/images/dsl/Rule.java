package io.github.nuniesmith.fks.images.dsl;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalog of fks-images rules: a stable id, a severity, a title, the hadolint and BuildKit rules
 * each corresponds to, and when it is checked. A rule checked at definition time is part of this
 * model's error vocabulary: a {@link DefinitionException} names it. The lint engine checks the rest.
 */
public enum Rule {
  /** Base images name a version tag. */
  FKS001(Severity.ERROR, Checked.LINT, "Base image names a version tag, never latest or none",
      "DL3006, DL3007", ""),
  /** Base images come from a trusted registry. */
  FKS002(Severity.ERROR, Checked.LINT, "Base image comes from a trusted registry", "DL3026", ""),
  /** Base images are pinned by digest, when the lint policy asks for it. */
  FKS003(Severity.ERROR, Checked.LINT, "Base image is pinned by digest (when the policy requires it)",
      "", ""),
  /** Every download is checked against a sha256. */
  FKS004(Severity.ERROR, Checked.BOTH, "Every download is checked against a sha256", "", ""),
  /** pip requirements are valid PEP 508 and rendered as one quoted word. */
  FKS005(Severity.ERROR, Checked.DEFINITION, "pip requirement is valid PEP 508, rendered quoted",
      "DL3013, SC2102", ""),
  /** A pip cache mount and --no-cache-dir never go together; one of them is always there. */
  FKS006(Severity.ERROR, Checked.LINT, "pip install uses a cache mount or --no-cache-dir, never both",
      "DL3042", ""),
  /** apt-get runs in the canonical block. */
  FKS007(Severity.ERROR, Checked.LINT,
      "apt-get update and install -y --no-install-recommends in one RUN, lists not kept, never apt",
      "DL3009, DL3014, DL3015, DL3027", ""),
  /** Every stage that runs a shell sets bash with pipefail first. */
  FKS008(Severity.ERROR, Checked.LINT, "SHELL with pipefail after every FROM of a stage with a RUN",
      "DL4006, SC3040", ""),
  /** No secret-looking ARG or ENV names. */
  FKS009(Severity.ERROR, Checked.LINT, "No secret-looking ARG or ENV name", "DL3064",
      "SecretsUsedInArgOrEnv"),
  /** USER is numeric, and a stage does not end as root. */
  FKS010(Severity.ERROR, Checked.LINT, "USER is numeric or a variable, and a stage does not end as root",
      "DL3002, DL3066", ""),
  /** A stage that runs a command ends as a non-root user. */
  FKS011(Severity.ERROR, Checked.LINT, "A stage with CMD or ENTRYPOINT runs as a non-root user",
      "DL3002", ""),
  /** CMD, ENTRYPOINT and HEALTHCHECK are exec form, at most one of each per stage. */
  FKS012(Severity.ERROR, Checked.LINT,
      "CMD, ENTRYPOINT and HEALTHCHECK in exec form, at most one of each per stage",
      "DL3025, DL4003, DL4004, DL3012", "JSONArgsRecommended, MultipleInstructionsDisallowed"),
  /** A stage that serves a port has a HEALTHCHECK. */
  FKS013(Severity.WARNING, Checked.LINT, "A stage that exposes a port and runs a command has a HEALTHCHECK",
      "DL3057", ""),
  /** Stage names are lowercase, unique and not reserved; references name earlier stages. */
  FKS014(Severity.ERROR, Checked.DEFINITION,
      "Stage names are lowercase, unique and not reserved; FROM and COPY --from name earlier stages",
      "DL3022, DL3023, DL3024, DL3063", "StageNameCasing, DuplicateStageName, ReservedStageName"),
  /** WORKDIR is absolute. */
  FKS015(Severity.ERROR, Checked.LINT, "WORKDIR is absolute", "DL3000", "WorkdirRelativePath"),
  /** No two consecutive RUNs that could be one. */
  FKS016(Severity.INFO, Checked.LINT, "No consecutive RUNs with the same mounts that could be one",
      "DL3059", ""),
  /** Label keys are valid. */
  FKS017(Severity.ERROR, Checked.LINT, "Label keys are lowercase reverse-DNS, outside Docker's namespaces",
      "DL3048", ""),
  /** OCI label values have the format the OCI annotations define. */
  FKS018(Severity.WARNING, Checked.LINT, "OCI label keys are defined by the spec and their values well-formed",
      "DL3052, DL3056", ""),
  /** TA-Lib C and Python versions work together. */
  FKS019(Severity.ERROR, Checked.DEFINITION, "TA-Lib C library and Python package are of matching series",
      "", ""),
  /** torch, torchvision and torchaudio come from one release. */
  FKS020(Severity.ERROR, Checked.DEFINITION, "torch, torchvision and torchaudio come from one release", "", ""),
  /** torch family packages from a PyTorch index are pinned to that index's build. */
  FKS021(Severity.ERROR, Checked.DEFINITION,
      "torch family from a PyTorch index is pinned to its build (+cu128, +cpu)", "", ""),
  /** One package index per pip install. */
  FKS022(Severity.WARNING, Checked.LINT, "One package index per pip install; --extra-index-url needs a reason", "", ""),
  /** A runtime stage has what its builder installed. */
  FKS023(Severity.ERROR, Checked.LINT,
      "A stage that copies from a builder has every Python environment and native library the builder has",
      "", ""),
  /** pip requirements are pinned exactly. */
  FKS024(Severity.WARNING, Checked.LINT, "pip requirement is pinned exactly with ==", "DL3013", ""),
  /** No cd or sudo in a RUN. */
  FKS025(Severity.WARNING, Checked.LINT, "No cd or sudo in a RUN", "DL3003, DL3004", ""),
  /** An ENV does not refer to a variable it sets itself. */
  FKS026(Severity.ERROR, Checked.DEFINITION, "ENV does not refer to a variable the same ENV sets", "DL3044", ""),
  /** No copy of a stage's whole filesystem. */
  FKS027(Severity.WARNING, Checked.LINT, "No COPY --from of a stage's or an image's entire filesystem", "DL3067", ""),
  /** EXPOSE names a valid port. */
  FKS028(Severity.ERROR, Checked.DEFINITION, "EXPOSE names a port from 1 to 65535", "DL3011", ""),
  /** The syntax directive is new enough for the features used. */
  FKS029(Severity.ERROR, Checked.LINT, "The # syntax directive is new enough for the features used", "", ""),
  /** One downloader per stage. */
  FKS030(Severity.WARNING, Checked.LINT, "One of curl or wget per stage, not both", "DL4001", ""),
  /** A suppression suppresses something. */
  FKS031(Severity.WARNING, Checked.LINT, "A suppression matches a finding; remove it when it does not", "", ""),
  /** No value in a Dockerfile has the format of a well-known credential. */
  FKS032(Severity.ERROR, Checked.LINT, "No value has the format of a known token or private key", "", ""),
  /** MAINTAINER is deprecated. */
  FKS033(Severity.WARNING, Checked.LINT, "No MAINTAINER: use the label org.opencontainers.image.authors",
      "DL4000", "MaintainerDeprecated"),
  /** ENV is written key=value. */
  FKS034(Severity.WARNING, Checked.LINT, "ENV is written key=value, not the legacy ENV key value", "",
      "LegacyKeyValueFormat");

  /** How bad a finding is: an error stops generation, a warning is reported, info is shown. */
  public enum Severity {
    /** Stops generation; cannot be suppressed, except a rule whose finding may be a false alarm. */
    ERROR,
    /** Reported by generate, check and lint; may be suppressed with a reason. */
    WARNING,
    /** Shown in the lint report; may be suppressed with a reason. */
    INFO
  }

  /** When a rule is checked. */
  public enum Checked {
    /** When the definition is built: a bad value cannot be constructed. */
    DEFINITION,
    /** By the lint engine, over the built model or the rendered Dockerfile. */
    LINT,
    /** Both: refused when built, and checked by lint where a shell step could bypass the type. */
    BOTH
  }

  private final Severity severity;
  private final Checked checked;
  private final String title;
  private final String hadolint;
  private final String buildkit;

  Rule(Severity severity, Checked checked, String title, String hadolint, String buildkit) {
    this.severity = severity;
    this.checked = checked;
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
   * Whether a definition may turn the rule off with a written reason: lint's warnings and infos, and
   * FKS009, an error whose finding can be a false alarm (a name such as {@code TOKENIZERS_PARALLELISM}).
   * Never a rule checked when the definition is built, nor FKS031, which reports unused suppressions.
   */
  public boolean suppressible() {
    return checked != Checked.DEFINITION && this != FKS031 && (severity != Severity.ERROR || this == FKS009);
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
