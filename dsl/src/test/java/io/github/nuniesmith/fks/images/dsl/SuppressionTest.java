package io.github.nuniesmith.fks.images.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import org.junit.jupiter.api.Test;

/** A suppression names a lint rule that may be suppressed, and says why. */
class SuppressionTest {
  private static final String PY = "python:3.12-slim-trixie";

  @Test
  void suppressesALintWarningWithItsReason() {
    Suppression s = Suppression.of("FKS024", "the seed gives lower bounds only");

    assertThat(s.rule()).isEqualTo(Rule.FKS024);
    assertThat(s.reason()).isEqualTo("the seed gives lower bounds only");
  }

  @Test
  void refusesAnUnknownRule() {
    assertThatThrownBy(() -> Image.builder("app", "Dockerfile", SuppressionTest.class).suppress("FKS999", "why"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("image app: suppression names the unknown rule 'FKS999': use an id of the rules table,"
            + " e.g. FKS024");
  }

  @Test
  void refusesAnEmptyReason() {
    assertThatThrownBy(() -> Stage.builder("build").suppress("FKS024", " "))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage build: suppression of FKS024 has an empty reason: say why the finding is acceptable here");
  }

  @Test
  void refusesAMissingReason() {
    assertThatThrownBy(() -> Suppression.of("FKS024", null))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("reason of the suppression of FKS024 is missing: give a value");
  }

  @Test
  void refusesARuleCheckedWhenTheDefinitionIsBuilt() {
    assertThatThrownBy(() -> Tier.root(TierRole.CPU, "cpu", SuppressionTest.class).suppress("FKS005", "why"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("tier cpu / suppress: suppression of FKS005: the rule protects the generator's own output, so"
            + " the model refuses a definition that breaks it and there is no finding to suppress; fix the"
            + " definition");
  }

  @Test
  void refusesTheRuleThatReportsUnusedSuppressions() {
    assertThatThrownBy(() -> Stage.builder("build").suppress("FKS031", "it is noisy"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage build: suppression of FKS031: it reports suppressions that match nothing, so it"
            + " cannot be suppressed; remove the unused suppression instead");
  }

  @Test
  void refusesARuleThatChecksTheGeneratorsOwnOutput() {
    assertThatThrownBy(() -> Service.builder("api", null, SuppressionTest.class).suppress("FKS029", "why"))
        .isInstanceOf(DefinitionException.class)
        .hasMessage("service api / suppress: suppression of FKS029: the rule checks a guarantee of the generator's"
            + " own output, so a finding is a bug of fks-images to report, not a choice to suppress");
  }

  @Test
  void acceptsEveryRuleOfAPolicyErrorsIncluded() {
    for (Rule rule : Policy.STRICT.rules()) {
      assertThat(Suppression.of(rule.id(), "a reason").rule()).isEqualTo(rule);
    }
    assertThat(Suppression.of("FKS004", "the download is checked with gpg").rule()).isEqualTo(Rule.FKS004);
  }

  @Test
  void acceptsTheErrorWhoseFindingCanBeAFalseAlarm() {
    assertThat(Suppression.of("FKS009", "TOKENIZERS_PARALLELISM is a switch").rule()).isEqualTo(Rule.FKS009);
  }

  @Test
  void refusesTheSameRuleSuppressedTwiceInOnePlace() {
    assertThatThrownBy(() -> Stage.builder("build").from(PY)
            .suppress("FKS024", "one reason").suppress("FKS024", "another").build())
        .isInstanceOf(DefinitionException.class)
        .hasMessage("stage build: suppresses FKS024 twice: keep one suppression with one reason");
  }

  @Test
  void buildersKeepTheirSuppressions() {
    Stage stage = Stage.builder("build").from(PY).suppress("FKS016", "kept apart for caching").build();
    Image image = Image.builder("app", "Dockerfile", SuppressionTest.class).stage(stage)
        .suppress("FKS024", "lower bounds only").build();

    assertThat(stage.suppressions()).containsExactly(new Suppression(Rule.FKS016, "kept apart for caching"));
    assertThat(image.suppressions()).containsExactly(new Suppression(Rule.FKS024, "lower bounds only"));
  }
}
