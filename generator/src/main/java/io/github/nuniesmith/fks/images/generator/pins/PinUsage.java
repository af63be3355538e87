package io.github.nuniesmith.fks.images.generator.pins;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which catalog lines the definitions read. A line that no image installs is a pin nothing uses:
 * bots would keep it current for no image, and readers would think some image has it.
 */
public final class PinUsage {
  private PinUsage() {}

  /**
   * One message per pin of {@code catalog} that no pip install of any image of {@code sets}
   * installs, in catalog order, with its file and line and the fix, which names its constant in
   * {@code pinsClass} (a simple name, e.g. {@code Pins}). Pass the set of every strategy: one may
   * leave a pin out, as Option 2 replaces the ML base's CPU torch with the GPU base's.
   */
  public static List<String> unread(PinCatalog catalog, String pinsClass, List<ImageSet> sets) {
    // Only asked for membership; the output follows the catalog's order.
    Set<PipRequirement> installed = new HashSet<>();
    for (ImageSet set : sets) {
      for (Image image : set.images()) {
        for (Stage stage : image.stages()) {
          for (Step step : stage.steps()) {
            if (step instanceof PipInstall install) {
              installed.addAll(install.requirements());
            }
          }
        }
      }
    }
    List<String> unread = new ArrayList<>();
    for (PinFile file : catalog.files()) {
      for (Pin pin : file.pins()) {
        if (!installed.contains(pin.requirement())) {
          unread.add(file.path() + ":" + pin.line() + ": " + pin.requirement() + " is read by no definition: use "
              + pinsClass + "." + file.className() + "." + pin.constant() + " in one, or delete the line");
        }
      }
    }
    return unread;
  }
}
