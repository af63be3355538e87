package io.github.nuniesmith.fks.images.dsl.blocks;

import io.github.nuniesmith.fks.images.dsl.Checks;
import io.github.nuniesmith.fks.images.dsl.DefinitionException;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.PipRequirement;
import io.github.nuniesmith.fks.images.dsl.Policy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Tiers wired by a {@link Strategy} and the services on them, laid out as the images of an {@link
 * ImageSet}: the builder checks what only tiers and services have (roles, parents among the tiers,
 * conflicting pins between a tier and the tiers below it), lays each out with {@link TierLayout} and
 * attaches the wired hierarchy to the set, where {@link #of(ImageSet)} finds it.
 */
public final class Hierarchy {
  private static final Hierarchy NONE = new Hierarchy(Optional.empty(), List.of(), List.of());

  private final Optional<Strategy> strategy;
  private final List<Tier> tiers;
  private final List<Service> services;

  private Hierarchy(Optional<Strategy> strategy, List<Tier> tiers, List<Service> services) {
    this.strategy = strategy;
    this.tiers = List.copyOf(tiers);
    this.services = List.copyOf(services);
  }

  /** Starts an image set whose tiers {@code strategy} wires; its policy is strict unless set. */
  public static Builder builder(Strategy strategy) {
    return new Builder(Checks.notNull(strategy, "strategy"));
  }

  /** The hierarchy laid out in {@code set}; an empty one (no strategy, tiers or services) for a set built without. */
  public static Hierarchy of(ImageSet set) {
    return Checks.notNull(set, "image set").part(Hierarchy.class).orElse(NONE);
  }

  /** How the tiers are wired; empty for a set built without tiers. */
  public Optional<Strategy> strategy() {
    return strategy;
  }

  /** The published tiers, parents first. */
  public List<Tier> tiers() {
    return tiers;
  }

  /** The services, on their wired tiers. */
  public List<Service> services() {
    return services;
  }

  /** The tier named {@code name}, if one is. */
  public Optional<Tier> tier(String name) {
    return tiers.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The service named {@code name}, if one is. */
  public Optional<Service> service(String name) {
    return services.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Builds an {@link ImageSet} of tiers, services and further images. */
  public static final class Builder {
    private final Strategy strategy;
    // Applied to a new ImageSet.Builder by each build(), so that a builder builds as often as asked.
    private final List<Consumer<ImageSet.Builder>> platforms = new ArrayList<>();
    private Optional<Policy> policy = Optional.empty();
    private final List<Tier> tiers = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();

    private Builder(Strategy strategy) {
      this.strategy = strategy;
    }

    /** Adds a tier; its parent must be added too, before or after. */
    public Builder tier(Tier tier) {
      tiers.add(Checks.notNull(tier, "tier"));
      return this;
    }

    /** Adds a service; its tier must be in the set. */
    public Builder service(Service service) {
      services.add(Checks.notNull(service, "service"));
      return this;
    }

    /** Adds an image defined stage by stage; it renders after the tiers and before the services. */
    public Builder image(Image image) {
      images.add(Checks.notNull(image, "image"));
      return this;
    }

    /** Holds the set to {@code policy}: strict by default for a set with tiers, else baseline. */
    public Builder policy(Policy policy) {
      this.policy = Optional.of(Checks.notNull(policy, "policy"));
      return this;
    }

    /** Builds every image for {@code platforms}, unless set per image; see {@link ImageSet.Builder#platforms}. */
    public Builder platforms(String... platforms) {
      String[] chosen = platforms == null ? null : platforms.clone();
      this.platforms.add(set -> set.platforms(chosen));
      return this;
    }

    /** Builds the image, tier or service named {@code image} for {@code platforms}. */
    public Builder platformsFor(String image, String... platforms) {
      String[] chosen = platforms == null ? null : platforms.clone();
      this.platforms.add(set -> set.platformsFor(image, chosen));
      return this;
    }

    /** Wires, lays out and checks the whole set; the first problem found is thrown. */
    public ImageSet build() {
      ImageSet.Builder set = ImageSet.builder();
      platforms.forEach(p -> p.accept(set));
      checkNames();
      List<Tier> declared = parentsFirst();
      Map<Tier, Tier> byValue = strategy.wire(declared);
      List<Tier> published = strategy.published(byValue);
      // Looked up once per service, by identity first: a Tier record's hashCode walks all its packages.
      Map<Tier, Tier> wired = new IdentityHashMap<>(byValue);
      published.forEach(Builder::checkPins);

      Map<Tier, Image> tierImages = new IdentityHashMap<>();
      Map<Tier, TierLayout.Services> tierServices = new IdentityHashMap<>();
      for (Tier tier : published) {
        Image image = TierLayout.tier(tier, tier.parent().map(tierImages::get));
        tierImages.put(tier, image);
        tierServices.put(tier, new TierLayout.Services(tier, image));
        set.image(image);
      }
      images.forEach(set::image);
      List<Service> wiredServices = new ArrayList<>();
      for (Service service : services) {
        Tier tier = wired.computeIfAbsent(service.tier(), byValue::get);
        Service rewired = service.on(tier);
        wiredServices.add(rewired);
        set.image(tierServices.get(tier).image(rewired));
      }
      return set.policy(policy.orElse(tiers.isEmpty() ? Policy.BASELINE : Policy.STRICT))
          .attach(new Hierarchy(Optional.of(strategy), published, wiredServices))
          .build();
    }

    private void checkNames() {
      // By identity first, then by value: a tier built twice from one definition is the same tier.
      Set<Tier> added = Collections.newSetFromMap(new IdentityHashMap<>());
      added.addAll(tiers);
      Set<String> names = new HashSet<>();
      Set<TierRole> roles = new HashSet<>();
      for (Tier tier : tiers) {
        Checks.within(() -> "tier " + tier.name(), () -> {
          Checks.check(names.add(tier.name()), "is defined twice: give each tier its own name");
          Checks.check(roles.add(tier.role()), "has the role %s of another tier: one tier per role", tier.role());
        });
      }
      for (Image image : images) {
        Checks.within(() -> "image " + image.name(), () -> Checks.check(names.add(image.name()),
            "has the name of a tier or of another image: rename it"));
      }
      for (Service service : services) {
        Checks.within(() -> "service " + service.name(), () -> {
          Checks.check(names.add(service.name()),
              "is defined twice, or has the name of a tier or image: give each service its own name");
          if (!added.contains(service.tier()) && !tiers.contains(service.tier())) {
            throw new DefinitionException("builds on tier " + Checks.quote(service.tier().name())
                + ", which is not in this image set: add it with tier(...)");
          }
        });
      }
    }

    /** The declared tiers with every parent before its children; unknown parents are an error. */
    private List<Tier> parentsFirst() {
      List<Tier> ordered = new ArrayList<>();
      List<Tier> remaining = new ArrayList<>(tiers);
      while (!remaining.isEmpty()) {
        Tier next = remaining.stream()
            .filter(t -> t.parent().map(ordered::contains).orElse(true)).findFirst()
            .orElseThrow(() -> {
              Tier t = remaining.get(0);
              return new DefinitionException("builds on tier '" + t.parent().get().name()
                  + "', which is not in this image set: add it with tier(...)").within("tier " + t.name());
            });
        ordered.add(next);
        remaining.remove(next);
      }
      return ordered;
    }

    /** A package pinned in a tier and differently in a tier below it is an error. */
    private static void checkPins(Tier tier) {
      Map<String, PipRequirement> below = new HashMap<>();
      Map<String, String> where = new HashMap<>();
      tier.parent().ifPresent(p -> {
        for (Tier t : p.lineage()) {
          t.pipInstalls().forEach(i -> i.requirements().forEach(r -> {
            if (below.putIfAbsent(r.canonicalName(), r) == null) {
              where.put(r.canonicalName(), t.name());
            }
          }));
        }
      });
      for (PipInstall install : tier.pipInstalls()) {
        for (PipRequirement r : install.requirements()) {
          PipRequirement other = below.get(r.canonicalName());
          if (other != null && !sameRelease(r, other)) {
            throw new DefinitionException(String.format(
                "pins %s, but tier %s below it pins %s: pin the package in one tier only",
                Checks.quote(r.toString()), where.get(r.canonicalName()), Checks.quote(other.toString())))
                .within("pip '" + r.name() + "'").within("tier " + tier.name());
          }
        }
      }
    }

    /** Equal specifiers, ignoring local labels: torch==2.8.0+cu128 replaces the +cpu build. */
    private static boolean sameRelease(PipRequirement a, PipRequirement b) {
      return publicSpecifiers(a).equals(publicSpecifiers(b));
    }

    private static List<String> publicSpecifiers(PipRequirement r) {
      return r.specifiers().stream().map(s -> s.operator() + s.publicVersion()).sorted().toList();
    }
  }
}
