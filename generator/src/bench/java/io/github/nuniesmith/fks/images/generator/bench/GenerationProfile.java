package io.github.nuniesmith.fks.images.generator.bench;

import com.sun.management.ThreadMXBean;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.generator.Generation;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import io.github.nuniesmith.fks.images.generator.lint.LintPolicy;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * A loop to profile by, outside JMH: builds the benchmark's set of {@code args[0]} services (10,000
 * by default) and runs {@code Generation.of} {@code args[1]} times (5), printing the time and the
 * bytes allocated of each part. Run it under {@code -XX:StartFlightRecording} to see where the time goes.
 */
public final class GenerationProfile {
  private GenerationProfile() {}

  /** One thread: this thread's CPU time and bytes are then the whole generation's. */
  private static final Generator GENERATOR = new Generator("src/main/java", "./mvnw -B -Pgenerate");

  /**
   * One round on {@code services} services: the nanoseconds building the set took, those {@code
   * Generation.of} took, the bytes it allocated and the CPU nanoseconds it used on this thread (which
   * a busy machine disturbs less than elapsed time; collections run elsewhere).
   */
  public static long[] round(int services) {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    ImageSet set = ServiceShape.set(services);
    long built = System.nanoTime();
    long bytes = threads.getCurrentThreadAllocatedBytes();
    long cpu = threads.getCurrentThreadCpuTime();
    Generation generation = Generation.of(set, GENERATOR, RepositoryLayout.DEFAULT, LintPolicy.DEFAULT);
    long end = System.nanoTime();
    if (generation.generated().isEmpty()) {
      throw new IllegalStateException("the generation wrote nothing");
    }
    return new long[] {built - start, end - built, threads.getCurrentThreadAllocatedBytes() - bytes,
        threads.getCurrentThreadCpuTime() - cpu};
  }

  /** Builds and generates, printing one line per round. */
  public static void main(String[] args) {
    int services = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    for (int round = 1; round <= rounds; round++) {
      long[] r = round(services);
      System.out.printf(Locale.ROOT, "round %d, %,d services: build %.0f ms, generation %.0f ms (CPU %.0f ms,"
          + " %,d MB allocated), total %.0f ms%n", round, services, r[0] / 1e6, r[1] / 1e6, r[3] / 1e6, r[2] >> 20,
          (r[0] + r[1]) / 1e6);
    }
  }
}
