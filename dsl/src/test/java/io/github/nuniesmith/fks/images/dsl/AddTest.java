package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddTest {
  private static final String SHA = "sha256:" + "a".repeat(64);
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  @Test
  void tellsGitFromDownloadsAndPaths() {
    for (String git : List.of("https://github.com/x/y.git#v1.0", "https://github.com/x/y.git",
        "git@github.com:x/y.git", "git@github.com:x/y.git#main:docs", "ssh://git@example.org/x/y")) {
      assertThat(Add.isGit(git)).as(git).isTrue();
    }
    for (String other : List.of("https://example.org/x.tar.gz", "src/", "x.git")) {
      assertThat(Add.isGit(other)).as(other).isFalse();
    }
    assertThat(Add.isRemote("https://example.org/x.tar.gz")).isTrue();
    assertThat(Add.isRemote("vendor/x.tar.gz")).isFalse();
  }

  @Test
  void takesEveryFlag() {
    Add add = Add.builder().source("https://github.com/x/y.git#v1.0").to("/src/y").checksum(COMMIT).keepGitDir()
        .unpack(false).chown("app:app").chmod("0755").link().exclude("docs").build();
    assertThat(add.checksum()).contains(COMMIT);
    assertThat(add.keepGitDir()).isTrue();
    assertThat(add.unpack()).contains(false);
    assertThat(add.expanded()).containsExactly("https://github.com/x/y.git#v1.0", "/src/y", "app:app", "0755");
    assertThat(Add.builder().source("https://example.org/x.tar.gz").checksum(SHA).to("/tmp/").build().checksum())
        .contains(SHA);
    assertThat(Add.of("vendor/x.tar.gz", "/opt/x/").describe()).isEqualTo("add 'vendor/x.tar.gz'");
  }

  @Test
  void checksumFitsTheOneRemoteSource() {
    assertThatThrownBy(() -> Add.builder().source("https://example.org/a", "https://example.org/b").to("/tmp/")
        .checksum(SHA).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("has a checksum and 2 sources: Docker checks one source, so give each download its own ADD");
    assertThatThrownBy(() -> Add.builder().source("vendor/x.tar.gz").to("/tmp/").checksum(SHA).build())
        .hasMessage("has a checksum, but 'vendor/x.tar.gz' is a path in the build context: Docker checks downloads"
            + " and git sources only, so leave out checksum(...) or copy it with copy(...)");
    assertThatThrownBy(() -> Add.builder().source("https://example.org/a").to("/tmp/").checksum("md5:00").build())
        .hasMessage("add checksum 'md5:00' is invalid: write sha256: and 64 lowercase hex digits");
    assertThatThrownBy(() -> Add.builder().source("git@github.com:x/y.git").to("/y").checksum(SHA).build())
        .hasMessage("add checksum '" + SHA + "' is invalid: a git source's checksum is its full commit hash, 40 (or"
            + " 64) lowercase hex digits");
  }

  @Test
  void refusesANullExclude() {
    assertThatThrownBy(() -> Add.builder().source("a").to("/a").exclude((String) null).build())
        .hasMessage("add excludes contains null: remove it");
  }

  @Test
  void keepGitDirNeedsAGitSource() {
    assertThatThrownBy(() -> Add.builder().source("https://example.org/x.tar.gz").to("/x").keepGitDir().build())
        .hasMessage("keeps the .git folder, but 'https://example.org/x.tar.gz' is not a git source: leave out"
            + " keepGitDir()");
  }

  @Test
  void refusesBadSources() {
    assertThatThrownBy(() -> Add.of("https://exa mple.org/x", "/x"))
        .hasMessage("add source 'https://exa mple.org/x' is invalid: write a URL such as"
            + " https://example.org/file.tar.gz, without blanks, \\ or `");
    assertThatThrownBy(() -> Add.of("../x.tar.gz", "/x"))
        .hasMessage("add source '../x.tar.gz' has a .. segment, which would leave the build context: name a path"
            + " inside it");
    assertThatThrownBy(() -> Add.builder().source("a", "https://example.org/b").to("/x").build())
        .hasMessage("adds 2 sources to '/x', which must end in / when there are several (Docker requires it):"
            + " write /x/");
  }
}
