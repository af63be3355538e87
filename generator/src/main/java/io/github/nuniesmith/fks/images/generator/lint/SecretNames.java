package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Arg;
import io.github.nuniesmith.fks.images.dsl.Args;
import io.github.nuniesmith.fks.images.dsl.Env;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * FKS009: ARG and ENV names that look like secrets, by both linters' matchers: hadolint DL3064 (a
 * list of known names, and substrings) and BuildKit SecretsUsedInArgOrEnv (whole words between
 * underscores, unless the name also has the word public, file or version).
 */
final class SecretNames implements Check {
  /** hadolint 2.15 src/Hadolint/Rule/DL3064.hs, knownSensitiveNames. */
  private static final Set<String> HADOLINT_NAMES = Set.of(
      "ACCESS_TOKEN", "APPLICATION_KEY", "APP_SECRET", "AUTH_TOKEN", "AWS_ACCESS_KEY_ID",
      "AWS_SECRET_ACCESS_KEY", "BITTREX_API_KEY", "BITTREX_API_SECRET", "CF_PASSWORD", "CF_USERNAME",
      "CIRCLE_TOKEN", "CI_DEPLOY_PASSWORD", "CI_DEPLOY_USER", "DOCKERHUB_PASSWORD", "DOCKER_EMAIL",
      "DOCKER_PASSWORD", "DOCKER_USERNAME", "FACEBOOK_ACCESS_TOKEN", "FACEBOOK_APP_ID",
      "FACEBOOK_APP_SECRET", "FIREBASE_API_TOKEN", "FIREBASE_TOKEN", "FOSSA_API_KEY", "GH_ENTERPRISE_TOKEN",
      "GH_TOKEN", "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN", "HEROKU_API_KEY", "HEROKU_API_USER",
      "NPM_AUTH_TOKEN", "NPM_TOKEN", "OKTA_AUTHN_GROUPID", "OKTA_CLIENT_ORGURL", "OKTA_CLIENT_TOKEN",
      "OKTA_OAUTH2_CLIENTID", "OKTA_OAUTH2_CLIENTSECRET", "OPENAI_API_KEY", "OS_PASSWORD", "OS_USERNAME",
      "POSTGRES_PASSWORD", "SLACK_TOKEN", "STRIPE_API_KEY", "STRIPE_DEVICE_NAME", "TRAVIS_OS_NAME",
      "TRAVIS_SECURE_ENV_VARS", "TRAVIS_SUDO", "VAULT_CLIENT_KEY", "VAULT_TOKEN");
  /** hadolint DL3064, suspiciousSubstrings, matched in the lowercase name. */
  private static final List<String> HADOLINT_SUBSTRINGS =
      List.of("api_key", "client_key", "password", "private", "secret", "token", "username");
  /** BuildKit dockerfile2llb/validations.go, getSecretsRegex. */
  private static final Pattern BUILDKIT_DENY = Pattern.compile(
      "(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)");
  /** Text every name {@link #BUILDKIT_DENY} finds holds, in lower case: the pattern runs only on those. */
  private static final List<String> BUILDKIT_WORDS =
      List.of("key", "auth", "credential", "password", "pword", "passwd", "secret", "token");
  private static final Pattern BUILDKIT_ALLOW = Pattern.compile("(?i)(?:_|^)(?:public|file|version)(?:_|$)");

  @Override
  public void check(LintSubject subject, Findings findings) {
    subject.image().globalArgs().forEach(a -> check(findings, "", "ARG", a.name()));
    for (Stage stage : subject.image().stages()) {
      for (Step step : stage.steps()) {
        if (step instanceof Env env) {
          env.variables().keySet().forEach(name -> check(findings, stage.name(), "ENV", name));
        } else if (step instanceof Arg arg) {
          check(findings, stage.name(), "ARG", arg.name());
        } else if (step instanceof Args args) {
          args.args().forEach(arg -> check(findings, stage.name(), "ARG", arg.name()));
        }
      }
    }
  }

  private static boolean containsAny(String text, List<String> parts) {
    for (int i = 0; i < parts.size(); i++) {
      if (text.contains(parts.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static void check(Findings findings, String stage, String keyword, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    List<String> matchers = new ArrayList<>();
    if (HADOLINT_NAMES.contains(name.toUpperCase(Locale.ROOT)) || containsAny(lower, HADOLINT_SUBSTRINGS)) {
      matchers.add("hadolint DL3064");
    }
    if (containsAny(lower, BUILDKIT_WORDS) && BUILDKIT_DENY.matcher(name).find() && !BUILDKIT_ALLOW.matcher(name).find()) {
      matchers.add("BuildKit SecretsUsedInArgOrEnv");
    }
    if (!matchers.isEmpty()) {
      findings.add(Rule.FKS009, stage, RenderedDockerfile.named(name), keyword.toLowerCase(Locale.ROOT) + " " + name, keyword + " name '"
          + name + "' looks like a secret to " + String.join(" and ", matchers) + ", and " + keyword
          + " values are kept in the image and its history: pass a secret with a secret mount"
          + " (Mount.Secret), or rename the variable, or suppress FKS009 saying why it holds no secret");
    }
  }
}
