package io.github.nuniesmith.fks.images.dsl;

/** Runs {@code ldconfig}, so that libraries copied into {@code /usr/local/lib} are found. */
public record RefreshLibraries() implements Step {
  @Override
  public String describe() {
    return "ldconfig";
  }
}
