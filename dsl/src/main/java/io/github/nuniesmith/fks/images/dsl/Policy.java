package io.github.nuniesmith.fks.images.dsl;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A named set of lint rules an {@link ImageSet} is held to, and which of their findings stop
 * generation. Each policy holds the rules of the ones before it: {@link #STRICT} is {@link #BASELINE}
 * plus the FKS choices. The rules that protect the generator's own output (escaping, injection,
 * paths, the stage graph) belong to no policy: they always apply and cannot be suppressed.
 */
public enum Policy {
  /**
   * What is wrong in any Dockerfile: a root-needing step after a non-root USER, secrets in ARG or
   * ENV, apt without update in the same RUN, unchecked downloads, malformed OCI labels, and the like.
   * Its findings are reported and the files are still written, so that images moved from existing
   * Dockerfiles render before their defects are fixed. The default of a set built without tiers.
   */
  BASELINE(false),
  /**
   * The baseline plus the FKS choices: a non-root final user, the moving and {@code -v<semver>} tag
   * scheme, trusted registries, exact pins, one package index, TA-Lib and PyTorch release rules, and
   * complete Python environment tiers. Any error stops generation. The default of a set built from
   * tiers.
   */
  STRICT(true);

  private final boolean lintErrorsStop;

  Policy(boolean lintErrorsStop) {
    this.lintErrorsStop = lintErrorsStop;
  }

  /** Whether {@code rule} is one of this policy's lint rules. */
  public boolean includes(Rule rule) {
    return rule.policy().map(least -> least.compareTo(this) <= 0).orElse(false);
  }

  /**
   * Whether a finding of {@code rule} that no suppression turns off stops generation: an error of a
   * check every policy runs always does (it guards the generator's own output); an error of a
   * policy's lint rule does under {@link #STRICT} only; warnings and infos never do.
   */
  public boolean failsOn(Rule rule) {
    Checks.notNull(rule, "rule");
    return rule.severity() == Rule.Severity.ERROR && (lintErrorsStop || rule.checked() != Rule.Checked.LINT);
  }

  /** This policy's lint rules, in catalog order. */
  public List<Rule> rules() {
    return Arrays.stream(Rule.values()).filter(this::includes).toList();
  }

  /** The policy named {@code name} in any case, e.g. {@code strict}. */
  public static Policy parse(String name) {
    Checks.notNull(name, "policy");
    String upper = name.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.name().equals(upper)).findFirst()
        .orElseThrow(() -> new DefinitionException("policy " + Checks.quote(name)
            + " is not one of baseline, strict"));
  }

  /** The lowercase name, as {@code -Dfks.policy} takes it. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
