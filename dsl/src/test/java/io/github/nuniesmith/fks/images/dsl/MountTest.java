package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MountTest {
  @Test
  void cacheOwnedByUserTakesItsIds() {
    Mount.Cache cache = Mount.Cache.of("pip-cache", "/home/fks/.cache/pip", Mount.Sharing.LOCKED)
        .ownedBy(UserSpec.of(10001, 10002));

    assertThat(cache.uid()).contains("10001");
    assertThat(cache.gid()).contains("10002");
    assertThat(cache.target()).isEqualTo("/home/fks/.cache/pip");
    assertThat(cache.sharing()).isEqualTo(Mount.Sharing.LOCKED);
  }

  @Test
  void cacheHasEveryOptionOfTheReference() {
    Mount.Cache cache = Mount.cache("/opt/conda/pkgs").id("conda").sharing(Mount.Sharing.PRIVATE).readOnly(true)
        .from(Mount.Origin.image("mambaorg/micromamba:2.0.5"), "/opt/conda/pkgs").mode("0700")
        .uid("${NB_UID}").gid("100");

    assertThat(cache).isEqualTo(new Mount.Cache(Optional.of("conda"), "/opt/conda/pkgs", Mount.Sharing.PRIVATE,
        true, Optional.of(Mount.Origin.image("mambaorg/micromamba:2.0.5")), Optional.of("/opt/conda/pkgs"),
        Optional.of("0700"), Optional.of("${NB_UID}"), Optional.of("100")));
    assertThat(cache.expanded()).containsExactly("conda", "/opt/conda/pkgs", "/opt/conda/pkgs", "0700", "${NB_UID}",
        "100");
  }

  @Test
  void requiredSecretHasDefaultTarget() {
    assertThat(Mount.Secret.required("netrc")).isEqualTo(new Mount.Secret("netrc", Optional.empty(), Optional.empty(),
        true, Optional.empty(), Optional.empty(), Optional.empty()));
  }

  @Test
  void secretCanBeAnEnvironmentVariableOwnedByAUser() {
    Mount.Secret secret = Mount.secret("token").env("GITHUB_TOKEN").mode("0440").uid("1000").gid("$GID");

    assertThat(secret.env()).contains("GITHUB_TOKEN");
    assertThat(secret.expanded()).containsExactly("token", "0440", "1000", "$GID");
  }

  @Test
  void sshAndTmpfsTakeTheirOptions() {
    assertThat(Mount.ssh().id("github").target("/run/ssh.sock").required(true).mode("0600").uid("1000").gid("1000"))
        .isEqualTo(new Mount.Ssh(Optional.of("github"), Optional.of("/run/ssh.sock"), true, Optional.of("0600"),
            Optional.of("1000"), Optional.of("1000")));
    assertThat(Mount.tmpfs("/tmp/build").size("64m").expanded()).containsExactly("/tmp/build", "64m");
  }

  @Test
  void bindFromAStageTakesAnAbsoluteSource() {
    Mount.Bind bind = Mount.Bind.stage("micromamba", "/bin/micromamba", "/usr/local/bin/micromamba");

    assertThat(bind.from()).contains(Mount.Origin.stage("micromamba"));
    assertThat(bind.source()).contains("/bin/micromamba");
    assertThat(Mount.Bind.from(Mount.Origin.image("python:3.12"), "lib/x", "/src").source()).contains("lib/x");
  }

  @Test
  void bindFromTheContextTakesARelativeSourceAndVariables() {
    assertThat(Mount.Bind.context("${SRC:-src}/app", "${HOME}/app").readWrite(true).expanded())
        .containsExactly("${SRC:-src}/app", "${HOME}/app");
  }

  @Test
  void rejectsAnAbsoluteSourceInTheBuildContext() {
    assertThatThrownBy(() -> Mount.Bind.context("/bin/micromamba", "/usr/bin/micromamba"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("bind source '/bin/micromamba' is absolute, but the build context takes relative paths: write"
            + " it relative to the context, or name the stage or image it is a path in with from(...)");
  }

  @Test
  void rejectsACacheSourceWithoutFrom() {
    assertThatThrownBy(() -> new Mount.Cache(Optional.empty(), "/x", Mount.Sharing.SHARED, false, Optional.empty(),
        Optional.of("pkgs"), Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("cache source 'pkgs' has no from: name the stage or image it is a path in");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-pip", "pip cache", "pip,cache", "id=pip",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
  void rejectsBadCacheId(String id) {
    assertThatThrownBy(() -> Mount.Cache.of(id, "/root/.cache/pip", Mount.Sharing.SHARED))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("cache id '" + id + "' is invalid: use letters, digits, . _ - / and variables, starting with a"
            + " letter, a digit or a variable");
  }

  @ParameterizedTest
  @ValueSource(strings = {"net,rc", "id=netrc", ".netrc"})
  void rejectsBadSecretId(String id) {
    assertThatThrownBy(() -> Mount.Secret.required(id))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("secret id '" + id + "' is invalid: use letters, digits, . _ - / and variables, starting with a"
            + " letter, a digit or a variable");
  }

  @Test
  void rejectsBadOwnersModesSizesAndEnvNames() {
    assertThatThrownBy(() -> Mount.cache("/x").uid("-1"))
        .hasMessage("cache uid '-1' is invalid: use a number such as 1000 or a variable such as ${NB_UID}");
    assertThatThrownBy(() -> Mount.secret("s").mode("0999"))
        .hasMessage("secret mode '0999' is invalid: use an octal mode such as 0755 or a variable");
    assertThatThrownBy(() -> Mount.tmpfs("/t").size("lots"))
        .hasMessage("tmpfs size 'lots' is invalid: use bytes with an optional k, m or g such as 64m, or a variable");
    assertThatThrownBy(() -> Mount.secret("s").env("1TOKEN"))
        .hasMessage("secret env '1TOKEN' is invalid: use letters, digits and _, not starting with a digit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"root/.cache/pip", "/a,b", "/a b", "/a\"b", "${X"})
  void rejectsTargetsThatAreRelativeOrBreakTheFlag(String target) {
    assertThatThrownBy(() -> Mount.cache(target))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("cache target " + Checks.quote(target) + " is invalid: write an absolute path or one starting"
            + " with a variable; use letters, digits, . _ + @ - / and variables such as ${HOME}");
  }

  @Test
  void rejectsBadOrigins() {
    assertThatThrownBy(() -> Mount.Origin.context("Docs Site"))
        .hasMessage("mount from context 'Docs Site' is invalid: use lowercase letters, digits and . _ - /");
    assertThatThrownBy(() -> Mount.Origin.image("Not An Image"))
        .isInstanceOf(DefinitionException.class).hasMessageStartingWith("image reference 'Not An Image'");
    assertThatThrownBy(() -> Mount.Bind.stage("seed", "-rf", "/x"))
        .hasMessage("bind source '-rf' is invalid: use letters, digits, . _ + @ - / and variables such as ${HOME}");
    assertThatThrownBy(() -> Mount.Bind.context("../secrets", "/x"))
        .hasMessage("bind source '../secrets' contains . or .. segments: write the path it means");
    assertThatThrownBy(() -> Mount.ssh().target("run/ssh"))
        .hasMessageStartingWith("ssh target 'run/ssh' is invalid: write an absolute path or one starting with a"
            + " variable");
  }

  @Test
  void rejectsDotSegments() {
    assertThatThrownBy(() -> Mount.tmpfs("/a/../etc"))
        .hasMessage("tmpfs target '/a/../etc' contains . or .. segments: write the path it means");
  }

  @Test
  void rejectsFromSomethingThatIsNoStageName() {
    assertThatThrownBy(() -> Mount.Bind.stage("Builder", "src", "/src"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("mount from 'Builder' is not a stage name: use the name of an earlier stage");
  }

  @Test
  void namedContextsAreOrigins() {
    assertThat(Mount.Bind.from(Mount.Origin.context("sources"), "app", "/src").from().map(Mount.Origin::reference))
        .contains("sources");
    assertThat(List.of(Mount.Origin.stage("build").reference())).containsExactly("build");
  }

  @Test
  void aBindTargetMayBeRelativeToTheWorkdir() {
    assertThat(Mount.bind(".").target()).isEqualTo(".");
    assertThat(Mount.Bind.context("go.sum", "go.sum").target()).isEqualTo("go.sum");
    assertThatThrownBy(() -> Mount.bind("./go.sum"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("bind target './go.sum' contains . or .. segments: write the path it means");
    assertThatThrownBy(() -> Mount.bind("-x"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("bind target '-x' is invalid: write an absolute path, one starting with a variable, one relative"
            + " to the WORKDIR, or . for the WORKDIR itself; use letters, digits, . _ + @ - / and variables such as"
            + " ${HOME}, not starting with -");
    assertThatThrownBy(() -> Mount.cache("."))
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith("cache target '.' is invalid: write an absolute path or one starting with a variable");
  }
}
