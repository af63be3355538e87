package io.github.nuniesmith.fks.images.generator.external;

import io.github.nuniesmith.fks.images.dsl.Image;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A random valid definition of one image, from a seed: apt packages, pip requirements (extras,
 * specifiers, markers with quotes and parentheses), ENV values and labels full of shell
 * metacharacters and non-ASCII text, paths, and an exec-form command. The values that went in are
 * kept, so that tests can look for them in the output.
 *
 * @param apt Debian packages, some with {@code =version}
 * @param pip PEP 508 requirements, in the form {@code PipRequirement.toString} writes
 * @param env environment variables
 * @param labels labels
 * @param workdir an absolute path
 * @param source a build-context path
 * @param cmd the command's arguments
 */
record RandomDefinition(List<String> apt, List<String> pip, Map<String, String> env,
    Map<String, String> labels, String workdir, String source, List<String> cmd) {
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String DIGITS = "0123456789";
  private static final String ALNUM = LOWER + LOWER.toUpperCase(java.util.Locale.ROOT) + DIGITS;
  private static final String PATH_CHARS = ALNUM + "._+@-";
  /** Valid in an ENV value: every printable character but " \ ` and $ (added only as ${HOME}). */
  private static final String ENV_CHARS = ALNUM + " '!#%&()*+,-./:;<=>?@[]^_{|}~é日本ßΩ";
  /** Valid in a label value: also " \ and `, which Docker's double quotes must escape or keep. */
  private static final String LABEL_CHARS = ENV_CHARS + "\"\\`";
  private static final List<String> MARKERS = List.of(
      "python_version < \"3.13\"",
      "sys_platform == \"linux\" and (python_version >= \"3.8\")",
      "platform_machine != \"x86_64\" or os_name == \"posix\"");

  /** The definition for {@code seed}. */
  static RandomDefinition of(long seed) {
    Random r = new Random(seed);
    TreeMap<String, String> apt = new TreeMap<>();
    for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
      String name = pick(r, LOWER + DIGITS, 1) + pick(r, LOWER + DIGITS + "+.-", 1 + r.nextInt(12));
      apt.put(name, r.nextBoolean() ? name : name + "=" + pick(r, DIGITS, 1) + pick(r, ALNUM + ".+~:-", r.nextInt(8)));
    }
    TreeMap<String, String> pip = new TreeMap<>();
    for (int i = 0, n = 1 + r.nextInt(5); i < n; i++) {
      String name = pick(r, ALNUM, 1) + (r.nextBoolean() ? pick(r, ALNUM + "._-", r.nextInt(8)) + pick(r, ALNUM, 1) : "");
      StringBuilder requirement = new StringBuilder(name);
      if (r.nextInt(3) == 0) {
        requirement.append('[').append(pick(r, LOWER, 1 + r.nextInt(5))).append(']');
      }
      if (r.nextBoolean()) {
        String op = List.of("==", ">=", "<=", "!=", "~=", "<", ">").get(r.nextInt(7));
        requirement.append(op).append(r.nextInt(30)).append('.').append(r.nextInt(30));
        if (r.nextBoolean()) {
          requirement.append('.').append(r.nextInt(30));
        }
      }
      if (r.nextInt(3) == 0) {
        requirement.append("; ").append(MARKERS.get(r.nextInt(MARKERS.size())));
      }
      pip.put(name.toLowerCase(java.util.Locale.ROOT).replaceAll("[-_.]+", "-"), requirement.toString());
    }
    Map<String, String> env = new TreeMap<>();
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      String value = pick(r, ALNUM, 1) + pick(r, ENV_CHARS, r.nextInt(20)) + (r.nextInt(4) == 0 ? "${HOME}" : "");
      env.put(pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_", 1) + pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789", r.nextInt(10)), value);
    }
    Map<String, String> labels = new TreeMap<>();
    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
      String key = "org.example." + pick(r, LOWER, 1 + r.nextInt(8));
      // Often ending in what the quoting must escape: a backslash before the closing quote, or a quote.
      String tail = List.of("", "\\", "\\\"", "\"\\", "\\\\").get(r.nextInt(5));
      labels.put(key, pick(r, ALNUM, 1) + pick(r, LABEL_CHARS, r.nextInt(20)) + tail);
    }
    List<String> cmd = new ArrayList<>(List.of(pick(r, ALNUM, 1 + r.nextInt(6))));
    for (int i = 0, n = r.nextInt(4); i < n; i++) {
      cmd.add(pick(r, LABEL_CHARS + "$", r.nextInt(15)));
    }
    return new RandomDefinition(List.copyOf(apt.values()), List.copyOf(pip.values()), env, labels,
        "/" + segments(r), segments(r), cmd);
  }

  /** The image, with every list and map given in an order shuffled by {@code order}. */
  Image image(long order) {
    Random r = new Random(order);
    return Image.builder("app", "app/Dockerfile", RandomDefinition.class)
        .stage("app", s -> s.from("python:3.12-slim-trixie").parentEnv("HOME")
            .apt(shuffled(apt, r).toArray(String[]::new))
            .pip(shuffled(pip, r).toArray(String[]::new))
            .env(shuffled(env, r))
            .workdir(workdir)
            .copy(source, workdir + "/" + source)
            .labels(shuffled(labels, r))
            .cmd(cmd.toArray(String[]::new)))
        .build();
  }

  private static String segments(Random r) {
    List<String> parts = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
      String part;
      do {
        part = pick(r, PATH_CHARS, 1 + r.nextInt(8));
      // No . or .., no leading - (a flag), nothing Windows cannot check out (a device name, a final dot).
      } while (Set.of(".", "..").contains(part) || (i == 0 && part.startsWith("-")) || part.endsWith(".")
          || part.matches("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?"));
      parts.add(part);
    }
    return String.join("/", parts);
  }

  private static String pick(Random r, String alphabet, int length) {
    StringBuilder out = new StringBuilder();
    int[] chars = alphabet.codePoints().toArray();
    for (int i = 0; i < length; i++) {
      out.appendCodePoint(chars[r.nextInt(chars.length)]);
    }
    return out.toString();
  }

  private static List<String> shuffled(List<String> values, Random r) {
    List<String> out = new ArrayList<>(values);
    Collections.shuffle(out, r);
    return out;
  }

  private static Map<String, String> shuffled(Map<String, String> values, Random r) {
    Map<String, String> out = new LinkedHashMap<>();
    shuffled(new ArrayList<>(values.keySet()), r).forEach(k -> out.put(k, values.get(k)));
    return out;
  }
}
