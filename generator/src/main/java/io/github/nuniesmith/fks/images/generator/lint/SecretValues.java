package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Rule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * FKS032: a value with the format of a well-known credential, anywhere in a rendered instruction
 * (ENV, ARG, LABEL, a RUN's command, CMD): whatever its name, it ends up in a layer or the image's
 * history, where anyone who pulls the image reads it. The formats are the issuers' documented
 * prefixes, as secret scanners match them.
 */
final class SecretValues implements Check {
  private static final Map<String, Pattern> FORMATS = formats();

  private static Map<String, Pattern> formats() {
    Map<String, Pattern> formats = new LinkedHashMap<>();
    formats.put("a GitHub token", Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"));
    formats.put("a GitLab token", Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}"));
    formats.put("an AWS access key id", Pattern.compile("\\b(AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\\b"));
    formats.put("a private key", Pattern.compile("-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----"));
    formats.put("a Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}"));
    formats.put("a Slack webhook", Pattern.compile("hooks\\.slack\\.com/(services|workflows)/[A-Za-z0-9/_-]{20,}"));
    formats.put("a Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}"));
    formats.put("a Stripe secret key", Pattern.compile("\\b[sr]k_live_[0-9A-Za-z]{20,}"));
    formats.put("an npm token", Pattern.compile("\\bnpm_[A-Za-z0-9]{36}\\b"));
    formats.put("a PyPI token", Pattern.compile("\\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}"));
    formats.put("a Docker Hub token", Pattern.compile("\\bdckr_pat_[A-Za-z0-9_-]{27,}"));
    formats.put("a Hugging Face token", Pattern.compile("\\bhf_[A-Za-z]{34}\\b"));
    formats.put("an OpenAI key", Pattern.compile("\\bsk-(proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}"));
    return formats;
  }

  @Override
  public void check(LintSubject subject, Findings findings) {
    for (RenderedDockerfile.Line line : subject.dockerfile().instructions()) {
      FORMATS.entrySet().stream().filter(f -> f.getValue().matcher(line.text()).find()).findFirst()
          .ifPresent(f -> findings.add(Rule.FKS032, line, line.origin(), line.keyword() + " holds what has the"
              + " format of " + f.getKey() + ", which the image's layers or history would give to everyone who"
              + " pulls it: revoke it, and pass secrets at build time with a secret mount (Mount.Secret) or at"
              + " run time from the environment"));
    }
  }
}
