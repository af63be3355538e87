package io.github.nuniesmith.fks.images.generator;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A write that failed past the point where it could be undone: its output folders hold the new
 * files, or part of them, and the journal that lets the next write finish the job. Unlike every other
 * failed write, the folders are not as they were.
 */
public final class WriteNotUndone extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  WriteNotUndone(String message, RuntimeException failure) {
    super(message + ": " + failure.getMessage(), failure.getCause() instanceof IOException io ? io
        : new IOException(failure.getMessage(), failure));
  }
}
