package io.github.nuniesmith.fks.images.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which definitions a goal renders and where, and the folders a render of another set is refused. */
class DestinationTest {
  private static final Path ROOT = Path.of("/work/repo");
  private static final String OWN = "com.example.fks.FksImages";
  private static final String OTHER = "com.example.imported.ImportedImages";
  private static final ImageSet WITHOUT_TIERS = new PlainImages().imageSet();
  private static final ImageSet WITH_TIERS = new GoalsTest.Definitions().imageSet(Strategy.OPTION_1);

  @Test
  void withoutPropertiesTheRepositorysOwnDefinitionsRenderIntoTheirCommittedFolders() {
    Destination own = choose(null, null, null);

    assertThat(own.definitions()).isEqualTo(OWN);
    assertThat(own.own()).isTrue();
    assertThat(own.output()).isEqualTo(ROOT.resolve("generated"));
    assertThat(own.workflows(WITH_TIERS)).contains(ROOT.resolve(".github/workflows"));
    assertThat(own.command("./mvnw -Pgenerate")).isEqualTo("./mvnw -Pgenerate");
  }

  @Test
  void anotherSetRendersIntoTheFolderNamedFromTheRepositoryRootOrAbsolute() {
    Destination relative = choose(OTHER, "target/imported", null);
    Destination absolute = choose(OTHER, ROOT.resolve("target/imported").toString(), null);

    assertThat(relative.own()).isFalse();
    assertThat(relative.output()).isEqualTo(ROOT.resolve("target/imported")).isEqualTo(absolute.output());
    assertThat(relative.command("./mvnw -Pgenerate"))
        .isEqualTo("./mvnw -Pgenerate -Dfks.definitions=" + OTHER + " -Dfks.output=target/imported");
  }

  @Test
  void aSetWithoutTiersGetsAWorkflowOnlyWhereFksWorkflowsAsks() {
    assertThat(choose(OTHER, "target/imported", null).workflows(WITHOUT_TIERS)).isEmpty();
    assertThat(choose(OTHER, "target/imported", null).workflows(WITH_TIERS))
        .contains(ROOT.resolve("target/.github/workflows"));
    Destination asked = choose(OTHER, "target/imported", "target/ci");
    assertThat(asked.workflows(WITHOUT_TIERS)).contains(ROOT.resolve("target/ci"));
    assertThat(asked.command("./mvnw -Pgenerate")).endsWith(" -Dfks.workflows=target/ci");
  }

  @Test
  void theOwnDefinitionsPreviewElsewhereWithTheirCommand() {
    Destination preview = choose(null, "target/option2", null);

    assertThat(preview.own()).isTrue();
    assertThat(preview.workflows(WITH_TIERS)).contains(ROOT.resolve("target/.github/workflows"));
    assertThat(preview.command("./mvnw -Pgenerate")).isEqualTo("./mvnw -Pgenerate -Dfks.output=target/option2");
  }

  @Test
  void anotherSetNeedsAnOutputFolder() {
    assertThatThrownBy(() -> choose(OTHER, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fks.output: name the folder to render " + OTHER + " into, e.g. -Dfks.output=target/images:"
            + " only the repository's own definitions, " + OWN + ", have one by default");
  }

  @Test
  void anotherSetIsRefusedTheCommittedOutputFolder() {
    assertThatThrownBy(() -> choose(OTHER, "generated", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fks.output generated is generated/, a folder of " + OWN + ", the repository's own"
            + " definitions; generate deletes the generated files in its folders that it does not render, so render "
            + OTHER + " into a folder of its own, e.g. -Dfks.output=target/images");
  }

  @Test
  void noSetRendersInsideOrAroundACommittedFolder() {
    assertThatThrownBy(() -> choose(null, "generated/option2", null))
        .hasMessageStartingWith("fks.output generated/option2 is inside generated/, a folder of " + OWN);
    assertThatThrownBy(() -> choose(OTHER, ".github", null))
        .hasMessageStartingWith("fks.output .github holds .github/workflows/, a folder of " + OWN);
  }

  @Test
  void anotherSetWithTiersIsRefusedTheCommittedWorkflowFolder() {
    Destination beside = choose(OTHER, "imported", null);

    assertThat(beside.workflows(WITHOUT_TIERS)).isEmpty();
    assertThatThrownBy(() -> beside.workflows(WITH_TIERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fks.workflows .github/workflows is .github/workflows/, a folder of " + OWN + ", the"
            + " repository's own definitions; generate deletes the generated files in its folders that it does not"
            + " render, so render " + OTHER + " into a folder of its own, e.g. -Dfks.workflows=target/.github/workflows");
  }

  @Test
  void noSetRendersInsideTheDefinitionsSources() {
    assertThatThrownBy(() -> choose(OTHER, "src/main/docker", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fks.output src/main/docker is inside src/, the definitions' sources, where generate would"
            + " write and delete files: use a folder of its own, e.g. -Dfks.output=target/images");
    assertThatThrownBy(() -> choose(OTHER, "target/imported", "src/ci"))
        .hasMessage("fks.workflows src/ci is inside src/, the definitions' sources, where generate would"
            + " write and delete files: use a folder of its own, e.g. -Dfks.workflows=target/.github/workflows");
  }

  @Test
  void anOutputFolderOutsideTheRepositoryIsRefused() {
    assertThatThrownBy(() -> choose(OTHER, "../elsewhere", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fks.output /work/elsewhere is not a folder inside the repository root /work/repo, from which"
            + " the workflow and the bake file name their paths: use one such as target/images");
  }

  @Test
  void aWorkflowFolderNamedInHeadersIsAPlainPath() {
    assertThatThrownBy(() -> choose(OTHER, "target/imported", "target/ci $(id)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fks.workflows 'target/ci $(id)' must be a path of letters, digits and . _ - /, such as"
            + " target/.github/workflows");
  }

  @Test
  void withoutOwnDefinitionsTheClassIsNeeded() {
    assertThatThrownBy(() -> Destination.choose(ROOT, null, "out", null, null, "generated", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fks.definitions: name the class implementing ImageSetDefinition to render, e.g."
            + " -Dfks.definitions=com.example.Images");
    assertThat(Destination.choose(ROOT, OTHER, "out", null, null, "generated", List.of()).own()).isTrue();
  }

  private static Destination choose(String definitions, String output, String workflows) {
    return Destination.choose(ROOT, definitions, output, workflows, OWN, "generated",
        List.of(ROOT.resolve("src")));
  }
}
