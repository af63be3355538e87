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
 * The images to render, each defined stage by stage. Only a builder makes one, so every set has
 * passed the graph-wide checks: unknown parents, external FROMs of the set's own tags (the only way
 * to a cycle), duplicate names and output paths, stage references. The set also says which {@link
 * Policy} its lint holds it to and which platforms each image is built for. Higher-level builders
 * (the tiers and services of the {@code blocks} package) lay their images out here and attach what
 * they know about them as a {@linkplain #part(Class) part}.
 */
public final class ImageSet {
  /** The platforms an image is built for when the set names none: linux/amd64, what CI runners are. */
  public static final List<String> DEFAULT_PLATFORMS = List.of("linux/amd64");
  private static final Pattern PLATFORM = Pattern.compile("[a-z0-9]+/[a-z0-9_]+(/[a-z0-9]+)?");

  private final Policy policy;
  private final List<Image> images;
  private final Map<String, Image> byName;
  private final Map<String, List<String>> platforms;
  private final Map<Class<?>, Object> parts;

  private ImageSet(Policy policy, List<Image> images, Map<String, List<String>> platforms,
      Map<Class<?>, Object> parts) {
    this.policy = policy;
    this.images = List.copyOf(images);
    this.byName = new HashMap<>(images.size() * 4 / 3 + 1); // no resize: a set may hold thousands
    images.forEach(i -> byName.put(i.name(), i));
    this.platforms = Map.copyOf(platforms);
    this.parts = Map.copyOf(parts);
  }

  /** Starts an image set; its policy is baseline unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy lint holds the set to. */
  public Policy policy() {
    return policy;
  }

  /** This set held to {@code other} instead, e.g. as a build's {@code -Dfks.policy} asks. */
  public ImageSet withPolicy(Policy other) {
    return new ImageSet(Checks.notNull(other, "policy"), images, platforms, parts);
  }

  /** Every image to render, in the order they were added. */
  public List<Image> images() {
    return images;
  }

  /** The platforms {@code image} is built for, e.g. {@code linux/amd64}. */
  public List<String> platforms(Image image) {
    return platforms.get(Checks.notNull(image, "image").name());
  }

  /** The image named {@code name}. */
  public Optional<Image> image(String name) {
    // By a map: a rebuild plan looks up an image for each file that changed.
    return Optional.ofNullable(byName.get(name));
  }

  /** What the builder that laid out this set attached of type {@code type}; empty if it attached none. */
  public <T> Optional<T> part(Class<T> type) {
    return Optional.ofNullable(parts.get(Checks.notNull(type, "part type"))).map(type::cast);
  }

  /** Builds an {@link ImageSet}. */
  public static final class Builder {
    private Policy policy = Policy.BASELINE;
    private final List<Image> images = new ArrayList<>();
    private List<String> defaultPlatforms = DEFAULT_PLATFORMS;
    private final Map<String, List<String>> platforms = new LinkedHashMap<>();
    private final Map<Class<?>, Object> parts = new LinkedHashMap<>();

    private Builder() {}

    /** Adds an image defined stage by stage. */
    public Builder image(Image image) {
      images.add(Checks.notNull(image, "image"));
      return this;
    }

    /** Holds the set to {@code policy}; baseline by default. */
    public Builder policy(Policy policy) {
      this.policy = Checks.notNull(policy, "policy");
      return this;
    }

    /** Builds every image for {@code platforms}, e.g. {@code "linux/amd64", "linux/arm64"}, unless set per image. */
    public Builder platforms(String... platforms) {
      defaultPlatforms = checkedPlatforms("platforms", platforms);
      return this;
    }

    /** Builds the image named {@code image} for {@code platforms}. */
    public Builder platformsFor(String image, String... list) {
      Checks.notNull(image, "image name");
      platforms.put(image, checkedPlatforms("platforms of " + image, list));
      return this;
    }

    /**
     * Attaches {@code part}, which a higher-level builder knows about the images (such as which
     * are tiers and which are services), for whoever reads the set to find with {@link #part(Class)}.
     */
    public Builder attach(Object part) {
      Checks.notNull(part, "part");
      Checks.check(parts.putIfAbsent(part.getClass(), part) == null,
          "has a %s attached already: attach one of each type", part.getClass().getSimpleName());
      return this;
    }

    /** Checks the whole set; the first problem found is thrown. */
    public ImageSet build() {
      checkNames();
      checkOutputs(images);
      checkParents(images);
      checkExternalTags(images);
      Map<String, List<String>> byImage = new LinkedHashMap<>();
      images.forEach(i -> byImage.put(i.name(), platforms.getOrDefault(i.name(), defaultPlatforms)));
      platforms.keySet().forEach(name -> Checks.check(byImage.containsKey(name),
          "sets platforms for %s, which is no image of this set: use one of %s",
          Checks.quote(name), byImage.keySet()));
      return new ImageSet(policy, images, byImage, parts);
    }

    private void checkNames() {
      Set<String> names = new HashSet<>();
      for (Image image : images) {
        Checks.within(() -> "image " + image.name(), () -> Checks.check(names.add(image.name()),
            "has the name of another image: rename it"));
      }
    }

    private static List<String> checkedPlatforms(String what, String[] platforms) {
      List<String> list = Checks.nonEmpty(Checks.asList(platforms, what), what);
      for (String platform : list) {
        Checks.matches(platform, PLATFORM, "platform", "write os/arch[/variant] such as linux/amd64 or linux/arm64/v8");
      }
      Checks.check(list.stream().distinct().count() == list.size(), "%s lists a platform twice: keep one", what);
      return list;
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
        Checks.within(() -> "image " + image.name(), () -> checkOutput(image, seen));
      }
    }

    /** Checks the file {@code image} writes and each folder it needs against those {@code seen} before. */
    private static void checkOutput(Image image, Map<String, Output> seen) {
      String path = image.dockerfile().value();
      // Each folder as the path up to one of its slashes, then the file: the path itself.
      for (int end = path.indexOf('/'); ; end = path.indexOf('/', end + 1)) {
        boolean file = end < 0;
        String part = file ? path : path.substring(0, end);
        String key = part.toLowerCase(java.util.Locale.ROOT);
        Output other = seen.get(key);
        if (other == null) { // a record only for a new path: most folders are shared by many images
          seen.put(key, new Output(part, file, image));
        } else if (file || other.file() || !other.path().equals(part)) {
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
        if (file) {
          return;
        }
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
