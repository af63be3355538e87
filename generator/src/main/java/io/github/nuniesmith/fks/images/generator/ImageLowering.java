package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.Comment;
import io.github.nuniesmith.fks.images.dsl.Copy;
import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.ParserDirectives;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import io.github.nuniesmith.fks.images.dsl.User;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
   * @param directives the image's parser directives besides syntax
   */
  record Lowered(int syntax, List<String> globalArgs, List<LoweredStage> stages, ParserDirectives directives) {}

  /**
   * A lowered stage.
   *
   * @param from the text after FROM, including {@code AS name}
   * @param instructions its instructions
   */
  record LoweredStage(String from, List<Instruction> instructions) {}

  static Lowered lower(Image image, Mount.Sharing aptSharing, ContentTags parents) {
    List<LoweredStage> stages = new ArrayList<>();
    Map<String, Optional<User>> endUsers = endUsers(image);
    for (Stage stage : image.stages()) {
      stages.add(new LoweredStage(
          stage.from().platform().map(p -> "--platform=" + p + " ").orElse("") + from(stage.from(), parents)
              + (unnamed(image, stage) ? "" : " AS " + stage.name()),
          instructions(image, stage, startUser(image, endUsers, stage), aptSharing)));
    }
    char escape = image.directives().escape();
    List<String> globalArgs = image.globalArgInstructions().stream().map(a -> VariableLowering.argText(a, escape))
        .toList();
    return new Lowered(syntax(image, globalArgs, stages), globalArgs, stages, image.directives());
  }

  private static boolean unnamed(Image image, Stage stage) {
    return image.asWritten().map(w -> w.unnamedStages().contains(stage.name())).orElse(false);
  }

  /** The index of the unnamed stage {@code copy} takes files from, which it names so ({@code --from=0}); else -1. */
  private static int unnamedIndex(Image image, Copy copy) {
    return copy.stage().filter(s -> image.asWritten().map(w -> w.unnamedStages().contains(s)).orElse(false))
        .map(s -> image.stages().stream().map(Stage::name).toList().indexOf(s)).orElse(-1);
  }

  private static String from(From from, ContentTags parents) {
    if (from instanceof From.Expanded e) {
      return e.reference();
    } else if (from instanceof From.External e) {
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
   * The ids of the non-root user steps run as; empty for root, and for a user given by name, by
   * variable or without a group, whose ids are not known here.
   */
  private static Optional<User> runsAs(Optional<User> user) {
    return user.filter(u -> !u.root());
  }

  /**
   * The user a stage starts as: the one its parent stage in this set ends as; else root, since an
   * external image's user is not known here.
   */
  private static Optional<User> startUser(Image image, Map<String, Optional<User>> endUsers, Stage stage) {
    if (stage.from() instanceof From.Published p) {
      return endUsers(p.image()).get(p.target());
    }
    return image.parentStage(stage).flatMap(endUsers::get);
  }

  /** The user each stage of {@code image} ends as, in one pass: earlier stages are read before later ones. */
  private static Map<String, Optional<User>> endUsers(Image image) {
    Map<String, Optional<User>> endUsers = new HashMap<>();
    for (Stage stage : image.stages()) {
      Optional<User> startUser = startUser(image, endUsers, stage);
      endUsers.put(stage.name(), stage.finalUser().or(() -> startUser));
    }
    return endUsers;
  }

  private static List<Instruction> instructions(Image image, Stage stage, Optional<User> startUser,
      Mount.Sharing aptSharing) {
    List<Instruction> out = new ArrayList<>();
    Optional<User> runsAs = runsAs(startUser);
    List<String> comment = new ArrayList<>();
    for (Step step : stage.steps()) {
      if (step instanceof Comment c) {
        comment.addAll(c.lines());
      }
      int unnamed = step instanceof Copy copy ? unnamedIndex(image, copy) : -1;
      for (Instruction lowered : unnamed >= 0
          ? List.of(CopyLowering.copy((Copy) step, Integer.toString(unnamed)))
          : StepLowering.lower(step, runsAs, aptSharing, image.directives().escape())) {
        EscapedLines.check(lowered, image.directives().escape(),
            () -> List.of("image " + image.name(), "stage " + stage.name(), step.describe()));
        // A comment goes above the next step's instruction, which then stays apart so that it describes it alone.
        boolean commented = !comment.isEmpty();
        Instruction next = commented ? lowered.commented(comment) : lowered;
        comment.clear();
        int last = out.size() - 1;
        if (!commented && next instanceof Instruction.Run run && last >= 0
            && out.get(last) instanceof Instruction.Run previous && previous.mergesWith(run)) {
          out.set(last, previous.merge(run));
        } else {
          out.add(next);
        }
      }
      if (step instanceof User u) {
        runsAs = runsAs(Optional.of(u));
      }
    }
    // An imported image keeps the shell its file chose.
    if (image.asWritten().isEmpty() && needsPipefailShell(out)) {
      out.add(0, Instruction.Other.of("SHELL", SHELL));
    }
    return out;
  }

  /**
   * Whether a stage's instructions need bash with pipefail first: they have a RUN, and no SHELL of
   * the stage's own ({@code defaultShell(...)}) comes before it, as in an image without bash.
   */
  private static boolean needsPipefailShell(List<Instruction> instructions) {
    for (Instruction instruction : instructions) {
      if (instruction instanceof Instruction.Run) {
        return true;
      }
      if (instruction.keyword().equals("SHELL")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The least Dockerfile syntax the image needs: what its rendered instructions use ({@link
   * SyntaxVersion}), what COPY and ADD need beyond their text ({@link CopyLowering#syntax}: a named
   * context), and 1.4 to start from a parent of the set, whose tag bake and CI replace with a named
   * context, which older frontends refuse; never below 1.2, which the generated files have always named.
   */
  private static int syntax(Image image, List<String> globalArgs, List<LoweredStage> stages) {
    int least = 2;
    for (Stage stage : image.stages()) {
      least = Math.max(least, stage.from() instanceof From.Published ? 4 : 0);
      for (Step step : stage.steps()) {
        least = Math.max(least, CopyLowering.syntax(step));
      }
    }
    Optional<String> check = image.directives().check().map(c -> "# check=" + c);
    if (check.isPresent()) {
      least = SyntaxVersion.minor(List.of(check.get()), least);
    }
    // ARG and FROM lines are read by keyword and text, as instructions are, and so joined only when they may need more.
    for (String arg : globalArgs) {
      least = SyntaxVersion.minor("ARG", List.of(arg), least);
    }
    for (LoweredStage stage : stages) {
      least = SyntaxVersion.minor("FROM", List.of(stage.from()), least);
      for (Instruction instruction : stage.instructions()) {
        least = SyntaxVersion.minor(instruction, least);
      }
    }
    return least;
  }
}
