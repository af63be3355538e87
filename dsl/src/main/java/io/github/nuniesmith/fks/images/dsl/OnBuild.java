package io.github.nuniesmith.fks.images.dsl;

import java.util.List;

/**
 * A step that runs not in this image but in every image built FROM it (ONBUILD). Docker refuses
 * ONBUILD of ONBUILD, FROM and MAINTAINER; a step that renders several instructions cannot be wrapped.
 *
 * @param step the step the child image runs
 */
public record OnBuild(Step step) implements Step {
  /** Validates the wrapped step. */
  public OnBuild {
    Checks.notNull(step, "onbuild step");
    Checks.check(!(step instanceof OnBuild),
        "onbuild wraps another onbuild, which Docker refuses: wrap the step itself");
    Checks.check(!(step instanceof Maintainer),
        "onbuild wraps maintainer, which Docker refuses: set it in the child image, or use a label");
    Checks.check(!(step instanceof SourceBuild),
        "onbuild wraps a source build, which renders several instructions: wrap single steps, or build in"
            + " this image");
  }

  /** None here: the child image expands the wrapped step's variables in its own scope. */
  @Override
  public List<String> expanded() {
    return List.of();
  }

  @Override
  public String describe() {
    return "onbuild " + step.describe();
  }
}
