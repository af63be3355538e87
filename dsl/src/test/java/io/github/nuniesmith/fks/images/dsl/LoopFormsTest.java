package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The loops that check names instead of a regular expression accept exactly what the pattern they
 * replaced matched, on every character, every pair of ASCII characters, the edges of their lengths
 * and many random strings near their alphabets.
 */
class LoopFormsTest {
  @Test
  void wordsAreThePatternsTheyReplaced() {
    assertThat(Image.NAME).hasToString("[a-z][a-z0-9-]{0,39}");
    assertThat(Stage.NAME).hasToString("[a-z][a-z0-9_.-]{0,62}");
    assertThat(Env.NAME).hasToString("[A-Za-z_][A-Za-z0-9_]{0,127}");
    assertSame(Image.NAME, Image.NAME.pattern(), "az09-m", 40);
    assertSame(Stage.NAME, Stage.NAME.pattern(), "az09_.-", 63);
    assertSame(Env.NAME, Env.NAME.pattern(), "aAzZ09_", 128);
  }

  @Test
  void aptPackageLoopIsThePatternItReplaced() {
    assertSame(AptInstall::isPackage, Pattern.compile("(?!.*[=:]~)[a-z0-9][a-z0-9+.-]+(=[A-Za-z0-9.+~:-]+)?"),
        "az09+.-=:~AZ_", 8);
    assertThat(List.of("ab", "libpq5", "g++", "curl=8.0:1~b", "a.=~"))
        .map(AptInstall::isPackage).containsExactly(true, true, true, true, false);
  }

  @Test
  void classNameLoopIsThePatternItReplaced() {
    assertSame(Image::isClassName, Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*+(?:\\.[A-Za-z_$][A-Za-z0-9_$]*+)*+"),
        "aZ09_$.-", 8);
    assertThat(List.of("a.b.C$D", "a..b", ".a", "a.", "a.1b"))
        .map(Image::isClassName).containsExactly(true, false, false, false, false);
  }

  @Test
  void pathLoopIsThePatternsItReplaced() {
    assertSame(v -> ContextPath.isSafe(v, false), Pattern.compile("[A-Za-z0-9._+@-]++(?:/[A-Za-z0-9._+@-]++)*+/?"),
        "aZ09._+@-//", 8);
    assertSame(v -> ContextPath.isSafe(v, true), Pattern.compile("/|(?:/[A-Za-z0-9._+@-]++)++/?"), "aZ09._+@-//", 8);
    assertThat(List.of("/", "/a/b/", "//", "/a//b", "a/b/"))
        .map(v -> ContextPath.isSafe(v, true)).containsExactly(true, true, false, false, false);
  }

  @Test
  void plainPortsAreThoseThePatternMatchesWithoutARange() {
    // Where the loop takes a port, the pattern matches it with the same number and no range.
    Predicate<String> plain = p -> Expose.plainDigits(p) > 0;
    for (String port : strings("0123456789/-tcpudTCPU$", 10)) {
      int digits = Expose.plainDigits(port);
      if (digits > 0) {
        Matcher m = Expose.PORT.matcher(port);
        assertThat(m.matches()).as(port).isTrue();
        assertThat(m.group(1)).as(port).isEqualTo(port.substring(0, digits));
        assertThat(m.group(2)).as(port).isNull();
      }
    }
    assertThat(List.of("8080", "1/tcp", "65535/udp", "99999", "123456", "80/sctp", "80/TCP", "80-90", "/tcp", "80/tcpx"))
        .map(plain::test).containsExactly(true, true, true, true, false, false, false, false, false, false);
    assertThat(new Expose(List.of("8080/tcp")).firstNumber()).hasValue(8080);
  }

  private static void assertSame(Predicate<String> loop, Pattern pattern, String near, int maxLength) {
    List<String> differ = new ArrayList<>();
    for (String s : strings(near, maxLength)) {
      if (loop.test(s) != pattern.matcher(s).matches()) {
        differ.add(s);
      }
    }
    assertThat(differ).as("strings the loop and %s disagree on", pattern).isEmpty();
  }

  /**
   * Every character, a surrogate pair, every pair of ASCII characters, and random strings of up to
   * {@code maxLength + 2} characters from {@code near}, a third of them with other characters mixed in,
   * many of them of {@code maxLength} and the lengths around it.
   */
  private static List<String> strings(String near, int maxLength) {
    List<String> all = new ArrayList<>(List.of("", "\uD83D\uDE00", "a\uD83D\uDE00"));
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      all.add(String.valueOf(c));
    }
    for (char a = 0; a < 128; a++) {
      for (char b = 0; b < 128; b++) {
        all.add(new String(new char[] {a, b}));
      }
    }
    Random random = new Random(14);
    for (int i = 0; i < 40_000; i++) {
      int length = i < 1000 ? maxLength - 2 + i % 5 : random.nextInt(maxLength + 3);
      StringBuilder s = new StringBuilder();
      for (int k = 0; k < length; k++) {
        int pick = i % 3 == 0 ? random.nextInt(20) : 2;
        s.append(pick == 0 ? (char) random.nextInt(128) : pick == 1 ? (char) random.nextInt(0x3000)
            : near.charAt(random.nextInt(near.length())));
      }
      all.add(s.toString());
    }
    return all;
  }
}
