package io.github.nuniesmith.fks.images.dsl;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Image labels, e.g. the OCI {@code org.opencontainers.image.*} keys. Rendered sorted by key. A
 * value is literal, or refers to a build argument or variable of the stage as {@code ${NAME}}, {@code
 * ${NAME:-default}} or another form Docker expands.
 *
 * @param labels keys to values
 */
public record Labels(Map<String, String> labels) implements Step {
  private static final Pattern KEY = Pattern.compile("[a-z0-9](?:[a-z0-9._/-]*+(?<=[a-z0-9]))?");

  /** Validates keys (hadolint DL3048's rules) and values. */
  public Labels {
    Checks.notNull(labels, "labels");
    Checks.check(!labels.isEmpty(), "labels are empty: give at least one");
    labels.forEach((key, value) -> {
      Checks.enforcing(Rule.FKS017, () -> Checks.matches(key, KEY, "label key",
          "use lowercase letters, digits and . _ / -, starting and ending with a letter or digit"));
      Checks.check(Rule.FKS017, !key.contains("..") && !key.contains("--"),
          "label key %s contains .. or --: use single separators", Checks.quote(key));
      Checks.check(Rule.FKS017, !key.startsWith("com.docker.") && !key.startsWith("io.docker.")
              && !key.startsWith("org.dockerproject."),
          "label key %s is in a namespace reserved by Docker: use your own", Checks.quote(key));
      Checks.text(value, "label " + key);
      Expansions.names(value, "label " + key + " value");
    });
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
  }

  /**
   * Labels of a tier or service: as {@link Labels}, and literal, since their stages are generated
   * and declare no build argument for a {@code ${NAME}} to refer to.
   */
  static Labels literal(Map<String, String> labels) {
    Labels checked = new Labels(labels);
    checked.labels().forEach((key, value) -> Checks.check(!value.contains("$"),
        "label %s value %s contains $: labels of tiers and services are literal", key, Checks.quote(value)));
    return checked;
  }

  @Override
  public String describe() {
    return "labels";
  }

  @Override
  public java.util.List<String> expanded() {
    return java.util.List.copyOf(labels.values());
  }
}
