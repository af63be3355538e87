package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Rule;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * FKS032: a value with the format of a well-known credential, anywhere in a rendered instruction
 * (ENV, ARG, LABEL, a RUN's command, CMD): whatever its name, it ends up in a layer or the image's
 * history, where anyone who pulls the image reads it. The formats are the issuers' documented
 * prefixes, as secret scanners match them.
 */
final class SecretValues implements Check {
  /**
   * A credential format.
   *
   * @param name what it is, for the message
   * @param pattern the format
   * @param marks literal text every match contains, one of them at least: a line with none is not
   *     matched against the pattern, which keeps the regular expressions off almost every line
   */
  private record Format(String name, Pattern pattern, List<String> marks) {
    Format(String name, String regex, String... marks) {
      this(name, Pattern.compile(regex), List.of(marks));
    }

    // Indexed loops: a stream, or an iterator, per line and format cost more than the search.
    boolean foundIn(String text) {
      for (int i = 0; i < marks.size(); i++) {
        if (text.contains(marks.get(i))) {
          return pattern.matcher(text).find();
        }
      }
      return false;
    }
  }

  private static final List<Format> FORMATS = List.of(
      new Format("a GitHub token", "\\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})",
          "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
      new Format("a GitLab token", "\\bglpat-[A-Za-z0-9_-]{20,}", "glpat-"),
      new Format("an AWS access key id", "\\b(AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\\b", "AKIA", "ASIA", "ABIA", "ACCA"),
      new Format("a private key", "-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----", "-----BEGIN "),
      new Format("a Slack token", "\\bxox[abposr]-[A-Za-z0-9-]{10,}", "xox"),
      new Format("a Slack webhook", "hooks\\.slack\\.com/(services|workflows)/[A-Za-z0-9/_-]{20,}", "hooks.slack.com/"),
      new Format("a Google API key", "\\bAIza[0-9A-Za-z_-]{35}", "AIza"),
      new Format("a Stripe secret key", "\\b[sr]k_live_[0-9A-Za-z]{20,}", "k_live_"),
      new Format("an npm token", "\\bnpm_[A-Za-z0-9]{36}\\b", "npm_"),
      new Format("a PyPI token", "\\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}", "pypi-AgEIcHlwaS5vcmc"),
      new Format("a Docker Hub token", "\\bdckr_pat_[A-Za-z0-9_-]{27,}", "dckr_pat_"),
      new Format("a Hugging Face token", "\\bhf_[A-Za-z]{34}\\b", "hf_"),
      new Format("an OpenAI key", "\\bsk-(proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}", "T3BlbkFJ"));

  @Override
  public void check(LintSubject subject, Findings findings) {
    for (RenderedDockerfile.Line line : subject.dockerfile().instructions()) {
      first(line.text()).ifPresent(f -> findings.add(Rule.FKS032, line, line.origin(), line.keyword() + " holds what has the"
              + " format of " + f.name() + ", which the image's layers or history would give to everyone who"
              + " pulls it: revoke it, and pass secrets at build time with a secret mount (Mount.Secret) or at"
              + " run time from the environment"));
    }
  }

  /** The first format, in {@link #FORMATS} order, that {@code text} holds. */
  private static Optional<Format> first(String text) {
    for (int i = 0; i < FORMATS.size(); i++) {
      Format format = FORMATS.get(i);
      if (format.foundIn(text)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
