package io.github.nuniesmith.fks.images.generator.bench;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.Generation;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import io.github.nuniesmith.fks.images.generator.lint.LintPolicy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * fks-images against Testcontainers' {@code DockerfileBuilder} and plain string building, on the
 * same services, in one run. Every method does the whole work for {@code services} services, so the
 * scores divide by it for a time per file. The fork inherits the runner's 512 MB of heap: a run that
 * fits proves the memory target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GeneratorBenchmark {
  /** On one thread, the default, as Testcontainers' builder and plain strings run. */
  private static final Generator GENERATOR = new Generator("src/main/java", "./mvnw -B -Pgenerate");

  /** How many services the set has. */
  @Param({"100", "1000", "10000"})
  public int services;

  /**
   * Builds and validates the set, then renders, lints and writes the workflow, bake file and
   * IMAGES.md, on one thread, as a user's generate does by default.
   */
  @Benchmark
  public Generation fksBuildAndGenerate() {
    return Generation.of(ServiceShape.set(services), GENERATOR, RepositoryLayout.DEFAULT, LintPolicy.DEFAULT);
  }

  /** {@link #fksBuildAndGenerate} rendering and linting the images on every core ({@code -Dfks.parallel=true}). */
  @Benchmark
  public Generation fksBuildAndGenerateParallel() {
    return Generation.of(ServiceShape.set(services), GENERATOR.parallel(true), RepositoryLayout.DEFAULT,
        LintPolicy.DEFAULT);
  }

  /** Builds and validates the set, then renders its Dockerfiles, on one thread. */
  @Benchmark
  public List<GeneratedFile> fksBuildAndRender() {
    return GENERATOR.render(ServiceShape.set(services));
  }

  /** Renders the Dockerfiles of a set built before the measurement, on one thread: rendering without building. */
  @Benchmark
  public List<GeneratedFile> fksRender(BuiltSet built) {
    return GENERATOR.render(built.set);
  }

  /** Builds and validates a set of the file Testcontainers writes, in the core model, then renders it, on one thread. */
  @Benchmark
  public List<GeneratedFile> fksSameFileBuildAndRender() {
    return GENERATOR.render(ServiceShape.sameFiles(services));
  }

  /** Testcontainers' builder, one Dockerfile per service. */
  @Benchmark
  public void testcontainers(Blackhole out) {
    for (int i = 0; i < services; i++) {
      out.consume(ServiceShape.testcontainers(i));
    }
  }

  /** Plain string building, one Dockerfile per service: the floor. */
  @Benchmark
  public void plainStrings(Blackhole out) {
    for (int i = 0; i < services; i++) {
      out.consume(ServiceShape.plain(i));
    }
  }

  /** The set of {@code services} services, built once per trial for {@link #fksRender}. */
  @State(Scope.Benchmark)
  public static class BuiltSet {
    ImageSet set;

    /** Builds the set the benchmark's parameter names. */
    @Setup(Level.Trial)
    public void build(GeneratorBenchmark benchmark) {
      set = ServiceShape.set(benchmark.services);
    }
  }
}
