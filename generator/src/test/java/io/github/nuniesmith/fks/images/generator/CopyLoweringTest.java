package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.HeredocFile;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Stage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Every flag and source kind of COPY and ADD, each compared with its golden Dockerfile. */
class CopyLoweringTest {
  private static final Generator GENERATOR = new Generator("src/test/java", Golden.UPDATE_COMMAND);
  private static final String PYTHON = "python:3.12-slim-trixie";
  private static final String SHA256 = "sha256:9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651";
  private static final String COMMIT = "4e8c7c0d7a1f3b2e9d6c5b4a39281706f5e4d3c2";

  @Test
  void copyFromEveryKindOfSource(TestInfo test) {
    Golden.assertMatches(test, GENERATOR.render(Image.builder("example", "Dockerfile", CopyLoweringTest.class)
        .stage("build", s -> s.from(PYTHON).copy("src", "/opt/app/src"))
        .stage("runtime", s -> s.from(PYTHON)
            .copyFrom("build", "/opt/app", "/opt/app")
            .copy(c -> c.fromImage("ghcr.io/astral-sh/uv:0.5.0").source("/uv", "/uvx").to("/usr/local/bin/"))
            .copy(c -> c.fromNamedContext("wheels").source("*.whl").to("/tmp/wheels/")))
        .build()).content());
  }

  @Test
  void copyWithEveryFlag(TestInfo test) {
    Golden.assertMatches(test, render(s -> s
        .copy(c -> c.source("a", "b").to("/opt/").chown("app"))
        .copy(c -> c.source("start.sh").to("/usr/local/bin/").chown("${NB_UID}:${NB_GID}").chmod("0755"))
        .copy(c -> c.source("conf/").to("/etc/app/").chown("1000:100").chmod("u=rwX,go=rX").link())
        .copy(c -> c.source("packages/*/pyproject.toml").to("/src/").parents().exclude("*.pyc", "tests/"))));
  }

  @Test
  void copyToARelativeDestinationWithVariables(TestInfo test) {
    Golden.assertMatches(test, render(s -> s.workdir("/home/app")
        .copy(c -> c.source("${APP_DIR}/").to("app/"))
        .copy(c -> c.source("requirements.txt").to("."))));
  }

