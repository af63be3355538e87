package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class GoldenTest {
  private static final Map<String, String> NO_CI = Map.of();
  private static final Map<String, String> CI = Map.of("CI", "true");

  @TempDir Path dir;

  @Test
  void fileIsNamedAfterTestClassAndMethod(TestInfo test) {
    assertThat(new Golden(dir, false, NO_CI::get).file(test))
        .isEqualTo(dir.resolve("GoldenTest/fileIsNamedAfterTestClassAndMethod.Dockerfile"));
  }

  @Test
  void fileOfAnotherKindEndsInItsExtension(TestInfo test) {
    assertThat(new Golden(dir, false, NO_CI::get).file(test, ".yml"))
        .isEqualTo(dir.resolve("GoldenTest/fileOfAnotherKindEndsInItsExtension.yml"));
  }

  @Test
  void matchingTextPasses(TestInfo test) throws IOException {
    Golden golden = new Golden(dir, false, NO_CI::get);
    write(golden.file(test), "FROM python:3.12-slim-trixie AS build\n");

    assertThatCode(() -> golden.check(test, "FROM python:3.12-slim-trixie AS build\n")).doesNotThrowAnyException();
  }

  @Test
  void mismatchFailsWithUnifiedDiff(TestInfo test) throws IOException {
    Golden golden = new Golden(dir, false, NO_CI::get);
    Path file = golden.file(test);
    write(file, "FROM a\nRUN b\nCMD [\"c\"]\n");

    assertThatThrownBy(() -> golden.check(test, "FROM a\nRUN B\nCMD [\"c\"]\n"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage("rendered text differs from golden file " + file + ":\n"
            + "--- golden/GoldenTest/mismatchFailsWithUnifiedDiff.Dockerfile\n"
            + "+++ rendered/GoldenTest/mismatchFailsWithUnifiedDiff.Dockerfile\n"
            + "@@ -1,3 +1,3 @@\n"
            + " FROM a\n"
            + "-RUN b\n"
            + "+RUN B\n"
            + " CMD [\"c\"]\n"
            + "If the new text is right, run ./mvnw -pl generator -am test -Dgolden.update=true and review the diff.");
  }

  @Test
  void lineEndingMismatchSaysSo(TestInfo test) throws IOException {
    Golden golden = new Golden(dir, false, NO_CI::get);
    write(golden.file(test), "FROM a\r\n");

    assertThatThrownBy(() -> golden.check(test, "FROM a\n"))
        .hasMessageContaining("(the lines are equal: the texts differ in line endings or the final newline)\n");
  }

  @Test
  void missingFileFailsWithTheCommandThatCreatesIt(TestInfo test) {
    Golden golden = new Golden(dir, false, NO_CI::get);

    assertThatThrownBy(() -> golden.check(test, "FROM a\n"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage("golden file " + golden.file(test) + " does not exist: create it with"
            + " ./mvnw -pl generator -am test -Dgolden.update=true, then read it and commit it");
    assertThat(golden.file(test)).doesNotExist();
  }

  @Test
  void updateCreatesAndOverwritesTheFile(TestInfo test) throws IOException {
    Golden golden = new Golden(dir, true, NO_CI::get);

    golden.check(test, "FROM a\n");
    assertThat(Files.readString(golden.file(test))).isEqualTo("FROM a\n");
    golden.check(test, "FROM b\n");

    assertThat(Files.readString(golden.file(test))).isEqualTo("FROM b\n");
  }

  @Test
  void updateIsAllowedWhenCiIsNotTrue(TestInfo test) throws IOException {
    Golden golden = new Golden(dir, true, Map.of("CI", "false")::get);

    golden.check(test, "FROM a\n");

    assertThat(Files.readString(golden.file(test))).isEqualTo("FROM a\n");
  }

  @Test
  void updateIsRefusedUnderCi(TestInfo test) throws IOException {
    Golden golden = new Golden(dir, true, CI::get);
    write(golden.file(test), "FROM a\n");

    assertThatThrownBy(() -> golden.check(test, "FROM b\n"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage("golden.update=true is refused under CI=true: golden files change only in a reviewed"
            + " commit; run ./mvnw -pl generator -am test -Dgolden.update=true locally and commit the diff");
    assertThat(Files.readString(golden.file(test))).isEqualTo("FROM a\n");
  }

  @Test
  void comparingIsUnaffectedByCi(TestInfo test) throws IOException {
    Golden golden = new Golden(dir, false, CI::get);
    write(golden.file(test), "FROM a\n");

    assertThatCode(() -> golden.check(test, "FROM a\n")).doesNotThrowAnyException();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
