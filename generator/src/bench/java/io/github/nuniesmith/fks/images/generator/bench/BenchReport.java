package io.github.nuniesmith.fks.images.generator.bench;

import io.github.nuniesmith.fks.images.generator.Generation;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.RepositoryLayout;
import io.github.nuniesmith.fks.images.generator.lint.LintPolicy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link GeneratorBenchmark} and writes its figures as Markdown: time per service for each
 * method and size, and the ratios to Testcontainers measured in the same run. {@code ./mvnw -B -Pbench}
 * runs it and writes {@code docs/measure/bench.md}; the first argument names the file.
 */
public final class BenchReport {
  private static final List<String> METHODS =
      List.of("fksBuildAndGenerate", "fksBuildAndGenerateParallel", "fksBuildAndRender", "fksRender",
          "fksSameFileBuildAndRender", "testcontainers", "plainStrings");
  /** JMH's GC profiler's figure: bytes allocated per operation. */
  private static final String ALLOCATED = "gc.alloc.rate.norm";

  private BenchReport() {}

  /** Runs the benchmark and writes the report to {@code args[0]}. */
  public static void main(String[] args) throws RunnerException, IOException {
    Path report = Path.of(args[0]);
    long peak = peakHeapOfOneGeneration(10_000);
    ChainedOptionsBuilder options = new OptionsBuilder().include(GeneratorBenchmark.class.getName())
        .addProfiler(GCProfiler.class);
    // -Dfks.bench.smoke=true: 100 services, one short iteration each, to try the report, not to quote.
    if (Boolean.getBoolean("fks.bench.smoke")) {
      options.param("services", "100").warmupIterations(1).measurementIterations(1)
          .warmupTime(TimeValue.milliseconds(200)).measurementTime(TimeValue.milliseconds(200));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    // method -> services -> milliseconds per operation, and bytes allocated per operation
    Map<String, Map<Integer, Double>> scores = new TreeMap<>();
    Map<String, Map<Integer, Double>> allocated = new TreeMap<>();
    for (RunResult r : results) {
      String method = r.getParams().getBenchmark().substring(GeneratorBenchmark.class.getName().length() + 1);
      int services = Integer.parseInt(r.getParams().getParam("services"));
      scores.computeIfAbsent(method, m -> new TreeMap<>()).put(services, r.getPrimaryResult().getScore());
      allocated.computeIfAbsent(method, m -> new TreeMap<>())
          .put(services, r.getSecondaryResults().get(ALLOCATED).getScore());
    }
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, markdown(scores, allocated, peak, Boolean.getBoolean("fks.bench.smoke")
        ? "a smoke run (`-Dfks.bench.smoke=true`: one iteration of 0.2 s, not for quoting)"
        : "3 warm-up and 5 measured iterations of 2 s"));
    System.out.println("fks-images: wrote " + report);
  }

  /** The most heap one build-and-generate of {@code services} services holds at once, in bytes. */
  private static long peakHeapOfOneGeneration(int services) {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    Generation generation = Generation.of(ServiceShape.set(services),
        new Generator("src/main/java", "./mvnw -B -Pgenerate"), RepositoryLayout.DEFAULT, LintPolicy.DEFAULT);
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    if (generation.generated().isEmpty()) {
      throw new IllegalStateException("the generation wrote nothing");
    }
    return peak;
  }

  private static String markdown(Map<String, Map<Integer, Double>> scores, Map<String, Map<Integer, Double>> allocated,
      long peakBytes, String iterations) {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark: fks-images against Testcontainers' DockerfileBuilder\n\n")
        .append("Written by `./mvnw -B -Pbench` on ").append(LocalDate.now()).append(" (").append(cpus())
        .append("). JMH, one fork with `-Xmx512m` and the JVM's default collector, ").append(iterations)
        .append("; every figure of a row comes from the same run. Figures are per service (one Dockerfile each).\n\n")
        .append("- `fksBuildAndGenerate`: build and validate the set, render, lint, workflow, bake file, IMAGES.md;"
            + " on one thread (the default).\n")
        .append("- `fksBuildAndGenerateParallel`: the same, rendering and linting the images on every core"
            + " (`-Dfks.parallel=true`).\n")
        .append("- `fksBuildAndRender`: build and validate the set, render the Dockerfiles, on one thread.\n")
        .append("- `fksRender`: render the Dockerfiles of a set built beforehand, on one thread.\n")
        .append("- `fksSameFileBuildAndRender`: build, validate and render, on one thread, the file Testcontainers"
            + " writes, in the core model (no blocks): its instructions, plus the header and the pipefail SHELL"
            + " every generated file has.\n")
        .append("- `testcontainers`: Testcontainers' `DockerfileBuilder`, the closest file it can write.\n")
        .append("- `plainStrings`: `StringBuilder`, validating nothing.\n\n")
        .append("Time per service, and its ratio to Testcontainers':\n\n");
    table(md, scores, "%.2f µs", 1000);
    md.append("\nBytes allocated per service (JMH's GC profiler), and their ratio to Testcontainers':\n\n");
    table(md, allocated, "%,.0f B", 1);
    Double whole = scores.getOrDefault("fksBuildAndGenerate", Map.of()).get(10_000);
    md.append("\nOne build-and-generate of 10,000 services: ")
        .append(whole == null ? "not measured" : String.format(Locale.ROOT, "%.2f s", whole / 1000))
        .append(String.format(Locale.ROOT, "; peak heap %.0f MB (measured outside JMH, after a full GC).%n",
            peakBytes / 1e6));
    return md.toString();
  }

  /**
   * A row per size: each method's figure per service ({@code format} of the score times {@code scale}
   * divided by the services), then each fks method's ratio to Testcontainers'.
   */
  private static void table(StringBuilder md, Map<String, Map<Integer, Double>> figures, String format, double scale) {
    List<String> fks = METHODS.stream().filter(m -> m.startsWith("fks")).toList();
    md.append("| services |");
    METHODS.forEach(m -> md.append(' ').append(m).append(" |"));
    fks.forEach(m -> md.append(' ').append(m).append(" / testcontainers |"));
    md.append("\n|---:|");
    METHODS.forEach(m -> md.append("---:|"));
    fks.forEach(m -> md.append("---:|"));
    md.append('\n');
    for (int services : figures.getOrDefault("testcontainers", Map.of()).keySet()) {
      md.append("| ").append(String.format(Locale.ROOT, "%,d", services)).append(" |");
      for (String m : METHODS) {
        md.append(' ').append(String.format(Locale.ROOT, format, perService(figures, m, services, scale))).append(" |");
      }
      double tc = perService(figures, "testcontainers", services, scale);
      for (String m : fks) {
        md.append(String.format(Locale.ROOT, " %.1fx |", perService(figures, m, services, scale) / tc));
      }
      md.append('\n');
    }
  }

  private static double perService(Map<String, Map<Integer, Double>> figures, String method, int services,
      double scale) {
    return figures.getOrDefault(method, Map.of()).getOrDefault(services, Double.NaN) * scale / services;
  }

  private static String cpus() {
    return Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version().feature();
  }
}