  @Test
  void copyOfPathsWithBlanksTakesTheJsonForm(TestInfo test) {
    String dockerfile = render(s -> s.copy(c -> c.source("my notes.txt", "say \"hi\".txt").to("/srv/my docs/")
        .chmod("0644")));
    assertThat(dockerfile).contains("COPY --chmod=0644 [\"my notes.txt\", \"say \\\"hi\\\".txt\", \"/srv/my docs/\"]");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void copyOfTextIsAQuotedHeredoc(TestInfo test) {
    Golden.assertMatches(test, render(s -> s
        .copy(c -> c.text("#!/bin/sh\nexec python -m app \"$@\"\n").to("/usr/local/bin/start").chmod("0755"))
        .copy(c -> c.text("[global]\n\tno-cache-dir = $NOT_EXPANDED\n").to("/etc/pip.conf"))
        .copy(c -> c.text("").to("/etc/empty"))));
  }

  @Test
  void heredocDelimiterIsNoLineOfTheText(TestInfo test) {
    String dockerfile = render(s -> s.copy(c -> c.text("EOF\nEOF1\n  EOF2\t\nend\n").to("/doc.txt")));
    assertThat(dockerfile).contains("COPY <<\"EOF3\" /doc.txt\nEOF\nEOF1\n  EOF2\t\nend\nEOF3\n");
    Golden.assertMatches(test, dockerfile);
  }

  @Test
  void addOfEverySourceKind(TestInfo test) {
    Golden.assertMatches(test, render(s -> s
        .add("vendor/lib.tar.gz", "/opt/lib/")
        .add(a -> a.source("https://example.org/tool-1.0.tar.gz").checksum(SHA256).to("/tmp/tool.tar.gz"))
        .add(a -> a.source("https://github.com/x/y.git#v1.0").checksum(COMMIT).keepGitDir().to("/src/y"))
        .add(a -> a.source("git@github.com:x/z.git#main:docs").to("/src/z-docs"))
        .add(a -> a.source("a.txt", "https://example.org/b.txt").to("/data/"))));
  }

  @Test
  void addWithEveryFlag(TestInfo test) {
    Golden.assertMatches(test, render(s -> s
        .add(a -> a.source("https://example.org/x.tar.gz").checksum(SHA256).unpack(true).chown("${NB_UID}")
            .chmod("go-w").link().exclude("docs/", "*.md").to("/opt/x/"))
        .add(a -> a.source("dist/app.tar").unpack(false).to("/tmp/"))));
  }

  @Test
  void syntaxIsTheLeastThatHasEveryFlagUsed() {
    assertThat(syntax(s -> s.copy("a", "/a"))).isEqualTo("1.2");
    assertThat(syntax(s -> s.copy(c -> c.source("a").to("/a").chmod("0755")))).isEqualTo("1.2");
    assertThat(syntax(s -> s.copy(c -> c.text("x").to("/a")))).isEqualTo("1.4");
    assertThat(syntax(s -> s.copy(c -> c.source("a").to("/a").link()))).isEqualTo("1.4");
    assertThat(syntax(s -> s.copy(c -> c.fromNamedContext("wheels").source("a").to("/a")))).isEqualTo("1.4");
    assertThat(syntax(s -> s.add(a -> a.source("https://example.org/a").checksum(SHA256).to("/a")))).isEqualTo("1.6");
    assertThat(syntax(s -> s.add("git@github.com:x/y.git", "/y"))).isEqualTo("1.6");
    assertThat(syntax(s -> s.copy(c -> c.source("a").to("/a").chmod("u=rwX")))).isEqualTo("1.14");
    assertThat(syntax(s -> s.copy(c -> c.source("a").to("/a").chmod("${MODE}")))).isEqualTo("1.14");
    assertThat(syntax(s -> s.add(a -> a.source("git@github.com:x/y.git").checksum(COMMIT).to("/y")))).isEqualTo("1.16");
    assertThat(syntax(s -> s.add(a -> a.source("a.tar").unpack(false).to("/a/")))).isEqualTo("1.17");
    assertThat(syntax(s -> s.copy(c -> c.source("a").to("/a").exclude("*.pyc")))).isEqualTo("1.19");
    assertThat(syntax(s -> s.add(a -> a.source("a").to("/a").exclude("*.pyc")))).isEqualTo("1.19");
    assertThat(syntax(s -> s.copy(c -> c.source("a").to("/a").parents()))).isEqualTo("1.20");
  }

  private static String syntax(Consumer<Stage.Builder> body) {
    String first = render(body).lines().findFirst().orElseThrow();
    return first.substring(first.indexOf(':') + 1);
  }

  @Test
  void copyAndAddOfHeredocFilesExpandedNamedAndTabStripped(TestInfo test) {
    String dockerfile = render(s -> s
        .copy(c -> c.heredoc(HeredocFile.of("mode: ${MODE}\n").expanded()).to("/etc/app.yaml").chown("${NB_UID}"))
        .copy(c -> c.heredoc(HeredocFile.named("index.html", "<!doctype html><title>ok</title>\n"),
            HeredocFile.named("robots.txt", "User-agent: *\n")).to("/usr/share/nginx/html/"))
        .copy(c -> c.heredoc(HeredocFile.of("#!/bin/sh\necho \"$HOME\"\n").stripTabs(true)).to("/start.sh")
            .chmod("0755"))
        .add(a -> a.heredoc(HeredocFile.of("MODE=production\n")).to("/etc/app.env")));
    assertThat(dockerfile).contains("COPY --chown=${NB_UID} <<EOF /etc/app.yaml\nmode: ${MODE}\nEOF\n")
        .contains("COPY <<\"index.html\" <<\"robots.txt\" /usr/share/nginx/html/\n<!doctype html><title>ok</title>\n"
            + "index.html\nUser-agent: *\nrobots.txt\n")
        .contains("ADD <<\"EOF\" /etc/app.env\nMODE=production\nEOF\n");
    Golden.assertMatches(test, dockerfile);
  }

  private static String render(Consumer<Stage.Builder> body) {
    return GENERATOR.render(Image.builder("example", "Dockerfile", CopyLoweringTest.class)
        .stage("build", s -> body.accept(s.from(PYTHON).parentEnv("NB_UID", "NB_GID", "APP_DIR", "MODE")))
        .build()).content();
  }
}
