package io.github.nuniesmith.fks.images.generator.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.generator.build.Buildah.Layer;
import io.github.nuniesmith.fks.images.generator.build.FixtureGraph.Build;
import io.github.nuniesmith.fks.images.generator.build.FixtureGraph.ServiceSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The measure run: builds the fixture graph cold in an empty store, rebuilds each service after a
 * source-only change and after a requirement change, builds the same services the seed's way, and
 * writes the report to the folder named by {@code -Dfks.measure=...}. Run by {@code ./mvnw -Pmeasure}.
 */
@EnabledIfSystemProperty(named = "fks.measure", matches = ".+")
class MeasureRun {
  @Test
  void measureTheFixtureGraphBothWays() throws Exception {
    String unavailable = BuildCache.unavailable();
    assertThat(unavailable).as("the measure run needs buildah").isEmpty();
    Path out = Path.of(System.getProperty("fks.measure"));
    BuildCache cache = BuildCache.openEmpty("measure-store");
    Buildah buildah = cache.buildah;
    FixtureGraph graph = FixtureGraph.write(cache.work("measure"));
    Path oci = graph.root.resolve("oci");
    Map<String, String> args = FixtureGraph.buildArgs();

    List<Measurement.Base> bases = new ArrayList<>();
    Map<String, Double> coldOurs = new LinkedHashMap<>();
    for (Build build : graph.builds) {
      boolean service = FixtureGraph.SERVICES.stream().anyMatch(s -> s.name().equals(build.image()));
      // With the layer cache on, as a builder shared by the graph runs; --no-cache would leave two copies of
      // steps that children of one tier share (SHELL), and the rebuilds below would miss the service's own.
      double seconds = buildah.build(build.dockerfile(), build.context(), build.target(), build.tags(), args, false)
          .seconds();
      if (service) {
        coldOurs.put(build.image(), seconds);
      } else {
        String tag = build.tags().get(1);
        bases.add(new Measurement.Base(tag, seconds, sum(buildah.layers(tag, oci, tag.replaceAll("[^a-z0-9.-]", "-")))));
      }
    }

    Map<String, List<Layer>> ours = new LinkedHashMap<>();
    Map<String, Long> own = new LinkedHashMap<>();
    Map<String, Boolean> prefix = new LinkedHashMap<>();
    Map<String, Long> added = new LinkedHashMap<>();
    for (ServiceSpec s : FixtureGraph.SERVICES) {
      List<Layer> layers = buildah.layers(FixtureGraph.serviceTag(s), oci, "ours-" + s.name());
      List<Layer> tier = buildah.layers(FixtureGraph.tierRuntimeTag(s), oci, "tier-" + s.tier());
      ours.put(s.name(), layers);
      prefix.put(s.name(), layers.size() >= tier.size() && layers.subList(0, tier.size()).equals(tier));
      added.put(s.name(), sum(layers) - sum(tier));
      own.put(s.name(), ownBytes(buildah, FixtureGraph.serviceTag(s)));
    }

    Map<String, double[]> rebuilds = new LinkedHashMap<>();
    Map<String, Boolean> pipReran = new LinkedHashMap<>();
    for (ServiceSpec s : FixtureGraph.SERVICES) {
      Build build = serviceBuild(graph, s);
      Path context = graph.contextOf(s);
      Files.writeString(context.resolve("src/main.py"), FixtureGraph.serviceMain(s, " Changed."));
      Buildah.Result source = buildah.build(build.dockerfile(), context, "runtime", build.tags(), args, false);
      pipReran.put(s.name(), source.output().contains("Successfully installed"));
      FixtureGraph.writeRequirement(context, s, "1.1");
      Buildah.Result requirement = buildah.build(build.dockerfile(), context, "runtime", build.tags(), args, false);
      assertThat(requirement.output()).contains("Successfully installed " + s.pkg() + "-1.1");
      rebuilds.put(s.name(), new double[] {source.seconds(), requirement.seconds()});
      // Back to the measured state, so that the seed's way builds the same service.
      Files.writeString(context.resolve("src/main.py"), FixtureGraph.serviceMain(s, ""));
      FixtureGraph.writeRequirement(context, s, "1.0");
    }

    Map<String, Double> coldSeed = new LinkedHashMap<>();
    Map<String, List<Layer>> seed = new LinkedHashMap<>();
    for (ServiceSpec s : FixtureGraph.SERVICES) {
      Path context = graph.contextOf(s);
      Files.copy(graph.tarball, context.resolve(FixtureGraph.TARBALL));
      Path dockerfile = graph.root.resolve("seed").resolve(s.name() + ".Dockerfile");
      Files.createDirectories(dockerfile.getParent());
      List<String> lowestFirst = new ArrayList<>(FixtureGraph.tierPackagesOf(s));
      java.util.Collections.reverse(lowestFirst);
      Files.writeString(dockerfile, SeedWay.dockerfile(s, lowestFirst, FixtureGraph.TARBALL, graph.tarballSha256));
      String tag = "localhost/fks-fixture/seed-" + s.name() + ":latest";
      coldSeed.put(s.name(), buildah.build(dockerfile, context, "", List.of(tag), args, true).seconds());
      seed.put(s.name(), buildah.layers(tag, oci, "seed-" + s.name()));
    }

    Map<String, Double> baseSeconds = new LinkedHashMap<>();
    bases.forEach(b -> baseSeconds.put(b.tag(), b.coldSeconds()));
    List<Measurement.ServiceRow> rows = new ArrayList<>();
    for (ServiceSpec s : FixtureGraph.SERVICES) {
      double withBases = coldOurs.get(s.name());
      for (String tier = s.tier(); tier != null; tier = FixtureGraph.parentOf(tier)) {
        withBases += baseSeconds.get("localhost/fks-fixture/base:" + tier + "-v1.0.0")
            + baseSeconds.get("localhost/fks-fixture/base:" + tier + "-runtime-v1.0.0");
      }
      rows.add(new Measurement.ServiceRow(s.name(), s.tier(), coldOurs.get(s.name()), withBases, coldSeed.get(s.name()),
          rebuilds.get(s.name())[0], pipReran.get(s.name()), rebuilds.get(s.name())[1],
          sum(ours.get(s.name())), sum(seed.get(s.name())), unique(ours, s.name()), unique(seed, s.name()),
          added.get(s.name()), own.get(s.name()), prefix.get(s.name())));
    }
    Measurement m = new Measurement("buildah " + buildah.run("--version").output().strip().split(" ")[2]
        + " (overlay, chroot isolation)", bases, rows, distinct(ours), distinct(seed), shared(ours), shared(seed));
    MeasureReport.write(m, out);
    BuildCache.delete(graph.root);
  }

