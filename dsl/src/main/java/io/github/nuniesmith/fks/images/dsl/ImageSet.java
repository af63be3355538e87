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
import java.util.regex.Pattern;

/**
 * The whole hierarchy: images defined stage by stage and, wired by a {@link Strategy}, tiers and the
 * services on them. Only a builder makes one, so every set has passed the graph-wide checks: unknown
 * parents, external FROMs of the set's own tags (the only way to a cycle), duplicate names, stage
 * references, conflicting pins between a tier and the tiers below it. The set also says which
 * {@link Policy} its lint holds it to and which platforms each image is built for.
 */
public final class ImageSet {
  /** The platforms an image is built for when the set names none: linux/amd64, what CI runners are. */
  public static final List<String> DEFAULT_PLATFORMS = List.of("linux/amd64");
  private static final Pattern PLATFORM = Pattern.compile("[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?");

  private final Optional<Strategy> strategy;
  private final Policy policy;
  private final List<Tier> tiers;
  private final List<Service> services;
  private final List<Image> images;
  private final Map<String, List<String>> platforms;

  private ImageSet(Optional<Strategy> strategy, Policy policy, List<Tier> tiers, List<Service> services,
      List<Image> images, Map<String, List<String>> platforms) {
    this.strategy = strategy;
    this.policy = policy;
    this.tiers = List.copyOf(tiers);
    this.services = List.copyOf(services);
    this.images = List.copyOf(images);
    this.platforms = Map.copyOf(platforms);
  }

  /** Starts an image set of images defined stage by stage, without tiers; its policy is baseline unless set. */
  public static Builder builder() {
    return new Builder(Optional.empty());
  }

  /** Starts an image set whose tiers are wired by {@code strategy}; its policy is strict unless set. */
  public static Builder builder(Strategy strategy) {
    return new Builder(Optional.of(Checks.notNull(strategy, "strategy")));
  }

  /** How the tiers are wired; empty for a set started without a strategy. */
  public Optional<Strategy> strategy() {
    return strategy;
  }

  /** The policy lint holds the set to. */
  public Policy policy() {
    return policy;
  }

  /** This set held to {@code other} instead, e.g. as a build's {@code -Dfks.policy} asks. */
  public ImageSet withPolicy(Policy other) {
    return new ImageSet(strategy, Checks.notNull(other, "policy"), tiers, services, images, platforms);
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

  /** The platforms {@code image} is built for, e.g. {@code linux/amd64}. */
  public List<String> platforms(Image image) {
    return platforms.get(Checks.notNull(image, "image").name());
  }

  /** The image of the tier or service named {@code name}. */
  public Optional<Image> image(String name) {
    return images.stream().filter(i -> i.name().equals(name)).findFirst();
  }

  /** Builds an {@link ImageSet}. */
  public static final class Builder {
    private final Optional<Strategy> strategy;
    private Policy policy;
    private final List<Tier> tiers = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private List<String> defaultPlatforms = DEFAULT_PLATFORMS;
    private final Map<String, List<String>> platforms = new LinkedHashMap<>();

    private Builder(Optional<Strategy> strategy) {
      this.strategy = strategy;
    }

    /** Adds a tier; its parent must be added too, before or after. Needs a set started with a strategy. */
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

    /** Holds the set to {@code policy}: strict by default for a set with tiers, else baseline. */
    public Builder policy(Policy policy) {
      this.policy = Checks.notNull(policy, "policy");
      return this;
    }

    /** Builds every image for {@code platforms}, e.g. {@code "linux/amd64", "linux/arm64"}, unless set per image. */
    public Builder platforms(String... platforms) {
      defaultPlatforms = checkedPlatforms("platforms", platforms);
      return this;
    }

    /** Builds the image, tier or service named {@code image} for {@code platforms}. */
    public Builder platformsFor(String image, String... list) {
      Checks.notNull(image, "image name");
      platforms.put(image, checkedPlatforms("platforms of " + image, list));
      return this;
    }

    /** Wires, lays out and checks the whole set; the first problem found is thrown. */
    public ImageSet build() {
      Checks.check(tiers.isEmpty() || strategy.isPresent(),
          "has tiers but no strategy to wire them: start it with ImageSet.builder(Strategy.OPTION_1)");
      checkNames();
      List<Tier> declared = parentsFirst();
      Map<Tier, Tier> wired = strategy.map(s -> s.wire(declared)).orElseGet(Map::of);
      List<Tier> published = strategy.map(s -> s.published(wired)).orElseGet(List::of);
      published.forEach(Builder::checkPins);

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
      Map<String, List<String>> byImage = new LinkedHashMap<>();
      all.forEach(i -> byImage.put(i.name(), platforms.getOrDefault(i.name(), defaultPlatforms)));
      platforms.keySet().forEach(name -> Checks.check(byImage.containsKey(name),
          "sets platforms for %s, which is no image, tier or service of this set: use one of %s",
          Checks.quote(name), byImage.keySet()));
      Policy chosen = policy != null ? policy : tiers.isEmpty() ? Policy.BASELINE : Policy.STRICT;
      return new ImageSet(strategy, chosen, published, wiredServices, all, byImage);
    }

    private static List<String> checkedPlatforms(String what, String[] platforms) {
      List<String> list = Checks.nonEmpty(Checks.asList(platforms, what), what);
      for (String platform : list) {
        Checks.matches(platform, PLATFORM, "platform", "write os/arch[/variant] such as linux/amd64 or linux/arm64/v8");
      }
      Checks.check(list.stream().distinct().count() == list.size(), "%s lists a platform twice: keep one", what);
      return list;
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
          for (ImageRef tag : t.tags()) {
            publishers.put(tag.toString(), image);
            targets.put(tag.toString(), t.stage());
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
