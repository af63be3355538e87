package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Labels;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * FKS018: keys in the {@code org.opencontainers.image.} namespace are the ones the OCI image spec
 * defines (annotations.md), and values have the form it gives them, as hadolint's label schema
 * checks them (DL3052 URL, DL3053 RFC 3339, DL3054 SPDX, DL3055 git hash, DL3056 semver).
 */
final class OciLabels implements Check {
  private static final String OCI = "org.opencontainers.image.";
  private static final Pattern ANY = Pattern.compile(".+");
  private static final Pattern URL = Pattern.compile("https?://[^\\s]+");
  /** Each key the spec defines, with the form of its value and how to write one. */
  private static final Map<String, Form> KEYS = Map.ofEntries(
      Map.entry("created", new Form(Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})"),
          "an RFC 3339 date-time such as 2026-01-01T00:00:00Z")),
      Map.entry("authors", new Form(ANY, "")),
      Map.entry("url", new Form(URL, "an http(s) URL")),
      Map.entry("documentation", new Form(URL, "an http(s) URL")),
      Map.entry("source", new Form(URL, "an http(s) URL")),
      Map.entry("version", new Form(Pattern.compile(
          "[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?"), "a semantic version such as 1.0.0")),
      Map.entry("revision", new Form(Pattern.compile("[0-9a-f]{40}"), "a full 40-digit git commit hash")),
      Map.entry("vendor", new Form(ANY, "")),
      Map.entry("licenses", new Form(Pattern.compile("[A-Za-z0-9.+-]+"), "one SPDX license id such as MIT")),
      Map.entry("ref.name", new Form(ANY, "")),
      Map.entry("title", new Form(ANY, "")),
      Map.entry("description", new Form(ANY, "")),
      Map.entry("base.digest", new Form(Pattern.compile("sha256:[0-9a-f]{64}"), "sha256: and 64 hex digits")),
      Map.entry("base.name", new Form(ANY, "")));

  private record Form(Pattern pattern, String description) {}

  @Override
  public void check(LintSubject subject, Findings findings) {
    for (Stage stage : subject.image().stages()) {
      for (Step step : stage.steps()) {
        if (step instanceof Labels labels) {
          labels.labels().forEach((key, value) -> check(findings, stage.name(), key, value));
        }
      }
    }
  }

  private static void check(Findings findings, String stage, String key, String value) {
    if (!key.startsWith(OCI)) {
      return;
    }
    Form form = KEYS.get(key.substring(OCI.length()));
    if (form == null) {
      findings.add(Rule.FKS018, stage, RenderedDockerfile.named(key), "label " + key, "label key '" + key + "' is in the namespace the OCI"
          + " image spec reserves, but the spec defines no such key: use one of " + OCI + "{"
          + String.join(",", new java.util.TreeSet<>(KEYS.keySet())) + "}, or a key of your own reverse-DNS namespace");
    } else if (!form.pattern().matcher(value).matches()) {
      findings.add(Rule.FKS018, stage, RenderedDockerfile.named(key), "label " + key, "label " + key + " has the value '" + value
          + "', which is not " + form.description() + ": write " + form.description());
    }
  }
}
