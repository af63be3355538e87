package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RepositoryLayoutTest {
  @Test
  void foldersLoseTrailingSlashesAndBackslashes() {
    assertThat(new RepositoryLayout("out\\generated/", "services/", "main"))
        .isEqualTo(new RepositoryLayout("out/generated", "services", "main"));
  }

  @Test
  void aFolderOutsideTheRepositoryIsRefused() {
    assertThatThrownBy(() -> new RepositoryLayout("../generated", "services", "main"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("generated folder '../generated' must be a relative folder inside the repository:"
            + " names of letters, digits and . _ - separated by /, not starting with a dot, such as generated");
    assertThatThrownBy(() -> new RepositoryLayout("generated", "/srv/services", "main"))
        .hasMessageStartingWith("service contexts folder '/srv/services' must be a relative folder");
  }

  @Test
  void aFolderThatWouldBreakAPathFilterIsRefused() {
    assertThatThrownBy(() -> new RepositoryLayout("gen'erated", "services", "main"))
        .hasMessageStartingWith("generated folder 'gen'erated' must be");
    assertThatThrownBy(() -> new RepositoryLayout("generated", "serv*", "main"))
        .hasMessageStartingWith("service contexts folder 'serv*' must be");
  }

  @Test
  void aFolderThatWouldInjectIntoTheWorkflowIsRefused() {
    for (String hostile : new String[] {"svc${{secrets.DOCKERHUB_TOKEN}}", "svc/{x}", "a,b", "svc:x", "<b>x</b>",
        "svc#x", "s\u202evc", ".hidden"}) {
      assertThatThrownBy(() -> new RepositoryLayout("generated", hostile, "main"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("service contexts folder '" + hostile + "' must be a relative folder");
    }
  }

  @Test
  void aBranchThatIsNoPlainNameIsRefused() {
    assertThatThrownBy(() -> new RepositoryLayout("generated", "services", "main' }}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("default branch 'main' }}' must be a branch name of letters, digits and . _ / -, such as main");
  }
}
