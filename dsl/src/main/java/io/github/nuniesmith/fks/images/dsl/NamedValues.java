package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the ENV and LABEL builders collect: values by name in the order given, the names whose values
 * are literal, and the names set twice (for the builder to refuse when it builds, naming the first).
 */
final class NamedValues {
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Set<String> literal = new TreeSet<>();
  private final List<String> twice = new ArrayList<>();

  void put(String name, String value, boolean isLiteral) {
    if (isLiteral && name != null) {
      literal.add(name);
    }
    if (values.containsKey(name)) {
      twice.add(name);
    }
    values.put(name, value);
  }

  Map<String, String> values() {
    return values;
  }

  Set<String> literal() {
    return literal;
  }

  /** The first name set twice, if one was. */
  Optional<String> twice() {
    return twice.stream().findFirst();
  }
}
