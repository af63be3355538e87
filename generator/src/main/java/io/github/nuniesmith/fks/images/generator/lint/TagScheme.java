package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.ImageRef;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Target;
import java.util.List;

/**
 * FKS036: a published target has the tags {@link Target#of} makes, a moving tag and its
 * {@code -v<semver>} tag that children build on, and never {@code latest}, which moves under them.
 */
final class TagScheme implements Check {
  @Override
  public void check(LintSubject subject, Findings findings) {
    for (Target target : subject.image().targets()) {
      String where = "target " + target.stage();
      List<ImageRef> tags = target.tags();
      tags.stream().filter(t -> t.tag().equals("latest")).findFirst().ifPresent(t -> findings.add(Rule.FKS036,
          target.stage(), where, "publishes " + t + ", a tag every push moves, so nobody can tell which build it"
              + " names: publish a moving tag and its -v<version> tag, with publish(stage, moving, version)"));
      if (!scheme(target)) {
        findings.add(Rule.FKS036, target.stage(), where, "publishes " + tags.stream().map(String::valueOf).toList()
            + ", not a moving tag and its -v<semver> tag such as " + tags.get(0) + " and " + tags.get(0) + "-v1.0.0:"
            + " publish with publish(stage, moving, version)");
      }
    }
  }

  /** Whether the target's tags are exactly what {@link Target#of} makes from its first tag. */
  private static boolean scheme(Target target) {
    List<ImageRef> tags = target.tags();
    String prefix = tags.get(0).tag() + "-v";
    if (tags.size() != 2 || !tags.get(1).tag().startsWith(prefix)) {
      return false;
    }
    try {
      return Target.of(target.stage(), tags.get(0), tags.get(1).tag().substring(prefix.length())).equals(target);
    } catch (DefinitionException notSemver) {
      return false;
    }
  }
}
