package io.github.nuniesmith.fks.images.dsl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Image labels, e.g. the OCI {@code org.opencontainers.image.*} keys. Rendered sorted by key. A key is
 * any word without blanks, quotes, {@code =} or {@code $}; its style (lowercase reverse-DNS, outside
 * Docker's namespaces) is a lint choice (FKS017). A value is literal, or refers to a build argument or
 * variable of the stage as {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-x}} or {@code ${NAME:+x}}.
 *
 * @param labels keys to values
 */
public record Labels(Map<String, String> labels, boolean inOrder) implements Step {
  /** A key Docker reads as one word before {@code =}, rendered unquoted. */
  private static final Pattern KEY = Pattern.compile("[^\\s=\"'`\\\\$]++");

  /** Validates keys and values. */
  public Labels {
    Checks.notNull(labels, "labels");
    Checks.check(!labels.isEmpty(), "labels are empty: give at least one");
    labels.forEach((key, value) -> {
      Checks.matches(key, KEY, "label key", "use a word without blanks, quotes, =, \\ or $");
      Checks.text(value, "label " + key);
      Expansions.names(value, "label " + key + " value");
    });
    labels = Collections.unmodifiableMap(inOrder ? new LinkedHashMap<>(labels) : new TreeMap<>(labels));
  }

  /** Labels sorted by key, whatever the order of the map given. */
  public Labels(Map<String, String> labels) {
    this(labels, false);
  }

  /** Labels in the order given, {@code "key", "value", ...}, as a ported Dockerfile writes them in one LABEL. */
  public static Labels inOrder(String... keysAndValues) {
    return new Labels(Checks.pairs(keysAndValues, "labels"), true);
  }

  /** One label. */
  public static Labels of(String key, String value) {
    // A map that takes a null key or value, so that the checks name what is missing.
    return new Labels(Collections.singletonMap(key, value));
  }

  /**
   * Labels of a tier or service: as {@link Labels}, and literal, since their stages are generated
   * and declare no build argument for a {@code ${NAME}} to refer to.
   */
  static Labels literal(Map<String, String> labels) {
    Labels checked = new Labels(labels);
    checked.labels().forEach((key, value) -> Checks.check(!value.contains("$"),
        "label %s value %s contains $: labels of tiers and services are literal", key, Checks.quoted(value)));
    return checked;
  }

  @Override
  public List<String> expanded() {
    return List.copyOf(labels.values());
  }

  @Override
  public String describe() {
    return "labels";
  }
}
