package io.github.nuniesmith.fks.images.dsl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares the numeric release part of PEP 440 versions, which is all the graph checks need. */
public final class Versions {
  private static final Pattern RELEASE = Pattern.compile("(?:[0-9]+!)?([0-9]+(?:\\.[0-9]+)*)");
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  private Versions() {}

  /**
   * The release numbers of {@code version}, without epoch, pre, post, dev or local parts: {@code [2, 8,
   * 0]} for {@code 2.8.0+cu128} and for {@code 1!2.8.0}, {@code [1, 0]} for {@code 1.0rc1}. Empty only
   * for text that does not start as a PEP 440 version does.
   */
  public static List<Integer> release(String version) {
    List<Integer> out = new ArrayList<>();
    Matcher m = RELEASE.matcher(version);
    if (m.lookingAt()) {
      for (String part : m.group(1).split("\\.")) {
        // PEP 440 puts no bound on a number; past int range they all count as the largest.
        out.add(new BigInteger(part).min(INT_MAX).intValue());
      }
    }
    return out;
  }

  /** Negative, zero or positive as {@code a} is below, equal to or above {@code b}. */
  public static int compare(String a, String b) {
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
  public static String minor(String version) {
    List<Integer> r = release(version);
    return r.get(0) + "." + (r.size() > 1 ? r.get(1) : 0);
  }
}
