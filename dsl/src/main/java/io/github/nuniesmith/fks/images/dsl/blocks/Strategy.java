package io.github.nuniesmith.fks.images.dsl.blocks;

import io.github.nuniesmith.fks.images.dsl.Checks;
import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The three layouts of the FKS strategy document. Tiers are declared as in Option 1 (cpu, ml on
 * cpu, gpu on ml); a strategy rewires them by {@link TierRole}.
 */
public enum Strategy {
  /** Separate ML and GPU bases, GPU built on ML (recommended, the default). */
  OPTION_1,
  /** One GPU base that also holds the ML packages; ML services build on it. */
  OPTION_2,
  /** Separate ML and GPU bases, GPU built on CPU without the ML packages. */
  OPTION_3;

  /**
   * The strategy named {@code name}, in any case, with or without {@code OPTION_}: {@code
   * option2}, {@code OPTION_2} and {@code 2} all name {@link #OPTION_2}.
   */
  public static Strategy parse(String name) {
    Checks.notNull(name, "strategy");
    String upper = name.strip().toUpperCase(Locale.ROOT).replaceFirst("^OPTION_?", "");
    for (Strategy strategy : values()) {
      if (strategy.name().equals("OPTION_" + upper)) {
        return strategy;
      }
    }
    throw new DefinitionException("strategy " + Checks.quote(name) + " is not one of OPTION_1, OPTION_2, OPTION_3");
  }

  /**
   * Rewires {@code declared} tiers and returns, for each declared tier, the tier that provides its
   * packages under this strategy, in declaration order. Under Option 2 the ML tier maps to the GPU
   * tier.
   */
  Map<Tier, Tier> wire(List<Tier> declared) {
    Map<Tier, Tier> wired = new LinkedHashMap<>();
    Tier ml = byRole(declared, TierRole.ML);
    Tier gpu = byRole(declared, TierRole.GPU);
    for (Tier tier : declared) {
      Tier parent = tier.parent().map(p -> wired.getOrDefault(p, p)).orElse(null);
      // A tier whose parent is not rewired stays the same instance, and so do the services on it.
      Tier rewired = parent == null || tier.parent().get() == parent ? tier : tier.withParent(parent);
      if (this != OPTION_1 && tier == gpu && ml != null && gpu.parent().orElse(null) == ml) {
        Tier below = ml.parent().map(p -> wired.getOrDefault(p, p)).orElse(null);
        Checks.check(below != null, "strategy %s needs the ML tier to build on another tier", this);
        rewired = this == OPTION_2 ? gpu.mergedOnto(ml, below) : gpu.withParent(below);
      }
      wired.put(tier, rewired);
    }
    if (this == OPTION_2 && ml != null && gpu != null) {
      wired.put(ml, wired.get(gpu));
    }
    return wired;
  }

  /** The tiers this strategy publishes, in build order. */
  List<Tier> published(Map<Tier, Tier> wired) {
    List<Tier> out = new ArrayList<>();
    for (Tier tier : wired.values()) {
      if (!out.contains(tier)) {
        out.add(tier);
      }
    }
    out.sort((a, b) -> Integer.compare(a.depth(), b.depth()));
    return out;
  }

  private static Tier byRole(List<Tier> tiers, TierRole role) {
    return tiers.stream().filter(t -> t.role() == role).findFirst().orElse(null);
  }
}
