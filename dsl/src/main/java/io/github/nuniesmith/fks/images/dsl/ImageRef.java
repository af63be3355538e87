package io.github.nuniesmith.fks.images.dsl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to an image in a registry: {@code [registry/][namespace/]name[:tag][@sha256:digest]}.
 *
 * <p>Any valid reference is accepted, also one without a tag (Docker's implicit {@code latest}), with
 * {@code latest} or a date tag such as {@code 2024-01-15}; lint's FKS001 reports a moving tag. The
 * grammar is checked, so that a reference renders as one word. Absent parts are empty strings.
 *
 * @param registry the registry host, e.g. {@code ghcr.io}; empty for Docker Hub
 * @param namespace the path before the name, e.g. {@code nuniesmith}; may contain {@code /}
 * @param name the last path component, e.g. {@code fks}
 * @param tag the tag, e.g. {@code docker-v1.0.0}; empty when none is written
 * @param digest the content digest, e.g. {@code sha256:9ff4...}; empty when not pinned
 */
public record ImageRef(String registry, String namespace, String name, String tag, String digest) {
  /** The registry a reference without a registry host is pulled from: Docker Hub. */
  public static final String DEFAULT_REGISTRY = "docker.io";

  private static final String COMPONENT = "[a-z0-9]++(?:(?:__|[._]|-++)[a-z0-9]++)*+";
  private static final Pattern REGISTRY =
      Pattern.compile("(?:localhost|[a-zA-Z0-9-]++(?:\\.[a-zA-Z0-9-]++)*+)(?::[0-9]++)?");
  private static final Pattern PATH =
      Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*+");
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
  private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}");
  private static final Pattern REFERENCE =
      Pattern.compile("(?<repo>[^:@]+(?::[0-9]+/[^:@]+)?)(?::(?<tag>[^@]*))?(?:@(?<digest>.*))?");
  private static final String FORM = "write it as [registry/][namespace/]name[:tag][@sha256:<64 hex>]";

  /** Validates every part; use {@link #parse} to read a reference from text. */
  public ImageRef {
    Checks.notNull(registry, "registry");
    Checks.notNull(namespace, "namespace");
    Checks.text(name, "image name");
    Checks.notNull(tag, "tag");
    Checks.notNull(digest, "digest");
    Checks.check(
        registry.isEmpty() || REGISTRY.matcher(registry).matches(),
        "registry %s is invalid: use a host name with an optional :port",
        Checks.quoted(registry));
    Checks.check(
        namespace.isEmpty() || PATH.matcher(namespace).matches(),
        "namespace %s is invalid: use lowercase letters, digits and . _ - separated by /",
        Checks.quoted(namespace));
    Checks.check(
        PATH.matcher(name).matches() && !name.contains("/"),
        "image name %s is invalid: use lowercase letters, digits and . _ -",
        Checks.quoted(name));
    Checks.check(
        tag.isEmpty() || TAG.matcher(tag).matches(),
        "tag %s is invalid: use up to 128 letters, digits and _ . - not starting with . or -",
        Checks.quoted(tag));
    Checks.check(
        digest.isEmpty() || DIGEST.matcher(digest).matches(),
        "digest %s is invalid: use sha256: followed by 64 lowercase hex digits",
        Checks.quoted(digest));
    String repository = repository(registry, namespace, name);
    if (repository.length() > 255) {
      Checks.check(false, "image name %s is %d characters long with its registry and namespace: Docker takes at"
          + " most 255", Checks.quoted(repository.substring(0, 40) + "..."), repository.length());
    }
  }

  /** Reads a reference such as {@code python:3.12-slim} or {@code ghcr.io/org/img:1.0@sha256:...}. */
  public static ImageRef parse(String reference) {
    Checks.text(reference, "image reference");
    String subject = "image reference " + Checks.quote(reference);
    Matcher m = REFERENCE.matcher(reference);
    Checks.check(m.matches(), "%s cannot be read: %s", subject, FORM);
    String repo = m.group("repo");
    // An empty path component would otherwise be dropped: "/python:1" read as "python:1".
    Checks.check(!repo.startsWith("/") && !repo.contains("//"),
        "%s has an empty path component: remove the extra / (%s)", subject, FORM);
    Checks.check(m.group("tag") == null || !m.group("tag").isEmpty(),
        "%s has an empty tag after ':' (%s)", subject, FORM);
    try {
      String registry = "";
      int slash = repo.indexOf('/');
      if (slash > 0) {
        String first = repo.substring(0, slash);
        if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
          registry = first;
          repo = repo.substring(slash + 1);
        }
      }
      int last = repo.lastIndexOf('/');
      String namespace = last < 0 ? "" : repo.substring(0, last);
      String name = repo.substring(last + 1);
      String tag = m.group("tag") == null ? "" : m.group("tag");
      String digest = m.group("digest") == null ? "" : m.group("digest");
      return new ImageRef(registry, namespace, name, tag, digest);
    } catch (DefinitionException e) {
      throw new DefinitionException(subject + ": " + e.problem() + " (" + FORM + ")");
    }
  }

  /** Whether the tag moves: none is written (Docker's implicit {@code latest}) or it is {@code latest}, and no digest pins it. */
  public boolean movingTag() {
    return digest.isEmpty() && (tag.isEmpty() || tag.equals("latest"));
  }

  /** The same repository with another tag and no digest. */
  public ImageRef withTag(String newTag) {
    return new ImageRef(registry, namespace, name, newTag, "");
  }

  /** The registry this image is pulled from: {@link #registry}, or {@value #DEFAULT_REGISTRY} when that is empty. */
  public String registryHost() {
    return registry.isEmpty() ? DEFAULT_REGISTRY : registry;
  }

  /** The repository part: {@code [registry/][namespace/]name}. */
  public String repository() {
    return repository(registry, namespace, name);
  }

  /** The reference as a Dockerfile writes it. */
  @Override
  public String toString() {
    return repository()
        + (tag.isEmpty() ? "" : ":" + tag)
        + (digest.isEmpty() ? "" : "@" + digest);
  }

  private static String repository(String registry, String namespace, String name) {
    return (registry.isEmpty() ? "" : registry + "/")
        + (namespace.isEmpty() ? "" : namespace + "/")
        + name;
  }
}
