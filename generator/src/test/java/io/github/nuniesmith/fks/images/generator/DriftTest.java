package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The drift report names the one command that fixes every file it lists. */
class DriftTest {
  private static final String FIX = "./mvnw -B -Pgenerate";
  private static final String DIFF = "--- a/x\n+++ b/x\n";

  @Test
  void staleFilesNameThePlainCommand() {
    Drift drift = new Drift(List.of("a/Dockerfile"), List.of("b/Dockerfile"), List.of("c/Dockerfile"), List.of(), DIFF);

    assertThat(drift.report(FIX)).isEqualTo("""
        Generated files are out of date with their definitions:
          missing: a/Dockerfile
          changed: b/Dockerfile
          no longer generated: c/Dockerfile

        --- a/x
        +++ b/x

        To bring them up to date, run: ./mvnw -B -Pgenerate
        """);
  }

  @Test
  void aChangedFileEditedByHandNamesTheForcedCommand() {
    Drift drift = new Drift(List.of(), List.of("b/Dockerfile"), List.of(), List.of("b/Dockerfile"), DIFF);

    assertThat(drift.report(FIX)).isEqualTo("""
        Generated files are out of date with their definitions:
          changed: b/Dockerfile (edited by hand since it was generated)

        --- a/x
        +++ b/x

        Generating discards hand edits only when forced: move any edit you want to keep into the definitions first.
        To bring them up to date, discarding the hand edits, run: ./mvnw -B -Pgenerate -Dfks.force=true
        """);
  }

  @Test
  void anEditedFileNoLongerGeneratedNamesTheForcedCommand() {
    Drift drift = new Drift(List.of(), List.of(), List.of("c/Dockerfile"), List.of("c/Dockerfile"), DIFF);

    assertThat(drift.report(FIX)).isEqualTo("""
        Generated files are out of date with their definitions:
          no longer generated: c/Dockerfile (edited by hand since it was generated)

        --- a/x
        +++ b/x

        Generating discards hand edits only when forced: move any edit you want to keep into the definitions first.
        To bring them up to date, discarding the hand edits, run: ./mvnw -B -Pgenerate -Dfks.force=true
        """);
  }

  @Test
  void oneEditAmongStaleFilesNamesTheForcedCommandForAll() {
    Drift drift = new Drift(List.of("a/Dockerfile"), List.of("b/Dockerfile", "d/Dockerfile"), List.of(),
        List.of("d/Dockerfile"), DIFF);

    assertThat(drift.report(FIX)).isEqualTo("""
        Generated files are out of date with their definitions:
          missing: a/Dockerfile
          changed: b/Dockerfile
          changed: d/Dockerfile (edited by hand since it was generated)

        --- a/x
        +++ b/x

        Generating discards hand edits only when forced: move any edit you want to keep into the definitions first.
        To bring them up to date, discarding the hand edits, run: ./mvnw -B -Pgenerate -Dfks.force=true
        """);
  }
}
