package io.github.nuniesmith.fks.images.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seal in a generated file's header: the sha256 of the file's text without the seal's own
 * line. Text that no longer matches its seal was edited by hand after it was generated. The seal
 * works inside any comment syntax ({@code #}, {@code <!-- -->}), since only its label is looked for.
 */
public final class ContentSeal {
  /** What precedes the hash on the seal line. */
  static final String LABEL = "sha256 of this file without this line: ";
  /** The header line to render where the seal goes; {@link #seal} fills it in. */
  public static final String PENDING = LABEL + "0".repeat(64);
  /**
   * How many lines a generated file's header may take: the seal and the owner's mark must sit in
   * them, so a line the body happens to contain is never taken for either.
   */
  static final int HEADER_LINES = 5;
  private static final Pattern LINE = Pattern.compile("^.*" + LABEL + "([0-9a-f]{64}).*(?:\n|$)", Pattern.MULTILINE);

  /** Whether a file's text still matches the seal in its header. */
  public enum State {
    /** The seal matches: the text is exactly as generated. */
    INTACT,
    /** The seal does not match: the text was changed after it was generated. */
    EDITED,
    /** No seal in the header: written by hand or by a generator without seals. */
    UNSEALED
  }

  private ContentSeal() {}

  /** {@code text} with its {@link #PENDING} seal line filled in. */
  public static String seal(String text) {
    Matcher line = find(text);
    if (line == null || !line.group().contains(PENDING)) {
      throw new IllegalArgumentException("its header has no pending seal line ('" + PENDING.substring(0, LABEL.length() + 8)
          + "...') in its first " + HEADER_LINES + " lines: render the header of every generated file with"
          + " Generator's header lines, which end with ContentSeal.PENDING, at the top");
    }
    String hash = sha256(without(text, line));
    return text.substring(0, line.start(1)) + hash + text.substring(line.end(1));
  }

  /** Whether {@code text} carries a seal, and whether it still matches. */
  public static State state(String text) {
    Matcher line = find(text);
    if (line == null) {
      return State.UNSEALED;
    }
    return line.group(1).equals(sha256(without(text, line))) ? State.INTACT : State.EDITED;
  }

  private static Matcher find(String text) {
    Matcher line = LINE.matcher(text);
    if (!line.find()) {
      return null;
    }
    long before = text.substring(0, line.start()).chars().filter(c -> c == '\n').count();
    return before < HEADER_LINES ? line : null;
  }

  private static String without(String text, Matcher line) {
    return text.substring(0, line.start()) + text.substring(line.end());
  }

  /** The sha256 of {@code text}'s UTF-8 bytes, in hex. */
  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The sha256 of {@code bytes}, in hex. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
