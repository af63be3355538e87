package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Suppression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects the findings of one image, keeping those of the rules its set's policy includes and of
 * the rules every policy runs, then applies the suppressions its definition declares: a stage's own
 * first, then the image's (a tier's or a service's). A suppression that turned nothing off is itself
 * reported (FKS031), unless its rule is outside the policy, where it has nothing to turn off.
 */
final class Findings {
  private final LintSubject subject;
  private final List<Draft> drafts = new ArrayList<>();
  /** The image's stages by name, so that each finding finds its stage's suppressions at once. */
  private final java.util.Map<String, Stage> stages = new java.util.HashMap<>();

  private record Draft(Rule rule, String stage, String where, String message, int line) {}

  Findings(LintSubject subject) {
    this.subject = subject;
    subject.image().stages().forEach(s -> stages.put(s.name(), s));
  }

  /** A finding in {@code stage} (empty for the whole image), pointing at the stage's FROM line. */
  void add(Rule rule, String stage, String where, String message) {
    if (applies(rule)) {
      drafts.add(new Draft(rule, stage, where, message, subject.dockerfile().fromLine(stage)));
    }
  }

  /** A finding in {@code stage}, pointing at its first line where {@code at} is found, else at its FROM. */
  void add(Rule rule, String stage, Pattern at, String where, String message) {
    if (applies(rule)) {
      drafts.add(new Draft(rule, stage, where, message, subject.dockerfile().lineOf(stage, at)));
    }
  }

  /** A finding at a rendered instruction. */
  void add(Rule rule, RenderedDockerfile.Line line, String where, String message) {
    if (applies(rule)) {
      drafts.add(new Draft(rule, line.stage(), where, message, line.number()));
    }
  }

  /** Whether the set's policy includes {@code rule}, or every policy runs it. */
  boolean applies(Rule rule) {
    return rule.checked() == Rule.Checked.ALWAYS || subject.set().policy().includes(rule);
  }

  /** The findings, with suppressions applied and unused suppressions reported. */
  List<Finding> resolve() {
    Set<Suppression> used = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Finding> out = new ArrayList<>();
    for (Draft d : drafts) {
      Optional<Suppression> by = suppressionOf(d.rule(), d.stage());
      by.ifPresent(used::add);
      out.add(finding(d, by));
    }
    for (Stage stage : subject.image().stages()) {
      unused(stage.suppressions(), stage.name(), used, out);
    }
    unused(subject.image().suppressions(), "", used, out);
    return out;
  }

  private void unused(List<Suppression> declared, String stage, Set<Suppression> used, List<Finding> out) {
    for (Suppression s : declared) {
      if (!used.contains(s) && applies(s.rule())) {
        Draft d = new Draft(Rule.FKS031, stage, "suppress " + s.rule().id(),
            "suppresses " + s.rule().id() + ", but nothing here breaks it: remove the suppression",
            subject.dockerfile().fromLine(stage));
        out.add(finding(d, Optional.empty()));
      }
    }
  }

  private Optional<Suppression> suppressionOf(Rule rule, String stage) {
    Optional<Suppression> own = Optional.ofNullable(stages.get(stage)).stream()
        .flatMap(s -> s.suppressions().stream()).filter(s -> s.rule() == rule).findFirst();
    return own.or(() -> subject.image().suppressions().stream().filter(s -> s.rule() == rule).findFirst());
  }

  private Finding finding(Draft d, Optional<Suppression> by) {
    String path = subject.definition() + (d.stage().isEmpty() ? "" : " / stage " + d.stage())
        + (d.where().isEmpty() ? "" : " / " + d.where());
    return new Finding(d.rule(), path, d.message(), subject.file(), d.line(), by.map(Suppression::reason));
  }
}
