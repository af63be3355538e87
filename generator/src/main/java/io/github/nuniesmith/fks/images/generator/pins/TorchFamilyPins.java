package io.github.nuniesmith.fks.images.generator.pins;

import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.Rule;
import io.github.nuniesmith.fks.images.dsl.blocks.TorchFamily;
import java.util.Comparator;
import java.util.List;

/**
 * The {@link TorchFamily} rule across the catalog: every exact pin of torch, torchvision and
 * torchaudio, in any file, is of one torch release (ml-torch.txt's {@code +cpu} torch as much as
 * gpu-torch.txt's {@code +cu128} set). A bump raises one line, so the newest release leads and one
 * message lists every other line with the value to set it to.
 */
final class TorchFamilyPins {
  private TorchFamilyPins() {}

  /** A pin and where it is written. */
  private record Line(PinFile file, Pin pin) {
    String where() {
      return file.path() + ":" + pin.line();
    }

    PipRequirement requirement() {
      return pin.requirement();
    }
  }

  /** Throws, at the first line to change, when the family's pins in {@code files} are of more than one release. */
  static void check(List<PinFile> files) {
    List<Line> members = files.stream().flatMap(f -> f.pins().stream().map(p -> new Line(f, p)))
        .filter(l -> TorchFamily.isPinnedMember(l.requirement())).toList();
    if (members.isEmpty()) {
      return;
    }
    String release = TorchFamily.newestRelease(members.stream().map(Line::requirement).toList());
    // Torch itself names the release best; the first such line, where none is, the first companion.
    Line leader = members.stream().filter(l -> TorchFamily.matches(l.requirement(), release))
        .min(Comparator.comparing(l -> !l.requirement().canonicalName().equals("torch"))).orElseThrow();
    List<Line> behind = members.stream().filter(l -> !TorchFamily.matches(l.requirement(), release)).toList();
    if (behind.isEmpty()) {
      return;
    }
    Line first = behind.get(0);
    List<String> others = behind.subList(1, behind.size()).stream()
        .map(l -> l.where() + " to " + TorchFamily.pinnedTo(l.requirement(), release)).toList();
    throw new DefinitionException(Rule.FKS020, first.where() + ": " + first.requirement() + " is not from the release of "
        + leader.requirement() + " (" + leader.where() + "): set it to " + TorchFamily.pinnedTo(first.requirement(), release)
        + (others.isEmpty() ? "" : "; the torch family moves together, so also set " + listed(others)));
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  private static String listed(List<String> items) {
    int last = items.size() - 1;
    return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
  }
}
