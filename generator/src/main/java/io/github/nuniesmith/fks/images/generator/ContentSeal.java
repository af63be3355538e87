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
  /** The digest each hash clones, never used itself. */
  private static final MessageDigest SHA256 = newSha256();
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
    Line line = find(text);
    int pending = line == null ? -1 : text.indexOf(PENDING, line.start());
    if (pending < 0 || pending + PENDING.length() > line.end()) {
      throw new IllegalArgumentException("its header has no pending seal line ('" + PENDING.substring(0, LABEL.length() + 8)
          + "...') in its first " + HEADER_LINES + " lines: render the header of every generated file with"
          + " Generator's header lines, which end with ContentSeal.PENDING, at the top");
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String hash = sha256Without(text, bytes, line);
    if (bytes.length != text.length()) {
      return new StringBuilder(text).replace(line.hash(), line.hash() + 64, hash).toString();
    }
    // All ASCII, so the bytes' offsets are the text's: the hash goes into them, and they become the text, copied once.
    System.arraycopy(hash.getBytes(StandardCharsets.US_ASCII), 0, bytes, line.hash(), 64);
    return new String(bytes, StandardCharsets.US_ASCII);
  }

  /** Whether {@code text} carries a seal, and whether it still matches. */
  public static State state(String text) {
    Line line = find(text);
    if (line == null) {
      return State.UNSEALED;
    }
    String hash = sha256Without(text, text.getBytes(StandardCharsets.UTF_8), line);
    return text.regionMatches(line.hash(), hash, 0, 64) ? State.INTACT : State.EDITED;
  }

  /** Where the seal's line starts and ends (past its {@code \n}) in a text, and where its hash starts. */
  private record Line(int start, int end, int hash) {}

  /**
   * The seal line among the first {@link #HEADER_LINES} lines, read without a regular expression:
   * the first line that holds the label followed by 64 hex digits (the last such label in it).
   */
  private static Line find(String text) {
    int start = 0;
    for (int n = 0; n < HEADER_LINES && start <= text.length(); n++) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      if (breaksLine(text, start, end)) {
        return findByPattern(text);
      }
      for (int label = text.lastIndexOf(LABEL, end - LABEL.length()); label >= start;
          label = text.lastIndexOf(LABEL, label - 1)) {
        if (hex64(text, label + LABEL.length(), end)) {
          return new Line(start, newline < 0 ? end : end + 1, label + LABEL.length());
        }
      }
      if (newline < 0) {
        return null;
      }
      start = newline + 1;
    }
    return null;
  }

  /** Whether the text between {@code start} and {@code end} holds a line break other than {@code \n}. */
  private static boolean breaksLine(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** The seal line where a header breaks lines other than with {@code \n}, as the pattern's line anchors see them. */
  private static Line findByPattern(String text) {
    Matcher line = LINE.matcher(text);
    if (!line.find()) {
      return null;
    }
    long before = text.substring(0, line.start()).chars().filter(c -> c == '\n').count();
    return before < HEADER_LINES ? new Line(line.start(), line.end(), line.start(1)) : null;
  }

  private static boolean hex64(String text, int from, int end) {
    if (end - from < 64) {
      return false;
    }
    for (int i = from; i < from + 64; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sha256 of {@code text} without the seal's line, hashed in two pieces rather than copied into
   * one; from its UTF-8 {@code bytes} when they are all ASCII, whose offsets are the text's.
   */
  private static String sha256Without(String text, byte[] bytes, Line line) {
    MessageDigest digest = sha256Digest();
    if (bytes.length == text.length()) {
      digest.update(bytes, 0, line.start());
      digest.update(bytes, line.end(), bytes.length - line.end());
    } else {
      digest.update(text.substring(0, line.start()).getBytes(StandardCharsets.UTF_8));
      digest.update(text.substring(line.end()).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The sha256 of {@code text}'s UTF-8 bytes, in hex. */
  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The sha256 of {@code bytes}, in hex. */
  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256Digest().digest(bytes));
  }

  /** A fresh SHA-256 digest, cloned: looking the algorithm up took a fifth of hashing a Dockerfile. */
  private static MessageDigest sha256Digest() {
    try {
      return (MessageDigest) SHA256.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the SHA-256 digest of the Java runtime cannot be cloned", e);
    }
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
