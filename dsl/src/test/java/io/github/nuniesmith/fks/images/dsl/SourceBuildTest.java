package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceBuildTest {
  private static final String SHA = "9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651";
  private static final String URL =
      "https://downloads.sourceforge.net/project/ta-lib/ta-lib/0.4.0/ta-lib-0.4.0-src.tar.gz";

  private static SourceBuild.Builder taLib() {
    return SourceBuild.tarball("ta-lib", "0.4.0").url(URL).sha256(SHA);
  }

  @Test
  void buildsWithDefaults() {
    SourceBuild build = taLib().build();

    assertThat(build.sha256()).isEqualTo(Sha256.of(SHA));
    assertThat(build.buildPackages().packages()).containsExactly("build-essential");
    assertThat(build.configureArgs()).isEmpty();
    assertThat(build.prefix()).isEqualTo(AbsolutePath.of("/opt/ta-lib"));
    assertThat(build.stageName()).isEqualTo("ta-lib-build");
    assertThat(build.describe()).isEqualTo("source build 'ta-lib'");
  }

  @Test
  void addsPackagesArgumentsAndPrefix() {
    SourceBuild build = SourceBuild.tarball("lib_x.y", "1.2.3").url("https://example.com/x-1.2.3.tar.xz")
        .sha256(SHA).buildPackages("wget", "autoconf").configure("--enable-static", "--with-x=/usr")
        .prefix("/opt/fks/lib-x").build();

    assertThat(build.buildPackages().packages()).containsExactly("autoconf", "build-essential", "wget");
    assertThat(build.configureArgs()).containsExactly("--enable-static", "--with-x=/usr");
    assertThat(build.prefix()).isEqualTo(AbsolutePath.of("/opt/fks/lib-x"));
    assertThat(build.stageName()).isEqualTo("lib-x-y-build");
  }

  @Test
  void namingBuildEssentialAgainIsNotAnError() {
    assertThat(taLib().buildPackages("build-essential", "wget").build().buildPackages().packages())
        .containsExactly("build-essential", "wget");
  }

  @Test
  void rejectsMissingSha256() {
    assertThatThrownBy(() -> SourceBuild.tarball("ta-lib", "0.4.0").url(URL).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("source build 'ta-lib': has no sha256: add .sha256(\"<64 hex>\") with the tarball's"
            + " checksum, so that a changed download fails the build");
  }

  @Test
  void rejectsMissingUrl() {
    assertThatThrownBy(() -> SourceBuild.tarball("ta-lib", "0.4.0").sha256(SHA).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("source build 'ta-lib': has no URL: add .url(\"https://.../<name>.tar.gz\"),"
            + " or .contextFile(\"<name>.tar.gz\") for a tarball in the build context");
  }

  @Test
  void buildsFromAContextFile() {
    SourceBuild build = SourceBuild.tarball("fixta", "1.0.0").contextFile("vendor/fixta-1.0.0.tgz").sha256(SHA)
        .build();

    assertThat(build.url()).isEmpty();
    assertThat(build.contextFile()).contains(ContextPath.of("vendor/fixta-1.0.0.tgz"));
    assertThat(build.source()).isEqualTo("vendor/fixta-1.0.0.tgz");
  }

  @Test
  void rejectsBothUrlAndContextFile() {
    assertThatThrownBy(() -> taLib().contextFile("ta-lib-0.4.0-src.tar.gz").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("source build 'ta-lib': has both a URL and a context file: keep one");
  }

  @Test
  void rejectsAContextFileThatIsNoTarball() {
    assertThatThrownBy(() -> SourceBuild.tarball("fixta", "1.0.0").contextFile("fixta.zip").sha256(SHA).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("source build 'fixta': context file 'fixta.zip' is not a .tar.gz, .tgz, .tar.xz or .tar.bz2"
            + " file: give the tarball");
  }

  @Test
  void rejectsAContextFileOutsideTheContext() {
    assertThatThrownBy(() -> SourceBuild.tarball("fixta", "1.0.0").contextFile("../fixta.tar.gz"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("source build 'fixta' / context file: relative path '../fixta.tar.gz' contains . or .."
            + " segments, which could leave its folder: remove them");
  }

  @Test
  void rejectsPlainHttp() {
    assertThatThrownBy(() -> taLib().url("http://example.com/ta-lib-0.4.0-src.tar.gz").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("source build 'ta-lib': source URL 'http://example.com/ta-lib-0.4.0-src.tar.gz' is invalid:"
            + " use an https URL of a .tar.gz, .tgz, .tar.xz or .tar.bz2 file, without query or spaces");
  }

  @Test
  void rejectsUrlThatIsNoTarball() {
    assertThatThrownBy(() -> taLib().url("https://example.com/download?file=ta-lib.tar.gz").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("source build 'ta-lib': source URL 'https://example.com/download?file=ta-lib.tar.gz' is"
            + " invalid: use an https URL of a .tar.gz, .tgz, .tar.xz or .tar.bz2 file, without query or spaces");
  }

  @Test
  void rejectsBadSha256WhereItIsGiven() {
    assertThatThrownBy(() -> SourceBuild.tarball("ta-lib", "0.4.0").sha256("xyz"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("source build 'ta-lib': sha256 'xyz' is invalid: give 64 lowercase hex digits,"
            + " as printed by sha256sum");
  }

  @Test
  void rejectsRelativePrefix() {
    assertThatThrownBy(() -> taLib().prefix("usr/local"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("source build 'ta-lib': path 'usr/local' is relative: write an absolute path such as"
            + " /usr/local");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/usr", "/usr/local", "/", "/opt", "/opt/", "/opt/ta-lib/", "/srv/ta-lib"})
  void rejectsPrefixThatIsNotAFolderOfItsOwnUnderOpt(String prefix) {
    assertThatThrownBy(() -> taLib().prefix(prefix).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("source build 'ta-lib': install prefix '" + prefix + "' is not a folder of its own under /opt:"
            + " the whole prefix is copied into /usr/local of the stages that use the library, so use one such as"
            + " /opt/ta-lib");
  }

  @Test
  void rejectsShellInConfigureArgument() {
    assertThatThrownBy(() -> taLib().configure("--prefix=/x;rm").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("source build 'ta-lib': configure argument '--prefix=/x;rm' is invalid: use --option or"
            + " --option=value with letters, digits and . _ / + -");
  }

  @Test
  void rejectsUppercaseName() {
    assertThatThrownBy(() -> SourceBuild.tarball("TA-Lib", "0.4.0").url(URL).sha256(SHA).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("source build 'TA-Lib': source build name 'TA-Lib' is invalid: use lowercase letters,"
            + " digits and . _ -");
  }

  @Test
  void rejectsVersionNotStartingWithDigit() {
    assertThatThrownBy(() -> SourceBuild.tarball("ta-lib", "v0.4").url(URL).sha256(SHA).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("source build 'ta-lib': source build version 'v0.4' is invalid: use a version such as"
            + " 0.4.0");
  }
}
