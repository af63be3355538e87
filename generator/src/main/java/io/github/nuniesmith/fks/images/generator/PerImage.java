package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.Image;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Work done once for each image of a set, such as rendering or linting it, on the calling thread
 * alone or on the common fork-join pool's threads as well. Either way the results come in the
 * images' order, and when images fail, the failure thrown is that of the first failing image by
 * that order, the very exception its work threw: what a caller sees never depends on the threads
 * (an {@link Error} is not kept, as nothing is to be done after one).
 */
public final class PerImage {
  private PerImage() {}

  /**
   * {@code work} applied to each of {@code images}, in their order; on several threads when {@code
   * parallel}. The work of different images must share nothing mutable but thread-safe structures.
   */
  public static <R> List<R> map(List<Image> images, boolean parallel, Function<Image, R> work) {
    if (!parallel) {
      // On one thread the first failure stops the work, as a plain loop does.
      List<R> results = new ArrayList<>(images.size());
      images.forEach(image -> results.add(work.apply(image)));
      return results;
    }
    List<Outcome<R>> outcomes = images.parallelStream().map(image -> Outcome.of(image, work)).toList();
    List<R> results = new ArrayList<>(outcomes.size());
    for (Outcome<R> outcome : outcomes) {
      if (outcome.failure() != null) {
        throw outcome.failure();
      }
      results.add(outcome.result());
    }
    return results;
  }

  /** One image's result, or what its work threw: kept, so that the first by order is the one thrown. */
  private record Outcome<R>(R result, RuntimeException failure) {
    static <R> Outcome<R> of(Image image, Function<Image, R> work) {
      try {
        return new Outcome<>(work.apply(image), null);
      } catch (RuntimeException e) {
        return new Outcome<>(null, e);
      }
    }
  }
}
