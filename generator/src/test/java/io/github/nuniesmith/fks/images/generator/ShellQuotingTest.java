package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellQuotingTest {

  @Test
  void singleQuotesOneWord() {
    assertThat(ShellQuoting.single("langchain>=0.3.0")).isEqualTo("'langchain>=0.3.0'");
    assertThat(ShellQuoting.single("uvicorn[standard]==0.30.6")).isEqualTo("'uvicorn[standard]==0.30.6'");
    assertThat(ShellQuoting.single("tomli; python_version < \"3.11\""))
        .isEqualTo("'tomli; python_version < \"3.11\"'");
    assertThat(ShellQuoting.single("$HOME `id` \\n")).isEqualTo("'$HOME `id` \\n'");
    assertThat(ShellQuoting.single("")).isEqualTo("''");
  }

  @Test
  void singleQuoteInsideIsClosedEscapedAndReopened() {
    assertThat(ShellQuoting.single("it's")).isEqualTo("'it'\\''s'");
    assertThat(ShellQuoting.single("'")).isEqualTo("''\\'''");
    assertThat(ShellQuoting.single("''")).isEqualTo("''\\'''\\'''");
  }

  @Test
  void jsonEscapesQuotesAndBackslashes() {
    assertThat(ShellQuoting.json("python")).isEqualTo("\"python\"");
    assertThat(ShellQuoting.json("say \"hi\"")).isEqualTo("\"say \\\"hi\\\"\"");
    assertThat(ShellQuoting.json("C:\\fks\\")).isEqualTo("\"C:\\\\fks\\\\\"");
    assertThat(ShellQuoting.json("it's $HOME")).isEqualTo("\"it's $HOME\"");
    assertThat(ShellQuoting.json("")).isEqualTo("\"\"");
  }

  @Test
  void jsonEscapesControlCharacters() {
    assertThat(ShellQuoting.json("a\nb\tc\rd\u0000e\u001f")).isEqualTo("\"a\\u000ab\\u0009c\\u000dd\\u0000e\\u001f\"");
    assertThat(ShellQuoting.json("caf\u00e9 \u2603")).isEqualTo("\"caf\u00e9 \u2603\"");
  }

  @Test
  void jsonArrayJoinsWithCommaAndSpace() {
    assertThat(ShellQuoting.jsonArray(List.of("python", "-c", "print(\"a\\\\b\")")))
        .isEqualTo("[\"python\", \"-c\", \"print(\\\"a\\\\\\\\b\\\")\"]");
    assertThat(ShellQuoting.jsonArray(List.of("app"))).isEqualTo("[\"app\"]");
  }

  @Test
  void dockerfileValueIsDoubleQuotedWithEscapes() {
    assertThat(ShellQuoting.dockerfileValue("hello, world", '\\', false)).isEqualTo("\"hello, world\"");
    assertThat(ShellQuoting.dockerfileValue("/opt/fks/cpu/bin:${PATH}", '\\', false))
        .isEqualTo("\"/opt/fks/cpu/bin:${PATH}\"");
    assertThat(ShellQuoting.dockerfileValue("Says \"hi\" from C:\\fks", '\\', false))
        .isEqualTo("\"Says \\\"hi\\\" from C:\\\\fks\"");
    assertThat(ShellQuoting.dockerfileValue("\\\"", '\\', false)).isEqualTo("\"\\\\\\\"\"");
  }

  @Test
  void dockerfileValueEscapesWithTheFilesEscapeCharacter() {
    assertThat(ShellQuoting.dockerfileValue("C:\\app \"x\" `y`", '`', false)).isEqualTo("\"C:\\app `\"x`\" ``y``\"");
  }

  @Test
  void aLiteralDockerfileValueHasEveryDollarEscaped() {
    assertThat(ShellQuoting.dockerfileValue("literal $HOME ${X}", '\\', true)).isEqualTo("\"literal \\$HOME \\${X}\"");
    assertThat(ShellQuoting.dockerfileValue("$5", '`', true)).isEqualTo("\"`$5\"");
  }
}
