package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageRef;
import io.github.nuniesmith.fks.images.dsl.Stage;
import io.github.nuniesmith.fks.images.dsl.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The tags children build FROM, which never move: every published target of an image that another
 * image builds on gets {@code <its moving tag>-c<12 hex>}, e.g. {@code nuniesmith/fks:docker-ml-c1a2b3c4d5e6},
 * the start of a sha256 over the image's inputs: the content tags of its own parents (so a change
 * two levels up reaches every image below), its whole rendered Dockerfile, and the files its
 * Dockerfile reads from its build context. The whole file, not the text up to a target's stage: one
 * job builds every target of a Dockerfile when the file changes, so a tag changes exactly when the
 * path filters rebuild it. Same inputs, same tag; any change to them, a new tag.
 */
public final class ContentTags {
  /** Between a target's moving tag and the hex digits. */
  static final String MARK = "-c";
  /** How many hex digits of the sha256 a tag keeps: 48 bits. */
  static final int DIGITS = 12;
  /** The first line of what is hashed; raise its number when what is hashed changes. */
  private static final String FORMAT = "fks-images content tag 1";

  /** Each image's digits, in the order they were derived (parents first). */
  private final Map<String, String> digests;
  /** Each content tag asked for, made once: every child's FROM and every service's row name their parent's. */
  private final Map<String, Map<String, Made>> made = new ConcurrentHashMap<>();
  /** Each FROM text asked for, by parent and stage, made once: every child's FROM and every service's row name it. */
  private final Map<String, Map<String, String>> references = new ConcurrentHashMap<>();

  /** No content tags, where an image builds on no image of its set. */
  static final ContentTags NONE = new ContentTags(Map.of());

  private ContentTags(Map<String, String> digests) {
    this.digests = digests;
  }

  /**
   * The content tags of every image that an image of {@code images} builds on, directly or not: each
   * rendered by {@code render} with the tags of its parents, parents first. {@code contexts} gives
   * the files they read from their build contexts.
   */
  static ContentTags derive(List<Image> images, ContextFiles contexts, BiFunction<Image, ContentTags, GeneratedFile> render) {
    Map<String, String> digests = new LinkedHashMap<>();
    // A read-only view that grows as each image is derived: an image is rendered after its parents.
    ContentTags tags = new ContentTags(Collections.unmodifiableMap(digests));
    for (Image image : builtOn(images)) {
      digests.put(image.name(), digest(image, render.apply(image, tags).content(), tags, contexts));
    }
    return tags;
  }

  /** The images that an image of {@code images} builds on, directly or not, each after its own parents. */
  public static List<Image> builtOn(List<Image> images) {
    Map<String, Image> out = new LinkedHashMap<>();
    images.forEach(image -> parentsOf(image).forEach(p -> addWithParents(p, out)));
    return List.copyOf(out.values());
  }

  /** The content tag of {@code image}'s published {@code target}; empty where no image builds on {@code image}. */
  public Optional<ImageRef> of(String image, Target target) {
    String hex = digests.get(image);
    if (hex == null) {
      return Optional.empty();
    }
    // Looked up by stage, not by the target (whose hash walks every tag); a target that is not the one kept is made anew.
    Map<String, Made> byStage = made.computeIfAbsent(image, i -> new ConcurrentHashMap<>());
    Made known = byStage.get(target.stage());
    if (known != null && (known.target() == target || known.target().equals(target))) {
      return Optional.of(known.tag());
    }
    ImageRef tag = target.moving().withTag(target.moving().tag() + MARK + hex);
    byStage.putIfAbsent(target.stage(), new Made(target, tag));
    return Optional.of(tag);
  }

  /** A content tag made, with the target it was made for. */
  private record Made(Target target, ImageRef tag) {}

  /** The images with content tags, parents first. */
  public List<String> images() {
    return List.copyOf(digests.keySet());
  }

  /** What a stage that starts from {@code parent} names in its FROM line: the parent target's content tag. */
  String reference(From.Published parent) {
    String image = parent.image().name();
    String known = references.getOrDefault(image, Map.of()).get(parent.target());
    if (known != null) {
      return known;
    }
    // Kept only once made: a tag asked for before its image is derived is refused again when asked again.
    Target target = parent.image().target(parent.target()).orElseThrow();
    String made = of(image, target).orElseThrow(() -> new IllegalStateException("image " + image
        + " has no content tag yet: render the images others build on first")).toString();
    references.computeIfAbsent(image, i -> new ConcurrentHashMap<>()).put(parent.target(), made);
    return made;
  }

  private static void addWithParents(Image image, Map<String, Image> out) {
    if (!out.containsKey(image.name())) {
      parentsOf(image).forEach(p -> addWithParents(p, out));
      out.put(image.name(), image);
    }
  }

  private static List<Image> parentsOf(Image image) {
    List<Image> parents = new ArrayList<>();
    for (Stage stage : image.stages()) {
      if (stage.from() instanceof From.Published p && parents.stream().noneMatch(i -> i.name().equals(p.image().name()))) {
        parents.add(p.image());
      }
    }
    return parents;
  }

  /** The first {@link #DIGITS} hex digits of the sha256 of the image's inputs, one per line. */
  private static String digest(Image image, String dockerfile, ContentTags parents, ContextFiles contexts) {
    List<String> lines = new ArrayList<>(List.of(FORMAT));
    for (Stage stage : image.stages()) {
      if (stage.from() instanceof From.Published p && !lines.contains("parent " + parents.reference(p))) {
        lines.add("parent " + parents.reference(p));
      }
    }
    lines.add("dockerfile " + ContentSeal.sha256(dockerfile));
    List<String> reads = ContextReads.of(dockerfile);
    if (!reads.isEmpty()) {
      SortedMap<String, String> files = contexts.of(image.name()).orElseThrow(() -> new IllegalArgumentException(
          "image " + image.name() + " reads " + String.join(", ", reads) + " from its build context, and other images"
              + " build on it: its content tag needs those files. Read them with ContextFiles.read(repositoryRoot,"
              + " set, layout), as generate does, and render with Generator.render(set, files)"));
      for (String source : reads) {
        Pattern matches = glob(source);
        List<String> found = files.entrySet().stream().filter(f -> matches.matcher(f.getKey()).matches())
            .map(f -> "context " + source + " " + f.getKey() + " " + f.getValue()).toList();
        lines.addAll(found.isEmpty() ? List.of("context " + source + " missing") : found);
      }
    }
    return ContentSeal.sha256(String.join("\n", lines)).substring(0, DIGITS);
  }

  /**
   * The files a context source names: the file, or every file below the folder; {@code *} and
   * {@code ?} match within one name, as in Docker; {@code .} is the whole context.
   */
  static Pattern glob(String source) {
    String path = source.replaceAll("^(\\./|/)+", "").replaceAll("/+$", "");
    if (path.isEmpty() || path.equals(".")) {
      return Pattern.compile(".*");
    }
    StringBuilder regex = new StringBuilder();
    for (String part : path.split("(?=[*?])|(?<=[*?])")) {
      regex.append(part.equals("*") ? "[^/]*" : part.equals("?") ? "[^/]" : Pattern.quote(part));
    }
    return Pattern.compile(regex + "(/.*)?");
  }
}
