package io.github.nuniesmith.fks.images.dsl;

import java.util.regex.Pattern;

/**
 * The SHA-256 of a downloaded file, checked before the file is used.
 *
 * @param hex 64 lowercase hexadecimal digits
 */
public record Sha256(String hex) {
  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /** Validates the digest. */
  public Sha256 {
    Checks.matches(hex, HEX, "sha256", "give 64 lowercase hex digits, as printed by sha256sum");
  }

  /** The digest of {@code hex}, e.g. {@code Sha256.of("9ff41efc...")}. */
  public static Sha256 of(String hex) {
    return new Sha256(hex);
  }

  @Override
  public String toString() {
    return hex;
  }
}
