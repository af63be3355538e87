package io.github.nuniesmith.fks.images.generator.lint;

/** A group of lint rules that look at one image: its model, or its rendered Dockerfile. */
interface Check {
  /** Reports what breaks a rule in {@code subject} to {@code findings}. */
  void check(LintSubject subject, Findings findings);
}
