package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Image labels, e.g. the OCI {@code org.opencontainers.image.*} keys. Rendered sorted by key. A key is
 * any text without {@code =} or {@code $} (quoted when it has blanks or quotes); its style (lowercase reverse-DNS, outside
 * Docker's namespaces) is a lint choice (FKS017). A value is literal, or refers to a build argument or
 * variable of the stage as {@code $NAME}, {@code ${NAME}}, {@code ${NAME:-x}} or {@code ${NAME:+x}};
 * a key named in {@code literal} has its value taken exactly, so that a {@code $} in it is a dollar sign.
 *
 * @param labels keys to values
 * @param inOrder whether the labels keep the order given, as a ported Dockerfile writes them
 * @param literal the keys whose values Docker does not expand (rendered with each {@code $} escaped)
 */
public record Labels(Map<String, String> labels, boolean inOrder, Set<String> literal) implements Step {
  /** What a key may not hold: Docker reads the first {@code =} of a word as the end of its key; blanks and quotes are quoted. */
  private static final String KEY_REFUSED = "=$";

  /** Validates keys and values. */
  public Labels {
    Checks.notNull(labels, "labels");
    Checks.check(!labels.isEmpty(), "labels are empty: give at least one");
    Checks.notNull(literal, "label literal");
    for (String key : literal) {
      Checks.check(key != null && labels.containsKey(key), "label literal %s is not a key of these labels: name"
          + " one of %s", Checks.quote(String.valueOf(key)), labels.keySet());
    }
    Set<String> literalKeys = literal;
    labels.forEach((key, value) -> {
      Checks.without(key, KEY_REFUSED, "label key", "use text without = or $");
      // The label's name built only for a message: every image's labels pass here.
      if (!Env.isLiteral(value)) {
        Env.checkLiteral(value, "label " + key);
      }
      if (value.indexOf('$') >= 0 && !literalKeys.contains(key)) {
        Expansions.names(value, "label " + key + " value");
      }
    });
    labels = Collections.unmodifiableMap(inOrder ? new LinkedHashMap<>(labels) : new TreeMap<>(labels));
    literal = Collections.unmodifiableSet(new TreeSet<>(literal));
  }

  /** Labels whose values Docker expands, in the order given if {@code inOrder}, else sorted by key. */
  public Labels(Map<String, String> labels, boolean inOrder) {
    this(labels, inOrder, Set.of());
  }

  /** Labels sorted by key, whatever the order of the map given. */
  public Labels(Map<String, String> labels) {
    this(labels, false);
  }

  /** Starts labels that keep the order given, each expanded or literal. */
  public static Builder builder() {
    return new Builder();
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


  /** The values Docker expands: all but the literal ones. */
  @Override
  public List<String> expanded() {
    // A loop, not a stream: every step's values are read for every image built.
    List<String> values = new ArrayList<>(labels.size());
    labels.forEach((key, value) -> {
      if (!literal.contains(key)) {
        values.add(value);
      }
    });
    return List.copyOf(values);
  }

  @Override
  public String describe() {
    return "labels";
  }

  /** Builds {@link Labels} that keep the order given; values are checked by {@link #build()}. */
  public static final class Builder {
    private final NamedValues labels = new NamedValues();

    private Builder() {}

    /** Adds the label {@code key} with {@code value}, in which Docker expands {@code $NAME} and {@code ${NAME...}}. */
    public Builder set(String key, String value) {
      labels.put(key, value, false);
      return this;
    }

    /** Adds the label {@code key} with {@code value} exactly: Docker expands nothing in it, so a {@code $} is a dollar sign. */
    public Builder literal(String key, String value) {
      labels.put(key, value, true);
      return this;
    }

    /** The labels. */
    public Labels build() {
      Checks.check(labels.twice().isEmpty(), "labels give %s twice: give each once", labels.twice().orElse(""));
      return new Labels(labels.values(), true, labels.literal());
    }
  }
}
