package io.github.nuniesmith.fks.images.generator.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** A log that passes every line on and keeps the info and warn lines, which a skipped generate replays. */
final class RecordingLog implements Log {
  private final Log log;
  private final List<GenerateStamp.Line> lines = new ArrayList<>();
  private boolean replayable = true;

  /** Passes every line on to {@code log}. */
  RecordingLog(Log log) {
    this.log = log;
  }

  /** The info and warn lines logged so far, in order. */
  List<GenerateStamp.Line> lines() {
    return List.copyOf(lines);
  }

  /** Whether every line was plain text, which a replay can repeat: a logged exception is not. */
  boolean replayable() {
    return replayable;
  }

  /** Logs {@code line} to {@code log} at its level. */
  static void replay(Log log, GenerateStamp.Line line) {
    if (line.level().equals("warn")) {
      log.warn(line.text());
    } else {
      log.info(line.text());
    }
  }

  @Override public boolean isDebugEnabled() { return log.isDebugEnabled(); }
  @Override public void debug(CharSequence content) { log.debug(content); }
  @Override public void debug(CharSequence content, Throwable error) { log.debug(content, error); }
  @Override public void debug(Throwable error) { log.debug(error); }
  @Override public boolean isInfoEnabled() { return log.isInfoEnabled(); }
  @Override public void info(CharSequence content) { keep("info", content); log.info(content); }
  @Override public void info(CharSequence content, Throwable error) { replayable = false; log.info(content, error); }
  @Override public void info(Throwable error) { replayable = false; log.info(error); }
  @Override public boolean isWarnEnabled() { return log.isWarnEnabled(); }
  @Override public void warn(CharSequence content) { keep("warn", content); log.warn(content); }
  @Override public void warn(CharSequence content, Throwable error) { replayable = false; log.warn(content, error); }
  @Override public void warn(Throwable error) { replayable = false; log.warn(error); }
  @Override public boolean isErrorEnabled() { return log.isErrorEnabled(); }
  @Override public void error(CharSequence content) { log.error(content); }
  @Override public void error(CharSequence content, Throwable error) { log.error(content, error); }
  @Override public void error(Throwable error) { log.error(error); }

  private void keep(String level, CharSequence content) {
    lines.add(new GenerateStamp.Line(level, String.valueOf(content)));
  }
}
