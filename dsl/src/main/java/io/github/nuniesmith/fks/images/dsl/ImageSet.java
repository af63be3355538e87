package io.github.nuniesmith.fks.images.dsl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole hierarchy: tiers, services and any further images, wired by a {@link Strategy}. Only
 * {@link #builder} makes one, so every set has passed the graph-wide checks: unknown parents,
 * external FROMs of the set's own tags (the only way to a cycle), duplicate names, stage
 * references, conflicting pins between a tier and the tiers below it, TA-Lib and PyTorch version
 * sets.
 */
public final class ImageSet {
  private final Strategy strategy;
  private final List<Tier> tiers;
  private final List<Service> services;
  private final List<Image> images;

  private ImageSet(Strategy strategy, List<Tier> tiers, List<Service> services, List<Image> images) {
    this.strategy = strategy;
    this.tiers = List.copyOf(tiers);
    this.services = List.copyOf(services);
    this.images = List.copyOf(images);
  }

  /** Starts an image set wired by {@code strategy}. */
  public static Builder builder(Strategy strategy) {
    return new Builder(strategy);
  }

  /** How the tiers are wired. */
  public Strategy strategy() {
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

  /** Every image to render: tiers, then further images, then services. */
  public List<Image> images() {
    return images;
  }

  /** The platforms every image is built for: linux/amd64 only, as TA-Lib 0.4.0's config.guess predates arm64. */
  public List<String> platforms() {
    return List.of("linux/amd64");
  }

  /** The image of the tier or service named {@code name}. */
  public Optional<Image> image(String name) {
    return images.stream().filter(i -> i.name().equals(name)).findFirst();
  }

  /** Builds an {@link ImageSet}. */
  public static final class Builder {
    private final Strategy strategy;
    private final List<Tier> tiers = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();

    private Builder(Strategy strategy) {
      this.strategy = Checks.notNull(strategy, "strategy");
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

    /** Adds an image defined stage by stage. */
    public Builder image(Image image) {
      images.add(Checks.notNull(image, "image"));
      return this;
    }

    /** Wires, lays out and checks the whole set; the first problem found is thrown. */
    public ImageSet build() {
      checkNames();
      List<Tier> declared = parentsFirst();
      Map<Tier, Tier> wired = strategy.wire(declared);
      List<Tier> published = strategy.published(wired);
      for (Tier tier : published) {
        checkPins(tier);
        TaLibCompatibility.check(tier);
        TorchFamily.check(tier);
      }

      Map<Tier, Image> tierImages = new IdentityHashMap<>();
      List<Image> all = new ArrayList<>();
      for (Tier tier : published) {
        Image image = TierLayout.tier(tier, tier.parent().map(tierImages::get));
        tierImages.put(tier, image);
        all.add(image);
      }
      all.addAll(images);
      List<Service> wiredServices = new ArrayList<>();
      for (Service service : services) {
        Tier tier = wired.get(service.tier());
        Service rewired = service.on(tier);
        wiredServices.add(rewired);
        all.add(TierLayout.service(rewired, tierImages.get(tier)));
      }
      checkOutputs(all);
      checkParents(all);
      checkExternalTags(all);
      return new ImageSet(strategy, published, wiredServices, all);
    }

    private void checkNames() {
      Set<String> names = new HashSet<>();
      Set<TierRole> roles = new HashSet<>();
      for (Tier tier : tiers) {
        Checks.within("tier " + tier.name(), () -> {
          Checks.check(names.add(tier.name()), "is defined twice: give each tier its own name");
          Checks.check(roles.add(tier.role()), "has the role %s of another tier: one tier per role", tier.role());
        });
      }
      for (Image image : images) {
        Checks.within("image " + image.name(), () -> Checks.check(names.add(image.name()),
            "has the name of a tier or of another image: rename it"));
      }
      for (Service service : services) {
        Checks.within("service " + service.name(), () -> {
          Checks.check(names.add(service.name()),
              "is defined twice, or has the name of a tier or image: give each service its own name");
          Checks.check(tiers.contains(service.tier()),
              "builds on tier %s, which is not in this image set: add it with tier(...)",
              Checks.quote(service.tier().name()));
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

    /**
     * Every image writes its own file, and no two output paths clash where files are checked out: the
     * same path, paths that differ only in case (one file on macOS and Windows), or a file where
     * another path needs a folder. Linear: each path and each of its folders is looked up once, by
     * its lowercase form.
     */
    private static void checkOutputs(List<Image> all) {
      Map<String, Output> seen = new HashMap<>();
      for (Image image : all) {
        String path = image.dockerfile().value();
        Checks.within("image " + image.name(), () -> {
          String[] segments = path.split("/");
          for (int i = 1; i <= segments.length; i++) {
            boolean file = i == segments.length;
            String part = String.join("/", java.util.Arrays.copyOf(segments, i));
            Output other = seen.putIfAbsent(part.toLowerCase(java.util.Locale.ROOT), new Output(part, file, image));
            if (other == null || (!file && !other.file() && other.path().equals(part))) {
              continue;
            }
            String otherName = other.image().name();
            String otherPath = other.image().dockerfile().value();
            Checks.check(!(file && other.file() && other.path().equals(part)),
                "writes %s, as image %s does: give each image its own Dockerfile", path, otherName);
            Checks.check(file != other.file(),
                "writes %s and image %s writes %s: paths that differ only in case are one file on macOS"
                    + " and Windows, rename one", path, otherName, otherPath);
            Checks.check(false, "writes %s and image %s writes %s: one would need to be a file and a folder at"
                + " once, rename one", path, otherName, otherPath);
          }
        });
      }
    }

    /** A file or folder an image's output path needs, as first written. */
    private record Output(String path, boolean file, Image image) {}

    /** A stage built on another image's target needs that image in the set, or nothing builds it. */
    private static void checkParents(List<Image> all) {
      Set<Image> known = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      known.addAll(all);
      for (Image image : all) {
        for (Stage stage : image.stages()) {
          if (stage.from() instanceof From.Published p && !known.contains(p.image())) {
            throw new DefinitionException("builds on image '" + p.image().name()
                + "', which is not in this image set: add it with image(...)")
                .within("stage " + stage.name()).within("image " + image.name());
          }
        }
      }
    }

    /**
     * Images reach each other through Java references, which cannot form a cycle. An external FROM
     * that names a tag this set publishes could, and would hide an edge of the graph from the
     * workflow, the bake file and the rebuild plans: such a stage must name the image instead.
     */
    private static void checkExternalTags(List<Image> all) {
      Map<String, Image> publishers = new HashMap<>();
      Map<String, String> targets = new HashMap<>();
      for (Image image : all) {
        image.targets().forEach(t -> {
          for (String tag : List.of(t.moving().toString(), t.pinned().toString())) {
            publishers.put(tag, image);
            targets.put(tag, t.stage());
          }
        });
      }
      for (Image image : all) {
        for (Stage stage : image.stages()) {
          if (stage.from() instanceof From.External e && publishers.containsKey(e.image().toString())) {
            String tag = e.image().toString();
            throw new DefinitionException("starts from " + Checks.quote(tag) + ", which image '"
                + publishers.get(tag).name() + "' of this set publishes: build on it with from(image, "
                + Checks.quote(targets.get(tag)).replace('\'', '"') + "), so that the workflow, the bake file"
                + " and rebuild plans see the edge")
                .within("stage " + stage.name()).within("image " + image.name());
          }
        }
      }
    }
  }
}
