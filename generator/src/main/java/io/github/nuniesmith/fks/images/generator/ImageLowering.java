package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import io.github.nuniesmith.fks.images.dsl.User;
import io.github.nuniesmith.fks.images.dsl.UserSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns an image into the instructions of its Dockerfile, stage by stage. */
final class ImageLowering {
  /** Bash with pipefail, at the exact path hadolint's DL4006 recognises. */
  static final String SHELL = "[\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]";

  private ImageLowering() {}

  /**
   * A lowered Dockerfile.
   *
   * @param syntax the minor version of the Dockerfile syntax it needs, e.g. {@code 6} for 1.6
   * @param globalArgs {@code NAME=default} of build arguments used in FROM
   * @param stages the stages
   */
  record Lowered(int syntax, List<String> globalArgs, List<LoweredStage> stages) {}

  /**
   * A lowered stage.
   *
   * @param from the text after FROM, including {@code AS name}
   * @param instructions its instructions
   */
  record LoweredStage(String from, List<Instruction> instructions) {}

  static Lowered lower(Image image, Mount.Sharing aptSharing, ContentTags parents) {
    Set<String> globalArgs = new LinkedHashSet<>();
    List<LoweredStage> stages = new ArrayList<>();
    Map<String, Optional<UserSpec>> endUsers = endUsers(image);
    for (Stage stage : image.stages()) {
      if (stage.from() instanceof From.BuildArg arg) {
        globalArgs.add(arg.name() + "=" + arg.defaultImage());
      }
      stages.add(new LoweredStage(from(stage.from(), parents) + " AS " + stage.name(),
          instructions(stage, startUser(endUsers, stage.from()), aptSharing)));
    }
    return new Lowered(syntax(image), List.copyOf(globalArgs), stages);
  }

  private static String from(From from, ContentTags parents) {
    if (from instanceof From.External e) {
      return e.image().toString();
    } else if (from instanceof From.Previous p) {
      return p.stage();
    } else if (from instanceof From.Published p) {
      return parents.reference(p);
    } else if (from instanceof From.BuildArg a) {
      return "${" + a.name() + "}";
    }
    throw new IllegalStateException("no FROM for " + from.getClass().getName());
  }

  /**
   * The user a stage starts as: the one its parent stage in this set ends as; else root, since an
   * external image's user is not known here.
   */
  private static Optional<UserSpec> startUser(Map<String, Optional<UserSpec>> endUsers, From from) {
    if (from instanceof From.Previous p) {
      return endUsers.get(p.stage());
    } else if (from instanceof From.Published p) {
      return endUsers(p.image()).get(p.target());
    }
    return Optional.empty();
  }

  /** The user each stage of {@code image} ends as, in one pass: earlier stages are read before later ones. */
  private static Map<String, Optional<UserSpec>> endUsers(Image image) {
    Map<String, Optional<UserSpec>> endUsers = new HashMap<>();
    for (Stage stage : image.stages()) {
      Optional<UserSpec> startUser = startUser(endUsers, stage.from());
      endUsers.put(stage.name(), stage.finalUser().or(() -> startUser));
    }
    return endUsers;
  }

  private static List<Instruction> instructions(Stage stage, Optional<UserSpec> startUser,
      Mount.Sharing aptSharing) {
    List<Instruction> out = new ArrayList<>();
    Optional<UserSpec> user = startUser;
    for (Step step : stage.steps()) {
      for (Instruction next : StepLowering.lower(step, user, aptSharing)) {
        int last = out.size() - 1;
        if (next instanceof Instruction.Run run && last >= 0
            && out.get(last) instanceof Instruction.Run previous && previous.mergesWith(run)) {
          out.set(last, previous.merge(run));
        } else {
          out.add(next);
        }
      }
      if (step instanceof User u) {
        user = Optional.of(u.user());
      }
    }
    if (out.stream().anyMatch(Instruction.Run.class::isInstance)) {
      out.add(0, Instruction.Other.of("SHELL", SHELL));
    }
    return out;
  }

  /**
   * The least Dockerfile syntax the image needs: 1.2 for RUN --mount, 1.4 to start from a parent of
   * the set (bake and CI replace its tag with a named context, which older frontends refuse), 1.6 for
   * ADD --checksum.
   */
  private static int syntax(Image image) {
    boolean checksums = image.stages().stream()
        .flatMap(s -> s.steps().stream()).anyMatch(SourceBuild.class::isInstance);
    boolean namedContexts = image.stages().stream().anyMatch(s -> s.from() instanceof From.Published);
    return checksums ? 6 : namedContexts ? 4 : 2;
  }
}
