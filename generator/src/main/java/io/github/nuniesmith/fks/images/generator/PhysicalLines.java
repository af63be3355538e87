package io.github.nuniesmith.fks.images.generator;

import java.util.AbstractList;

/**
 * A file's lines, split at LF and CRLF as {@code split("\\r?\\n", -1)} would, each copied only when
 * asked for: the reader of Dockerfiles and lint read most lines in place, by their offsets.
 */
public final class PhysicalLines extends AbstractList<String> {
  private final String text;
  /** Where each line starts in {@code text}. */
  private final int[] starts;

  /** The lines of {@code text}. */
  public PhysicalLines(String text) {
    this.text = text;
    int count = 1;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      count++;
    }
    starts = new int[count];
    for (int n = 1; n < count; n++) {
      starts[n] = text.indexOf('\n', starts[n - 1]) + 1;
    }
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  /** Where line {@code index} starts in {@link #text()}. */
  public int start(int index) {
    return starts[index];
  }

  /** Where line {@code index} ends in {@link #text()}: before its LF or CRLF. */
  public int end(int index) {
    if (index + 1 == starts.length) {
      return text.length();
    }
    int newline = starts[index + 1] - 1;
    return newline > starts[index] && text.charAt(newline - 1) == '\r' ? newline - 1 : newline;
  }

  @Override
  public String get(int index) {
    return text.substring(start(index), end(index));
  }

  @Override
  public int size() {
    return starts.length;
  }
}