  private static Build serviceBuild(FixtureGraph graph, ServiceSpec s) {
    return graph.builds.stream().filter(b -> b.image().equals(s.name())).findFirst().orElseThrow();
  }

  /** Bytes of the service's own environment and code, as the files lie in the image. */
  private static long ownBytes(Buildah buildah, String image) {
    String container = buildah.from(image);
    try {
      String out = buildah.run("run", "--isolation", "chroot", container, "--", "du", "-sbc", "/opt/fks/service",
          "/app").output();
      return Long.parseLong(out.lines().filter(l -> l.endsWith("total")).findFirst().orElseThrow().split("\\s+")[0]);
    } finally {
      buildah.remove(container);
    }
  }

  static long sum(List<Layer> layers) {
    return layers.stream().mapToLong(Layer::bytes).sum();
  }

  private static long unique(Map<String, List<Layer>> images, String name) {
    return images.get(name).stream().distinct()
        .filter(l -> images.entrySet().stream().noneMatch(e -> !e.getKey().equals(name) && e.getValue().contains(l)))
        .mapToLong(Layer::bytes).sum();
  }

  private static long distinct(Map<String, List<Layer>> images) {
    return images.values().stream().flatMap(List::stream).distinct().mapToLong(Layer::bytes).sum();
  }

  private static long shared(Map<String, List<Layer>> images) {
    return images.values().stream().flatMap(List::stream).distinct()
        .filter(l -> images.values().stream().filter(v -> v.contains(l)).count() > 1)
        .mapToLong(Layer::bytes).sum();
  }
}
