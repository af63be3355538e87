package io.github.nuniesmith.fks.images.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes minimal pure-Python wheels, so that pip installs them with no index and no build tools. */
public final class Wheels {
  private Wheels() {}

  /** A wheel of package {@code name} that imports as {@code name} and needs {@code requires}. */
  public static Path write(Path dir, String name, String version, List<String> requires) throws IOException {
    return write(dir, name, version, requires, 0);
  }

  /**
   * The same wheel with {@code payloadBytes} of incompressible data in {@code name/data.bin}, so that
   * it weighs what a real package does in a layer. The bytes depend only on name and version.
   */
  public static Path write(Path dir, String name, String version, List<String> requires, int payloadBytes)
      throws IOException {
    String info = name + "-" + version + ".dist-info/";
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(name + "/__init__.py", utf8("VALUE = '" + name + "'\nVERSION = '" + version + "'\n"));
    if (payloadBytes > 0) {
      byte[] data = new byte[payloadBytes];
      new Random((name + version).hashCode()).nextBytes(data);
      files.put(name + "/data.bin", data);
    }
    StringBuilder metadata = new StringBuilder("Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n");
    requires.forEach(r -> metadata.append("Requires-Dist: ").append(r).append('\n'));
    files.put(info + "METADATA", utf8(metadata.toString()));
    files.put(info + "WHEEL",
        utf8("Wheel-Version: 1.0\nGenerator: fks-images-test\nRoot-Is-Purelib: true\nTag: py3-none-any\n"));
    StringBuilder record = new StringBuilder();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      record.append(f.getKey()).append(",sha256=").append(sha256(f.getValue())).append(',')
          .append(f.getValue().length).append('\n');
    }
    files.put(info + "RECORD", utf8(record.append(info).append("RECORD,,\n").toString()));
    Path wheel = dir.resolve(name + "-" + version + "-py3-none-any.whl");
    try (OutputStream out = Files.newOutputStream(wheel); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        ZipEntry entry = new ZipEntry(f.getKey());
        entry.setTime(315532800000L); // 1980-01-01, the zip epoch: the same wheel is the same bytes
        zip.putNextEntry(entry);
        zip.write(f.getValue());
        zip.closeEntry();
      }
    }
    return wheel;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] bytes) {
    try {
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
