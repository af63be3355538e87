package io.github.nuniesmith.fks.images.generator.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * A goal's log kept in memory, as {@code [level] text} lines, for tests to assert on: goals run on
 * purpose against hand edits and bad input print nothing to the build's console.
 */
final class RecordedLog implements Log {
  final List<String> lines = new ArrayList<>();

  /** The lines logged at {@code level} (debug, info, warn, error), without their level. */
  List<String> at(String level) {
    String prefix = "[" + level + "] ";
    return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
  }

  private void add(String level, CharSequence content, Throwable error) {
    lines.add("[" + level + "] " + (content != null ? content : "") + (error != null ? " " + error : ""));
  }

  @Override public boolean isDebugEnabled() { return true; }
  @Override public void debug(CharSequence content) { add("debug", content, null); }
  @Override public void debug(CharSequence content, Throwable error) { add("debug", content, error); }
  @Override public void debug(Throwable error) { add("debug", null, error); }
  @Override public boolean isInfoEnabled() { return true; }
  @Override public void info(CharSequence content) { add("info", content, null); }
  @Override public void info(CharSequence content, Throwable error) { add("info", content, error); }
  @Override public void info(Throwable error) { add("info", null, error); }
  @Override public boolean isWarnEnabled() { return true; }
  @Override public void warn(CharSequence content) { add("warn", content, null); }
  @Override public void warn(CharSequence content, Throwable error) { add("warn", content, error); }
  @Override public void warn(Throwable error) { add("warn", null, error); }
  @Override public boolean isErrorEnabled() { return true; }
  @Override public void error(CharSequence content) { add("error", content, null); }
  @Override public void error(CharSequence content, Throwable error) { add("error", content, error); }
  @Override public void error(Throwable error) { add("error", null, error); }
}
