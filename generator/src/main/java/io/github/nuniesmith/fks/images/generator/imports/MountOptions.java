package io.github.nuniesmith.fks.images.generator.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A {@code --mount} flag's options as BuildKit reads them: comma-separated fields (a field in double
 * quotes may hold commas), keys in any case, aliases of one option, and {@code type=bind} when no type
 * is given; so options in another order or under another alias read the same.
 */
final class MountOptions {
  /** BuildKit's other names for an option. */
  /** A {@code .} segment of a path, which BuildKit drops when it joins the path to its root. */
  private static final Pattern DOT_SEGMENT = Pattern.compile("(?<=^|/)\\.(?:/|$)");
  private static final Map<String, String> ALIASES = Map.of("dst", "target", "destination", "target", "src",
      "source", "ro", "readonly", "rw", "readwrite");

  /** The options that are booleans. */
  private static final List<String> BOOLEANS = List.of("readonly", "readwrite", "required");

  /** A bind mount's target when none is given: BuildKit mounts it at the working directory. */
  private static final String BIND_TARGET = ".";

  private MountOptions() {}

  /**
   * {@code flag} with a {@code --mount} value's options sorted, keys lower case and aliases resolved, and a
   * bind mount's target {@code .} when none is given; another flag as is.
   */
  static String normalized(String flag) {
    if (!flag.startsWith("--mount=")) {
      return flag;
    }
    List<String> options = new ArrayList<>();
    boolean typed = false;
    for (String field : fields(flag.substring("--mount=".length()))) {
      int equals = field.indexOf('=');
      String key = (equals < 0 ? field : field.substring(0, equals)).toLowerCase(Locale.ROOT);
      key = ALIASES.getOrDefault(key, key);
      typed |= key.equals("type");
      String value = equals < 0 ? BOOLEANS.contains(key) ? "=true" : ""
          : "=" + value(key, field.substring(equals + 1));
      // A bare boolean option is true, as BuildKit reads it; required=false and sharing=shared are its defaults.
      if (!(key.equals("required") && value.equals("=false")) && !(key.equals("sharing") && value.equals("=shared"))) {
        options.add(key + value);
      }
    }
    if (!typed) {
      options.add("type=bind");
    }
    if (options.contains("type=bind") && options.stream().noneMatch(o -> o.startsWith("target="))) {
      options.add("target=" + BIND_TARGET);
    }
    return options.stream().sorted().collect(Collectors.joining(",", "--mount=", ""));
  }

  /**
   * The options of a {@code --mount} value in the order written: keys lower case, aliases resolved, a bare
   * key as {@code ""}, and a bind mount's target {@code .} when none is given.
   */
  static Map<String, String> options(String value) {
    Map<String, String> options = new java.util.LinkedHashMap<>();
    for (String field : fields(value)) {
      int equals = field.indexOf('=');
      String key = (equals < 0 ? field : field.substring(0, equals)).toLowerCase(Locale.ROOT);
      key = ALIASES.getOrDefault(key, key);
      options.put(key, equals < 0 ? "" : value(key, field.substring(equals + 1)));
    }
    if (options.getOrDefault("type", "bind").equals("bind")) {
      options.putIfAbsent("target", BIND_TARGET);
    }
    return options;
  }

  /**
   * An option's value as BuildKit reads it: a {@code source} or {@code target} without its {@code .}
   * segments, since BuildKit joins a source to {@code /} and a relative target to the working directory
   * ({@code ./docker/a.sh} is {@code docker/a.sh}); {@code ..} is kept.
   */
  private static String value(String key, String value) {
    if (!key.equals("source") && !key.equals("target")) {
      return value;
    }
    String cleaned = DOT_SEGMENT.matcher(value).replaceAll("");
    return cleaned.isEmpty() || cleaned.equals("/") ? value : cleaned;
  }

  /** The comma-separated fields of {@code value}, read as Go's encoding/csv reads one record. */
  private static List<String> fields(String value) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quoted && c == '"' && i + 1 < value.length() && value.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"' && (quoted || field.length() == 0)) {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
