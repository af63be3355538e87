package io.github.nuniesmith.fks.images.dsl;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * torch, torchvision and torchaudio must come from one release. torch 2.N: torchvision 0.(N+15),
 * torchaudio 2.N up to 2.10 and 2.11 from then on. torch 1.N: torchvision 0.(N+1), torchaudio 0.N.
 */
final class TorchFamily {
  private TorchFamily() {}

  /** Checks the pins a tier ends up with (its own, else the nearest tier's below). */
  static void check(Tier tier) {
    Map<String, PipRequirement> pins = new LinkedHashMap<>();
    for (Tier t : tier.lineage()) {
      for (PipInstall install : t.pipInstalls()) {
        for (PipRequirement r : install.requirements()) {
          if (r.canonicalName().startsWith("torch") && r.exactPin().isPresent()) {
            pins.putIfAbsent(r.canonicalName(), r);
          }
        }
      }
    }
    PipRequirement torch = pins.get("torch");
    if (torch == null) {
      return;
    }
    String torchMinor = Versions.minor(torch.exactPin().get().version());
    int major = Versions.release(torchMinor).get(0);
    int minor = Versions.release(torchMinor).get(1);
    String vision = "0." + (major == 1 ? minor + 1 : minor + 15);
    String audio = major == 1 ? "0." + minor : minor <= 10 ? torchMinor : "2.11";
    check(tier, torch, pins.get("torchvision"), vision);
    check(tier, torch, pins.get("torchaudio"), audio);
  }

  private static void check(Tier tier, PipRequirement torch, PipRequirement other, String expected) {
    if (other == null) {
      return;
    }
    String actual = Versions.minor(other.exactPin().get().version());
    Checks.within("tier " + tier.name() + " / pip '" + other.name() + "'", () -> Checks.check(Rule.FKS020,
        actual.equals(expected),
        "%s is not from the release of %s: torch %s goes with %s %s.x; pin a matching set",
        other, torch, Versions.minor(torch.exactPin().get().version()), other.name(), expected));
  }
}
