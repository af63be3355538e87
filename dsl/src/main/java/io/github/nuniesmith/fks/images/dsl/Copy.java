package io.github.nuniesmith.fks.images.dsl;

import java.util.List;
import java.util.Optional;

/**
 * Copies files from the build context or from an earlier stage.
 *
 * @param sources paths in the build context (relative) or in the stage {@code from} (absolute)
 * @param destination where they go, absolute
 * @param from an earlier stage's name; empty for the build context
 * @param owner the owner of the copied files; empty for root, which keeps code read-only at run time
 */
public record Copy(List<String> sources, AbsolutePath destination, String from, Optional<UserSpec> owner)
    implements Step {

  /** Validates the paths: relative for the context, absolute and not {@code /} for a stage. */
  public Copy {
    sources = Checks.nonEmpty(sources, "copy sources");
    Checks.notNull(destination, "copy destination");
    Checks.notNull(from, "copy from");
    Checks.notNull(owner, "copy owner");
    for (String source : sources) {
      if (from.isEmpty()) {
        ContextPath.of(source);
      } else {
        AbsolutePath.of(source);
      }
    }
    Checks.check(from.isEmpty() || Stage.NAME.matcher(from).matches(),
        "copy from %s is not a stage name: use the name of an earlier stage", Checks.quote(from));
    Checks.check(Rule.FKS027, from.isEmpty() || !sources.contains("/"),
        "copy of / from stage %s copies its entire filesystem (hadolint DL3067): copy only the folders"
            + " you need, such as /opt/app", Checks.quote(from));
    Checks.check(sources.size() == 1 || destination.value().endsWith("/"),
        "copy of several sources to %s needs a destination ending in /", destination);
  }

  /** Copies {@code source} from the build context to {@code destination}. */
  public static Copy fromContext(String source, String destination) {
    return new Copy(java.util.Collections.singletonList(source), AbsolutePath.of(destination), "", Optional.empty());
  }

  /** Copies {@code source} from the earlier stage {@code stage} to {@code destination}. */
  public static Copy fromStage(String stage, String source, String destination) {
    return new Copy(java.util.Collections.singletonList(source), AbsolutePath.of(destination), stage, Optional.empty());
  }

  @Override
  public String describe() {
    return "copy " + Checks.quote(String.join(" ", sources));
  }

  @Override
  public java.util.List<String> expanded() {
    java.util.List<String> values = new java.util.ArrayList<>(sources);
    values.add(destination.value());
    owner.ifPresent(o -> values.add(o.toString()));
    return values;
  }
}
