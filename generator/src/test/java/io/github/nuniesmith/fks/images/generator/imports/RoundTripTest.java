package io.github.nuniesmith.fks.images.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.generator.DockerfileInstructions;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RoundTripTest {
  static Stream<String> corpus() {
    return Corpus.files().stream().map(DockerfileInput::path);
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyCorpusFileIsExactWithItselfLaidOutAgain(String path) {
    String text = Corpus.text(path);
    String relaid = Corpus.relayout(text);

    assertThat(relaid).isNotEqualTo(text);
    assertThat(RoundTrip.compare(text, relaid).summary()).as(path + " against\n" + relaid).isEqualTo("exact");
    assertThat(RoundTrip.compare(text.replace("\n", "\r\n"), relaid).summary()).as(path + " in CRLF")
        .isEqualTo("exact");
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void everyCorpusFileDiffersFromItselfWithoutItsLastInstruction(String path) {
    String text = Corpus.text(path);
    DockerfileInstructions.Parsed parsed = DockerfileInstructions.parse(text);
    int last = parsed.instructions().get(parsed.instructions().size() - 1).line();
    String cut = text.lines().limit(last - 1L).map(l -> l + "\n").collect(java.util.stream.Collectors.joining());

    assertThat(RoundTrip.compare(text, cut).summary()).as(path)
        .startsWith("the input has " + parsed.instructions().size()
            + (parsed.instructions().size() == 1 ? " instruction" : " instructions") + ", the rendered file "
            + (parsed.instructions().size() - 1) + ": input line " + last + " ")
        .endsWith(" is missing");
  }

  static Stream<Arguments> sameAsBuildKitReadsThem() {
    return Stream.of(
        Arguments.of("flag order", "RUN --network=none --mount=type=cache,target=/a make",
            "RUN --mount=type=cache,target=/a --network=none make"),
        Arguments.of("repeated flags in another order", "COPY --exclude=a --exclude=b --link x /y",
            "COPY --link --exclude=b --exclude=a x /y"),
        Arguments.of("mount option order, key case and aliases",
            "RUN --mount=type=cache,target=/a,sharing=locked,ro x",
            "RUN --mount=sharing=locked,DST=/a,type=cache,readonly x"),
        Arguments.of("a mount's bare boolean option", "RUN --mount=type=secret,id=a,required x",
            "RUN --mount=type=secret,id=a,required=true x"),
        Arguments.of("a heredoc delimiter in single or double quotes", "COPY <<'EOF' /x\n$A\nEOF",
            "COPY <<\"EOF\" /x\n$A\nEOF"),
        Arguments.of("a secret's required=false, its default", "RUN --mount=type=secret,id=a,required=false x",
            "RUN --mount=type=secret,id=a x"),
        Arguments.of("a stage named by index or in another case", "FROM a AS Build\nFROM b\nCOPY --from=0 /x /x\n"
            + "COPY --from=Build /y /y", "FROM a AS build\nFROM b\nCOPY --from=build /x /x\nCOPY --from=build /y /y"),
        Arguments.of("VOLUME in JSON or words", "VOLUME [\"/data\", \"/logs\"]", "VOLUME /data /logs"),
        Arguments.of("a switch given true or false", "COPY --link=true --parents=false a /b", "COPY --link a /b"),
        Arguments.of("a mount's implicit bind type", "RUN --mount=target=/src make",
            "RUN --mount=type=bind,target=/src make"),
        Arguments.of("whitespace", "RUN apt-get update &&   apt-get install -y\tcurl",
            "RUN apt-get update && apt-get install -y curl"),
        Arguments.of("keyword and AS case", "FROM debian AS base\nRUN true", "from debian as base\nrun true"),
        Arguments.of("continuation layout", "RUN a \\\n    # comment\n\n    && b", "RUN a && b"),
        Arguments.of("comments", "# one\nFROM x\n# two\nCMD y", "FROM x\nCMD y"),
        Arguments.of("syntax directive", "# syntax=docker/dockerfile:1.4\nFROM x", "# syntax=docker/dockerfile:1.20\nFROM x"),
        Arguments.of("exec-form spacing", "CMD [\"a\",\"b\"]", "CMD [ \"a\", \"b\" ]"),
        Arguments.of("ENV quoting", "ENV A=\"x y\" B='$x' C=\\$x D=\"\\$x\"", "ENV A=x\\ y B=\\$x C='$x' D='$x'"),
        Arguments.of("legacy ENV", "ENV PATH /a:$PATH", "ENV PATH=/a:$PATH"),
        Arguments.of("legacy LABEL with spaces", "LABEL a b c", "LABEL a=\"b c\""),
        Arguments.of("LABEL key quoting", "LABEL \"a.b\"=\"1\"", "LABEL a.b=1"),
        Arguments.of("ARG quoting", "ARG A='1' B", "ARG A=1 B"),
        Arguments.of("escaped flag quotes", "COPY --chown=\"a b\" x y", "COPY \"--chown=a b\" x y".replace(
            "\"--chown=a b\"", "--chown=a\\ b")),
        Arguments.of("HEALTHCHECK flags and case", "HEALTHCHECK --retries=3 --interval=5s CMD [\"a\"]",
            "healthcheck --interval=5s --retries=3 cmd [\"a\"]"),
        Arguments.of("ONBUILD keyword case", "ONBUILD RUN make", "onbuild run make"),
        Arguments.of("backtick continuation", "# escape=`\nFROM x\nRUN a `\n  b", "# escape=`\nFROM x\nRUN a b"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sameAsBuildKitReadsThem")
  void ignoresWhatBuildKitIgnores(String what, String input, String rendered) {
    assertThat(RoundTrip.compare(input, rendered).summary()).isEqualTo("exact");
  }

  static Stream<Arguments> differences() {
    return Stream.of(
        Arguments.of("RUN apt-get update && apt-get install -y curl", "RUN apt-get update",
            "instruction 1 (input line 1, rendered line 1): RUN differs: input \"apt-get update && apt-get install"
                + " -y curl\", rendered \"apt-get update\""),
        Arguments.of("FROM x\nRUN a", "FROM x\nCOPY a /b",
            "instruction 2 (input line 2, rendered line 2): the input has RUN, the rendered file COPY"),
        Arguments.of("RUN --network=none make", "RUN make",
            "instruction 1 (input line 1, rendered line 1): RUN flags differ: input [\"--network=none\"], rendered []"),
        Arguments.of("RUN --mount=type=cache,target=/a --mount=type=cache,target=/b x",
            "RUN --mount=type=cache,target=/a --mount=type=cache,target=/a x",
            "instruction 1 (input line 1, rendered line 1): RUN flags differ: input [\"--mount=target=/a,type=cache\","
                + " \"--mount=target=/b,type=cache\"], rendered [\"--mount=target=/a,type=cache\","
                + " \"--mount=target=/a,type=cache\"]"),
        Arguments.of("CMD [\"a\", \"b\"]", "CMD a b",
            "instruction 1 (input line 1, rendered line 1): CMD differs: input exec form [\"a\", \"b\"], rendered"
                + " shell form \"a b\""),
        Arguments.of("ENTRYPOINT [\"a\", \"b c\"]", "ENTRYPOINT [\"a\", \"b\", \"c\"]",
            "instruction 1 (input line 1, rendered line 1): ENTRYPOINT differs: input [\"a\", \"b c\"], rendered"
                + " [\"a\", \"b\", \"c\"]"),
        Arguments.of("RUN [ -f x ]", "RUN [\"-f\", \"x\"]",
            "instruction 1 (input line 1, rendered line 1): RUN differs: input shell form \"[ -f x ]\", rendered"
                + " exec form [\"-f\", \"x\"]"),
        Arguments.of("ENV A=\"x  y\"", "ENV A=\"x y\"",
            "instruction 1 (input line 1, rendered line 1): ENV differs: input [\"A=x  y\"], rendered [\"A=x y\"]"),
        Arguments.of("ENV A=$HOME", "ENV A='$HOME'",
            "instruction 1 (input line 1, rendered line 1): ENV differs: input [\"A=$HOME\"], rendered"
                + " [\"A=\\$HOME\"]"),
        Arguments.of("ENV ONE TWO= THREE=world", "ENV ONE=TWO= THREE=world",
            "instruction 1 (input line 1, rendered line 1): ENV differs: input [\"ONE=TWO= THREE=world\"],"
                + " rendered [\"ONE=TWO=\", \"THREE=world\"]"),
        Arguments.of("ARG A", "ARG A=",
            "instruction 1 (input line 1, rendered line 1): ARG differs: input [\"A\"], rendered [\"A=\"]"),
        Arguments.of("FROM debian AS base", "FROM debian AS other",
            "instruction 1 (input line 1, rendered line 1): FROM differs: input [\"debian\", \"AS\", \"base\"],"
                + " rendered [\"debian\", \"AS\", \"other\"]"),
        Arguments.of("RUN <<EOF\na\nEOF", "RUN <<EOF\nb\nEOF",
            "instruction 1 (input line 1, rendered line 1): RUN heredoc 1 (<<EOF) differs: input body \"a\\n\","
                + " rendered body \"b\\n\""),
        Arguments.of("COPY <<EOF /x\n$A\nEOF", "COPY <<'EOF' /x\n$A\nEOF",
            "instruction 1 (input line 1, rendered line 1): COPY differs: input [\"<<EOF\", \"/x\"], rendered"
                + " [\"<<\\\"EOF\\\"\", \"/x\"]"),
        Arguments.of("RUN <<-EOF\n\ta\n\tEOF", "RUN <<EOF\na\nEOF",
            "instruction 1 (input line 1, rendered line 1): RUN differs: input \"<<-EOF\", rendered \"<<EOF\""),
        Arguments.of("HEALTHCHECK CMD [\"a\"]", "HEALTHCHECK CMD [\"b\"]",
            "instruction 1 (input line 1, rendered line 1): HEALTHCHECK CMD differs: input [\"a\"], rendered [\"b\"]"),
        Arguments.of("HEALTHCHECK NONE", "HEALTHCHECK CMD [\"b\"]",
            "instruction 1 (input line 1, rendered line 1): HEALTHCHECK differs: input \"NONE\", rendered \"CMD\""),
        Arguments.of("HEALTHCHECK --interval=5s CMD a", "HEALTHCHECK --interval=6s CMD a",
            "instruction 1 (input line 1, rendered line 1): HEALTHCHECK flags differ: input [\"--interval=5s\"],"
                + " rendered [\"--interval=6s\"]"),
        Arguments.of("ONBUILD RUN --network=none make", "ONBUILD RUN make",
            "instruction 1 (input line 1, rendered line 1): ONBUILD RUN flags differ: input [\"--network=none\"],"
                + " rendered []"),
        Arguments.of("# escape=`\nFROM x", "FROM x",
            "the parser directive escape differs: input \"`\", rendered \"\\\""),
        Arguments.of("# check=error=true\nFROM x", "FROM x",
            "the parser directive check differs: input \"error=true\", rendered none"),
        Arguments.of("FROM x\n\nCMD [\"a\"]", "FROM x",
            "the input has 2 instructions, the rendered file 1: input line 3 \"CMD [\\\"a\\\"]\" is missing"),
        Arguments.of("FROM x", "FROM x\nUSER 1000",
            "the input has 1 instruction, the rendered file 2: rendered line 2 \"USER 1000\" is extra"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("differences")
  void namesTheFirstDifferenceWithTheLineInEachFile(String input, String rendered, String message) {
    RoundTrip result = RoundTrip.compare(input, rendered);

    assertThat(result.exact()).isFalse();
    assertThat(result.summary()).isEqualTo(message);
  }

  @Test
  void quotedHeredocDelimitersAndTabStrippingAreComparedOnTheirOwn() {
    // Same words, so only the heredoc itself can tell them apart.
    assertThat(RoundTrip.compare("COPY <<EOF /x\n$A\nEOF", "COPY <<EOF /x\n$A\nEOF").exact()).isTrue();
    assertThat(RoundTrip.compare("RUN <<-EOF\n\ta\n\tEOF", "RUN <<-EOF\na\nEOF").exact()).isTrue();
  }

  @Test
  void showsLongTextsAroundTheirFirstDifference() {
    String common = "apt-get update && apt-get install -y --no-install-recommends ca-certificates curl git gnupg"
        + " lsb-release build-essential pkg-config ";
    RoundTrip result = RoundTrip.compare("RUN " + common + "jq make", "RUN " + common + "make");

    assertThat(result.summary()).isEqualTo("instruction 1 (input line 1, rendered line 1): RUN differs: input"
        + " \"... lsb-release build-essential pkg-config jq make\", rendered \"... lsb-release build-essential"
        + " pkg-config make\"");
  }

  @Test
  void refusesWhatDockerRefusesNamingTheFileAndLine() {
    assertThatThrownBy(() -> RoundTrip.compare("FROM x\nENV A=\"b", "FROM x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the input, line 2: ENV unterminated double quote in \"b");
    assertThatThrownBy(() -> RoundTrip.compare("FROM x", "FROM x\nCMD [1]"))
        .hasMessage("the rendered file, line 2: CMD the JSON array [1] holds 1, which is not a string: Docker"
            + " refuses it; quote it");
    assertThatThrownBy(() -> RoundTrip.compare("FROM x\nENV A=1 B", "FROM x"))
        .hasMessage("the input, line 2: ENV word B has no =: write name=value");
    assertThatThrownBy(() -> RoundTrip.compare("FROM x\nCOPPY a b", "FROM x"))
        .hasMessage("the input, line 2: COPPY is not an instruction: Docker refuses it; use one of the Dockerfile"
            + " reference's instructions");
    assertThatThrownBy(() -> RoundTrip.compare("FROM x\nONBUILD FROM y", "FROM x"))
        .hasMessage("the input, line 2: ONBUILD cannot wrap FROM: Docker refuses ONBUILD ONBUILD, FROM and"
            + " MAINTAINER");
    assertThatThrownBy(() -> RoundTrip.compare("FROM x\nONBUILD RUN [1]", "FROM x"))
        .hasMessage("the input, line 2: ONBUILD RUN the JSON array [1] holds 1, which is not a string: Docker"
            + " refuses it; quote it");
    assertThatThrownBy(() -> RoundTrip.compare("FROM x\nRUN <<EOF\na", "FROM x"))
        .hasMessage("the input, line 2: the heredoc <<EOF is never closed: end it with a line that is exactly EOF");
  }
}
