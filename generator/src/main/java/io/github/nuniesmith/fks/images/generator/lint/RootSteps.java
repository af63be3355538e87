package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.Stage;
import java.util.Optional;
import java.util.Set;

/**
 * FKS035: a RUN whose commands need root (package managers, user and group tools, ldconfig) runs
 * as root. The user comes from the USER lines before it, in its stage and in the stages and images
 * it builds on, so a child of an image that ends as 1000:100 must switch with USER root first.
 */
final class RootSteps implements Check {
  /** Commands that write system folders or databases, and fail as any other user. */
  private static final Set<String> NEED_ROOT = Set.of("apt-get", "apt", "dpkg", "apk", "dnf", "microdnf", "yum",
      "rpm", "useradd", "groupadd", "usermod", "groupmod", "adduser", "addgroup", "ldconfig");

  @Override
  public void check(LintSubject subject, Findings findings) {
    for (Stage stage : subject.image().stages()) {
      Optional<StageUsers.Switch> user = subject.users().atStart(subject.image(), stage);
      for (RenderedDockerfile.Line line : subject.users().lines(subject.image(), stage)) {
        if (line.keyword().equals("USER")) {
          user = Optional.of(StageUsers.at(subject.image(), stage, line));
        } else if (line.keyword().equals("RUN") && user.isPresent() && !user.get().root()) {
          StageUsers.Switch current = user.get();
          line.commands().stream().filter(NEED_ROOT::contains).findFirst().ifPresent(command ->
              findings.add(Rule.FKS035, line, line.origin(), "runs " + command + " as USER " + current.user()
                  + ", set " + current.where(subject.image().name(), stage.name()) + ", but " + command
                  + " needs root, so the build fails: switch with USER root before it and back to the user"
                  + " after, or move it before the USER"));
        }
      }
    }
  }
}
