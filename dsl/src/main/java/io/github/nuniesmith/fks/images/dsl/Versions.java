package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.List;

/** Compares the numeric release part of PEP 440 versions, which is all the graph checks need. */
final class Versions {
  private Versions() {}

  /** The release numbers of {@code version}: {@code [2, 8, 0]} for {@code 2.8.0+cu128}. */
  static List<Integer> release(String version) {
    List<Integer> out = new ArrayList<>();
    for (String part : version.split("[+]")[0].split("\\.")) {
      if (!part.matches("[0-9]+")) {
        break;
      }
      out.add(Integer.parseInt(part));
    }
    return out;
  }

  /** Negative, zero or positive as {@code a} is below, equal to or above {@code b}. */
  static int compare(String a, String b) {
    List<Integer> x = release(a);
    List<Integer> y = release(b);
    for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
      int c = Integer.compare(i < x.size() ? x.get(i) : 0, i < y.size() ? y.get(i) : 0);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** {@code major.minor} of a version. */
  static String minor(String version) {
    List<Integer> r = release(version);
    return r.get(0) + "." + (r.size() > 1 ? r.get(1) : 0);
  }
}
