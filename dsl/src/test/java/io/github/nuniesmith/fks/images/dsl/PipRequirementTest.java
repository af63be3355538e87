package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.nuniesmith.fks.images.dsl.PipRequirement.Specifier;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PipRequirementTest {
  /** The fix every PEP 508 refusal names, and its rule. */
  private static final String EXAMPLE_FKS005 = "write one PEP 508 requirement such as 'langchain>=0.3.0' [FKS005]";

  @Test
  void parsesExtrasAndExactPin() {
    PipRequirement r = PipRequirement.parse("uvicorn[standard]==0.30.6");

    assertThat(r).isEqualTo(new PipRequirement(
        "uvicorn", List.of("standard"), List.of(new Specifier("==", "0.30.6")), ""));
    assertThat(r.exactPin()).contains(new Specifier("==", "0.30.6"));
    assertThat(r).hasToString("uvicorn[standard]==0.30.6");
  }

  @Test
  void parsesSeveralSpecifiersInOrder() {
    PipRequirement r = PipRequirement.parse("langchain>=0.3.0,<0.4");

    assertThat(r.specifiers()).containsExactly(new Specifier(">=", "0.3.0"), new Specifier("<", "0.4"));
    assertThat(r.exactPin()).isEmpty();
    assertThat(r).hasToString("langchain>=0.3.0,<0.4");
  }

  @Test
  void writesSpacedRequirementInCanonicalForm() {
    PipRequirement r = PipRequirement.parse("a [x, y] >= 1.0 , != 1.5");

    assertThat(r.extras()).containsExactly("x", "y");
    assertThat(r).hasToString("a[x,y]>=1.0,!=1.5");
  }

  @Test
  void parsesEnvironmentMarker() {
    PipRequirement r = PipRequirement.parse("numpy>=1.26;python_version < \"3.13\"");

    assertThat(r.marker()).isEqualTo("python_version < \"3.13\"");
    assertThat(r).hasToString("numpy>=1.26; python_version < \"3.13\"");
  }

  @Test
  void parsesMarkerWithParenthesesAndBooleans() {
    String marker = "(python_version >= \"3.8\" and sys_platform == \"linux\") or os_name == \"nt\"";

    assertThat(PipRequirement.parse("pkg; " + marker).marker()).isEqualTo(marker);
    for (String other : List.of("extra == \"gpu\"", "\"linux\" in sys_platform", "os_name not in \"nt posix\"",
        "((python_version >= \"3.8\"))", "python_version > \"3\" and os_name == \"nt\" or extra == \"x\"")) {
      assertThat(PipRequirement.parse("pkg; " + other).marker()).isEqualTo(other);
    }
  }

  @Test
  void keepsLocalLabelButComparesPublicVersion() {
    PipRequirement r = PipRequirement.parse("torch==2.8.0+cu128");

    assertThat(r.exactPin()).map(Specifier::version).contains("2.8.0+cu128");
    assertThat(r.specifiers().get(0).publicVersion()).isEqualTo("2.8.0");
    assertThat(r).hasToString("torch==2.8.0+cu128");
  }

  @Test
  void wildcardAndCompatibleReleaseAreNotExactPins() {
    assertThat(PipRequirement.parse("pkg==1.*").exactPin()).isEmpty();
    assertThat(PipRequirement.parse("pkg~=1.4.2").exactPin()).isEmpty();
    assertThat(PipRequirement.parse("pkg").exactPin()).isEmpty();
  }

  @Test
  void acceptsPreAndPostReleases() {
    assertThat(PipRequirement.parse("pkg==1.0a1.post2.dev3")).hasToString("pkg==1.0a1.post2.dev3");
    assertThat(PipRequirement.parse("pkg==1!2.0rc1")).hasToString("pkg==1!2.0rc1");
  }

  @Test
  void acceptsWildcardAfterEqualityAndCompatibleReleaseOfTwoNumbers() {
    assertThat(PipRequirement.parse("pkg!=1.4.*,==1.*")).hasToString("pkg!=1.4.*,==1.*");
    assertThat(PipRequirement.parse("pkg==1!2.*")).hasToString("pkg==1!2.*");
    assertThat(PipRequirement.parse("pkg~=1.0")).hasToString("pkg~=1.0");
    assertThat(PipRequirement.parse("pkg~=1.0rc1")).hasToString("pkg~=1.0rc1");
    assertThat(PipRequirement.parse("pkg~=1!2.0")).hasToString("pkg~=1!2.0");
  }

  @Test
  void canonicalNameFollowsPep503() {
    assertThat(PipRequirement.parse("TA_Lib.Foo==1").canonicalName()).isEqualTo("ta-lib-foo");
    assertThat(PipRequirement.parse("TA-Lib==0.5.1").canonicalName()).isEqualTo("ta-lib");
    assertThat(PipRequirement.canonical("Foo__Bar.-baz")).isEqualTo("foo-bar-baz");
  }

  static Stream<Arguments> badRequirements() {
    return Stream.of(
        arguments("not a requirement", "pip requirement 'not a requirement' is not a PEP 508 requirement: "
            + EXAMPLE_FKS005),
        arguments("-r requirements.txt", "pip requirement '-r requirements.txt' is not a PEP 508 requirement: "
            + EXAMPLE_FKS005),
        arguments("pkg, other", "pip requirement 'pkg, other' is not a PEP 508 requirement: " + EXAMPLE_FKS005),
        arguments("pkg==$HOME", "pip requirement 'pkg==$HOME' contains the shell metacharacter '$': " + EXAMPLE_FKS005),
        arguments("pkg==`id`", "pip requirement 'pkg==`id`' contains the shell metacharacter '`': " + EXAMPLE_FKS005),
        arguments("langchain>=0.3.0 && rm -rf /", "pip requirement 'langchain>=0.3.0 && rm -rf /' contains"
            + " the shell metacharacter '&': " + EXAMPLE_FKS005),
        arguments("pkg | cat", "pip requirement 'pkg | cat' contains the shell metacharacter '|': " + EXAMPLE_FKS005),
        arguments("pkg==1 # note", "pip requirement 'pkg==1 # note' contains the shell metacharacter '#': "
            + EXAMPLE_FKS005),
        arguments("pkg; python_version < \"3.13\" | cat", "pip requirement 'pkg; python_version < \"3.13\" | cat'"
            + " contains the shell metacharacter '|': " + EXAMPLE_FKS005),
        arguments("pkg; rm -rf /", "pip requirement 'pkg; rm -rf /' has an unknown marker variable 'rm':"
            + " use one of PEP 508's, e.g. python_version [FKS005]"),
        arguments("pkg;python_version<\"3\";rm", "pip requirement 'pkg;python_version<\"3\";rm' has an invalid"
            + " environment marker 'python_version<\"3\";rm' at ';rm': use PEP 508 markers with double-quoted"
            + " values, e.g. python_version < \"3.13\" [FKS005]"),
        arguments("pkg\nother", "pip requirement 'pkg\\nother' contains a control character (newline, tab, ...):"
            + " remove it [FKS005]"),
        arguments("pkg\u0007", "pip requirement 'pkg\\u0007' contains a control character (newline, tab, ...):"
            + " remove it [FKS005]"),
        arguments("pkg @ https://example.com/pkg.whl", "pip requirement 'pkg @ https://example.com/pkg.whl'"
            + " is a URL requirement: name the package and choose its index with PackageIndex [FKS005]"),
        arguments("torch>=2.8.0+cu128", "pip requirement 'torch>=2.8.0+cu128' has an invalid version specifier"
            + " '>=2.8.0+cu128': version '2.8.0+cu128' has a local label (+...), which only == and != can"
            + " compare: write ==2.8.0+cu128 [FKS005]"),
        arguments("pkg; python_version < '3.13'", "pip requirement 'pkg; python_version < '3.13'' contains"
            + " a single quote, a shell metacharacter: write marker values in double quotes,"
            + " e.g. python_version < \"3.13\" [FKS005]"),
        arguments("pkg; foo == \"1\"", "pip requirement 'pkg; foo == \"1\"' has an unknown marker variable"
            + " 'foo': use one of PEP 508's, e.g. python_version [FKS005]"),
        arguments("pkg; (python_version < \"3\"", "pip requirement 'pkg; (python_version < \"3\"' has unbalanced"
            + " parentheses in its marker '(python_version < \"3\"': close each ( with a ) [FKS005]"),
        arguments("pkg; python_version << \"3\" \"x\"", "pip requirement 'pkg; python_version << \"3\" \"x\"' has an"
            + " invalid environment marker 'python_version << \"3\" \"x\"' at '< \"3\" \"x\"': use PEP 508 markers,"
            + " comparisons of a variable and a double-quoted value joined by and/or, e.g. python_version < \"3.13\""
            + " [FKS005]"),
        arguments("pkg; python_version < \"3\" \"x\"", "pip requirement 'pkg; python_version < \"3\" \"x\"' has an"
            + " invalid environment marker 'python_version < \"3\" \"x\"' at '\"x\"': use PEP 508 markers,"
            + " comparisons of a variable and a double-quoted value joined by and/or, e.g. python_version < \"3.13\""
            + " [FKS005]"),
        arguments("pkg; python_version and os_name", "pip requirement 'pkg; python_version and os_name' has an"
            + " invalid environment marker 'python_version and os_name' at 'and os_name': use PEP 508 markers,"
            + " comparisons of a variable and a double-quoted value joined by and/or, e.g. python_version < \"3.13\""
            + " [FKS005]"),
        arguments("pkg; python_version <", "pip requirement 'pkg; python_version <' has an invalid environment"
            + " marker 'python_version <' at its end: use PEP 508 markers, comparisons of a variable and a"
            + " double-quoted value joined by and/or, e.g. python_version < \"3.13\" [FKS005]"),
        arguments("pkg;", "pip requirement 'pkg;' has an empty marker after ';': write a marker or remove the ';' [FKS005]"),
        arguments("pkg==", "pip requirement 'pkg==' has an invalid version specifier '==': " + EXAMPLE_FKS005),
        arguments("pkg=1", "pip requirement 'pkg=1' has an invalid version specifier '=1': " + EXAMPLE_FKS005),
        arguments("pkg>=1 <2", "pip requirement 'pkg>=1 <2' has an invalid version specifier '>=1 <2': "
            + EXAMPLE_FKS005),
        arguments("pkg>>1", "pip requirement 'pkg>>1' has an invalid version specifier '>>1': version '>1'"
            + " is invalid: write a PEP 440 version such as 2.8.0 or 2.8.0+cu128 [FKS005]"),
        arguments("pkg[]", "pip requirement 'pkg[]' has an invalid extra '': use letters, digits and . _ - [FKS005]"),
        arguments("pkg>=1.*", "pip requirement 'pkg>=1.*' has an invalid version specifier '>=1.*': version '1.*'"
            + " ends in .*, which only == and != can compare: write ==1.*, or remove the .* [FKS005]"),
        arguments("pkg~=1.4.*", "pip requirement 'pkg~=1.4.*' has an invalid version specifier '~=1.4.*': version"
            + " '1.4.*' ends in .*, which only == and != can compare: write ==1.4.*, or remove the .* [FKS005]"),
        arguments("pkg===1.*", "pip requirement 'pkg===1.*' has an invalid version specifier '===1.*': version"
            + " '1.*' ends in .*, which only == and != can compare: write ==1.*, or remove the .* [FKS005]"),
        arguments("pkg==1.*rc1", "pip requirement 'pkg==1.*rc1' has an invalid version specifier '==1.*rc1':"
            + " version '1.*rc1' is invalid: write a PEP 440 version such as 2.8.0 or 2.8.0+cu128 [FKS005]"),
        arguments("pkg==1.*+cu128", "pip requirement 'pkg==1.*+cu128' has an invalid version specifier"
            + " '==1.*+cu128': version '1.*+cu128' is invalid: write a PEP 440 version such as 2.8.0 or"
            + " 2.8.0+cu128 [FKS005]"),
        arguments("pkg~=1", "pip requirement 'pkg~=1' has an invalid version specifier '~=1': version '1' has one"
            + " release number, but ~= needs at least two (PEP 440): write ~=1.0 to allow 1.x [FKS005]"),
        arguments("pkg~=2rc1", "pip requirement 'pkg~=2rc1' has an invalid version specifier '~=2rc1': version"
            + " '2rc1' has one release number, but ~= needs at least two (PEP 440): write ~=2.0 to allow 2.x [FKS005]"),
        arguments("pkg~=1!2", "pip requirement 'pkg~=1!2' has an invalid version specifier '~=1!2': version '1!2'"
            + " has one release number, but ~= needs at least two (PEP 440): write ~=2.0 to allow 2.x [FKS005]"),
        arguments(" ", "pip requirement is empty: give a value [FKS005]"));
  }

  @ParameterizedTest
  @MethodSource("badRequirements")
  void rejectsBadRequirement(String requirement, String message) {
    assertThatThrownBy(() -> PipRequirement.parse(requirement))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(message);
  }

  @Test
  void constructorRejectsControlCharacterInMarker() {
    assertThatThrownBy(() -> new PipRequirement("pkg", List.of(), List.of(), "python_version\n< \"3\""))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("pip requirement 'pkg': marker 'python_version\\n< \"3\"' contains a control character"
            + " (newline, tab, ...): remove it");
  }

  @Test
  void constructorNamesRequirementOfBadMarker() {
    assertThatThrownBy(() -> new PipRequirement("pkg", List.of(), List.of(), "foo == \"1\""))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("pip requirement 'pkg': has an unknown marker variable 'foo': use one of PEP 508's,"
            + " e.g. python_version");
  }

  @Test
  void specifierRejectsWildcardAfterOrderedComparison() {
    assertThatThrownBy(() -> new Specifier("<", "2.*"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("version '2.*' ends in .*, which only == and != can compare: write ==2.*, or remove the .*");
  }

  @Test
  void specifierRejectsCompatibleReleaseOfOneNumber() {
    assertThatThrownBy(() -> new Specifier("~=", "3"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("version '3' has one release number, but ~= needs at least two (PEP 440): write ~=3.0 to"
            + " allow 3.x");
  }

  @Test
  void specifierRejectsUnknownOperator() {
    assertThatThrownBy(() -> new Specifier("=", "1.0"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("operator '=' is not a PEP 440 comparison: use one of ~= == != <= >= < > ===");
  }
}
