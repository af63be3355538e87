package io.github.nuniesmith.fks.images.generator.build;

import io.github.nuniesmith.fks.images.generator.build.Measurement.ServiceRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a {@link Measurement} as {@code measure.md} with a chart, {@code measure.svg}. */
final class MeasureReport {
  private static final double MB = 1_000_000.0;

  private MeasureReport() {}

  static void write(Measurement m, Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("measure.md"), markdown(m));
    Files.writeString(folder.resolve("measure.svg"), svg(m));
  }

  static String markdown(Measurement m) {
    StringBuilder md = new StringBuilder();
    md.append("# Measured: shared bases vs the seed's way (fixture graph)\n\n")
        .append("Builder: ").append(m.builder()).append(". Reproduce: `./mvnw -Pmeasure`. Times are wall-clock seconds")
        .append(" on one machine in one run; apt and pip download caches (cache mounts) were warm for both ways,")
        .append(" the layer cache was empty. \"Ours\" builds a service on its tier images, which were built once")
        .append(" (below); \"seed\" builds each service alone as the seed's snippets do: no shared base, its own")
        .append(" C library and packages, a fresh Python runtime. A service of ours reuses the identical leading")
        .append(" steps (SHELL, creating its empty environment) that an earlier service on the same tier built, as")
        .append(" a builder shared by the graph does. \"From nothing\" adds the cold builds of the service's tiers.")
        .append(" Every buildah run costs 1 to 3 s of fixed work (reading the store, committing), which dominates")
        .append(" the small fixture services.\n\n")
        .append("![build times and sizes](measure.svg)\n\n");

    md.append("## Build times\n\n")
        .append("| service | tier | cold, ours | from nothing, ours | cold, seed | seed / ours | source-only rebuild |")
        .append(" of cold | of from nothing | pip re-ran | requirement rebuild | of cold |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|\n");
    double ours = 0;
    double seed = 0;
    for (ServiceRow r : m.services()) {
      ours += r.coldOurs();
      seed += r.coldSeed();
      md.append(row(r.name(), r.tier(), s(r.coldOurs()), s(r.coldWithBases()), s(r.coldSeed()),
          x(r.coldSeed() / r.coldOurs()), s(r.sourceRebuild()), pct(r.sourceRebuild() / r.coldOurs()),
          pct(r.sourceRebuild() / r.coldWithBases()), r.pipReran() ? "yes" : "no", s(r.requirementRebuild()),
          pct(r.requirementRebuild() / r.coldOurs())));
    }
    double bases = m.bases().stream().mapToDouble(Measurement.Base::coldSeconds).sum();
    md.append("\nAll services: ours ").append(s(ours)).append(" s, seed ").append(s(seed)).append(" s (")
        .append(x(seed / ours)).append("). With the one-time base builds (").append(s(bases))
        .append(" s) ours is ").append(s(ours + bases)).append(" s: ").append(x(seed / (ours + bases)))
        .append(" faster for this graph, and the bases are built once for every later service build.\n\n")
        .append("| base target | cold build | image size |\n|---|---:|---:|\n");
    for (Measurement.Base b : m.bases()) {
      md.append(row("`" + b.tag() + "`", s(b.coldSeconds()) + " s", mb(b.bytes())));
    }

    md.append("\n## Image sizes (uncompressed layers)\n\n")
        .append("| service | size, ours | size, seed | unique, ours | unique, seed | added over its tier's runtime |")
        .append(" own packages + code | overhead | tier layers reused |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
    long sizeOurs = 0;
    long sizeSeed = 0;
    for (ServiceRow r : m.services()) {
      sizeOurs += r.bytesOurs();
      sizeSeed += r.bytesSeed();
      md.append(row(r.name(), mb(r.bytesOurs()), mb(r.bytesSeed()), mb(r.uniqueOurs()), mb(r.uniqueSeed()),
          mb(r.addedOverTier()), mb(r.ownBytes()), kb(r.addedOverTier() - r.ownBytes()),
          r.tierLayersReused() ? "yes" : "no"));
    }
    md.append("\nSummed image sizes: ours ").append(mb(sizeOurs)).append(", seed ").append(mb(sizeSeed))
        .append(". Stored once per layer (a registry or a host with all services): ours ")
        .append(mb(m.distinctOurs())).append(" (").append(mb(m.sharedOurs())).append(" shared by two or more")
        .append(" services), seed ").append(mb(m.distinctSeed())).append(" (").append(mb(m.sharedSeed()))
        .append(" shared): the seed's way stores ").append(x((double) m.distinctSeed() / m.distinctOurs()))
        .append(" as much. Own packages + code is `du -sb`, which counts 4 KiB per folder; a negative overhead")
        .append(" means the layers hold nothing beyond those files.\n\n");

    md.append("## Against the targets\n\n");
    boolean fast = m.services().stream().allMatch(r -> r.sourceRebuild() < 0.2 * r.coldWithBases() && !r.pipReran());
    boolean fastOwn = m.services().stream().allMatch(r -> r.sourceRebuild() < 0.2 * r.coldOurs());
    boolean lean = m.services().stream().allMatch(r -> r.addedOverTier() - r.ownBytes() < 1_000_000);
    boolean reused = m.services().stream().allMatch(ServiceRow::tierLayersReused);
    md.append("- Source-only change rebuilds a service in under 20% of its cold time (from nothing) with every base")
        .append(" layer reused: ").append(fast && reused ? "**met**" : "**not met**").append(" (")
        .append(range(m.services().stream().mapToDouble(r -> r.sourceRebuild() / r.coldWithBases()).toArray()))
        .append(" of the cold build from nothing; pip ")
        .append(m.services().stream().anyMatch(ServiceRow::pipReran) ? "re-ran for some" : "did not re-run")
        .append("; every tier runtime layer is ")
        .append(reused ? "the bottom of the service image" : "NOT the bottom of every service image")
        .append("). Against the service's own cold step alone: ").append(fastOwn ? "**met**" : "**not met**")
        .append(" (").append(range(m.services().stream().mapToDouble(r -> r.sourceRebuild() / r.coldOurs()).toArray()))
        .append("), because that step is already only buildah's fixed cost plus one small install.\n")
        .append("- A service adds at most its own packages and code plus under 1 MB over its tier's runtime: ")
        .append(lean ? "**met**" : "**not met**").append(" (overhead ")
        .append(range(m.services().stream().mapToDouble(r -> r.addedOverTier() - r.ownBytes()).toArray(), "bytes"))
        .append(").\n")
        .append("- Total size of the services smaller than the seed's way: stored once per layer (disk, registry) ")
        .append(m.distinctOurs() < m.distinctSeed() ? "**met**" : "**not met**").append(", the seed's way is ")
        .append(x((double) m.distinctSeed() / m.distinctOurs())).append(" as large; the plain sum of image sizes is ")
        .append(x((double) sizeSeed / sizeOurs))
        .append(" (each image holds the same files either way; only sharing differs).\n");
    return md.toString();
  }

  /** Two bar panels: cold build and rebuild times, and image sizes, per service. */
  static String svg(Measurement m) {
    List<ServiceRow> rows = m.services();
    int rowHeight = 46;
    int panel = 40 + rows.size() * rowHeight;
    int width = 760;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(2 * panel + 40).append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    double maxTime = rows.stream().mapToDouble(r -> Math.max(r.coldOurs(), r.coldSeed())).max().orElse(1);
    double maxSize = rows.stream().mapToDouble(r -> Math.max(r.bytesOurs(), r.bytesSeed())).max().orElse(1);
    panel(svg, 0, "Build time: ours cold (blue), seed cold (red), ours after a source-only change (green)", rows, maxTime,
        List.of("#1f77b4", "#d62728", "#2ca02c"), r -> new double[] {r.coldOurs(), r.coldSeed(), r.sourceRebuild()},
        v -> s(v) + " s", rowHeight);
    panel(svg, panel + 20, "Image size: ours (blue), seed (red)", rows, maxSize,
        List.of("#1f77b4", "#d62728"), r -> new double[] {r.bytesOurs(), r.bytesSeed()}, v -> mb((long) v),
        rowHeight);
    return svg.append("</svg>\n").toString();
  }

  private static void panel(StringBuilder svg, int top, String title, List<ServiceRow> rows, double max,
      List<String> colours, java.util.function.Function<ServiceRow, double[]> values,
      java.util.function.DoubleFunction<String> label, int rowHeight) {
    svg.append("<text x=\"10\" y=\"").append(top + 20).append("\" font-weight=\"bold\">").append(title)
        .append("</text>\n");
    int barWidth = 520;
    for (int i = 0; i < rows.size(); i++) {
      ServiceRow r = rows.get(i);
      int y = top + 34 + i * rowHeight;
      svg.append("<text x=\"10\" y=\"").append(y + 14).append("\">").append(r.name()).append(" (")
          .append(r.tier()).append(")</text>\n");
      double[] v = values.apply(r);
      int barHeight = (rowHeight - 6) / v.length;
      for (int j = 0; j < v.length; j++) {
        int w = (int) Math.max(1, Math.round(barWidth * v[j] / max));
        int by = y + j * barHeight;
        svg.append("<rect x=\"110\" y=\"").append(by).append("\" width=\"").append(w).append("\" height=\"")
            .append(barHeight - 2).append("\" fill=\"").append(colours.get(j)).append("\"/>\n")
            .append("<text x=\"").append(114 + w).append("\" y=\"").append(by + barHeight - 4).append("\">")
            .append(label.apply(v[j])).append("</text>\n");
      }
    }
  }

  /** One Markdown table row. */
  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  private static String range(double[] values) {
    double lo = java.util.Arrays.stream(values).min().orElse(0);
    double hi = java.util.Arrays.stream(values).max().orElse(0);
    return pct(lo) + " to " + pct(hi);
  }

  private static String range(double[] values, String unit) {
    long lo = (long) java.util.Arrays.stream(values).min().orElse(0);
    long hi = (long) java.util.Arrays.stream(values).max().orElse(0);
    return lo + " to " + hi + " " + unit;
  }

  private static String s(double seconds) {
    return String.format(Locale.ROOT, "%.1f", seconds);
  }

  private static String x(double ratio) {
    return String.format(Locale.ROOT, "%.2f×", ratio);
  }

  private static String pct(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / MB);
  }

  private static String kb(long bytes) {
    return String.format(Locale.ROOT, "%.1f kB", bytes / 1000.0);
  }
}
