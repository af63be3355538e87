package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Declares several build arguments in one ARG instruction, {@code ARG VERSION=0.0.0 COMMIT=unknown},
 * as a ported Dockerfile writes them; each behaves as its own {@link Arg}. On an image (before the first
 * FROM) the instruction declares global ARGs.
 *
 * @param args the arguments, in the order written; each name once
 */
public record Args(List<Arg> args) implements Step {
  /** Validates that there is at least one argument and that no name is given twice. */
  public Args {
    args = Checks.nonEmpty(args, "args");
    Set<String> seen = new HashSet<>();
    for (Arg arg : args) {
      Checks.check(seen.add(arg.name()), "args declare %s twice: declare each once", arg.name());
    }
  }

  /** One ARG instruction declaring {@code args}, e.g. {@code Args.of(Arg.of("TARGETOS"), Arg.of("TARGETARCH"))}. */
  public static Args of(Arg... args) {
    return new Args(Checks.asList(args, "args"));
  }

  @Override
  public String describe() {
    return "args " + String.join(" ", args.stream().map(Arg::name).toList());
  }

  @Override
  public List<String> expanded() {
    List<String> out = new ArrayList<>();
    args.forEach(a -> out.addAll(a.expanded()));
    return List.copyOf(out);
  }
}
