package io.github.nuniesmith.fks.images.generator.build;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.PackageIndex;
import io.github.nuniesmith.fks.images.dsl.PipInstall;
import io.github.nuniesmith.fks.images.dsl.SourceBuild;
import io.github.nuniesmith.fks.images.dsl.Target;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import io.github.nuniesmith.fks.images.generator.ContentTags;
import io.github.nuniesmith.fks.images.generator.ContextFiles;
import io.github.nuniesmith.fks.images.generator.GeneratedFile;
import io.github.nuniesmith.fks.images.generator.Generator;
import io.github.nuniesmith.fks.images.generator.Wheels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An image set shaped like FKS, built from nothing but Debian and files the test writes: a CPU
 * base with a C library built from a tarball, an ML base on it, a GPU base on that, and services on
 * each tier. Python packages are small wheels the test makes, installed from a wheelhouse.
 */
final class FixtureGraph {
  /** The Python the definitions name; builds replace it with {@link #LOCAL_PYTHON}. */
  static final String DEFAULT_PYTHON = "python:3.11-slim-bookworm";
  /** bookworm's python3 with venv, imported from a root file system made with mmdebstrap. */
  static final String LOCAL_PYTHON = "localhost/fks-fixture/python:3.11-bookworm";
  static final String PYTHON_ARG = "PYTHON_IMAGE";
  static final String USER = "10001:10001";
  static final String NATIVE_LIBRARY = "libfixta.so.0";
  private static final PackageIndex WHEELS = PackageIndex.wheelhouse("wheels");
  static final String TARBALL = "fixta-1.0.0.tar.gz";

  /** A service of the fixture: its tier, port and own package (a wheel of {@code kib} KiB). */
  record ServiceSpec(String name, String tier, int port, String pkg, int kib) {}

  /** Packages of each tier's own layer, with their wheel sizes in KiB. */
  static final Map<String, List<String>> TIER_PACKAGES =
      Map.of("cpu", List.of("fixcpu"), "ml", List.of("fixml"), "gpu", List.of("fixgpu"));
  private static final Map<String, Integer> TIER_KIB = Map.of("fixcpu", 3072, "fixml", 8192, "fixgpu", 16384);

  static final List<ServiceSpec> SERVICES = List.of(
      new ServiceSpec("alpha", "cpu", 18101, "fixalpha", 256),
      new ServiceSpec("delta", "cpu", 18104, "fixdelta", 256),
      new ServiceSpec("beta", "ml", 18102, "fixbeta", 256),
      new ServiceSpec("gamma", "gpu", 18103, "fixgamma", 256));

  /** One build of one target, in dependency order. */
  record Build(String image, Path dockerfile, Path context, String target, List<String> tags) {}

  final ImageSet set;
  final List<Build> builds = new ArrayList<>();
  final Path root;
  final Path tarball;
  final String tarballSha256;

  private FixtureGraph(ImageSet set, Path root, Path tarball, String tarballSha256) {
    this.set = set;
    this.root = root;
    this.tarball = tarball;
    this.tarballSha256 = tarballSha256;
  }

  /** Writes the wheelhouse, the tarball, the generated Dockerfiles and every build context under {@code root}. */
  static FixtureGraph write(Path root) throws IOException, InterruptedException {
    Path wheels = Files.createDirectories(root.resolve("wheels"));
    Wheels.write(wheels, "fixcpu", "1.0", List.of(), TIER_KIB.get("fixcpu") * 1024);
    Wheels.write(wheels, "fixml", "1.0", List.of("fixcpu==1.0"), TIER_KIB.get("fixml") * 1024);
    Wheels.write(wheels, "fixgpu", "1.0", List.of("fixml==1.0"), TIER_KIB.get("fixgpu") * 1024);
    for (ServiceSpec s : SERVICES) {
      for (String version : List.of("1.0", "1.1")) {
        Wheels.write(wheels, s.pkg(), version, List.of(TIER_PACKAGES.get(s.tier()).get(0) + "==1.0"), s.kib() * 1024);
      }
    }
    Path tarball = NativeLibrary.writeTarball(root.resolve("fixta"), TARBALL);

    String sha256 = sha256(tarball);
    FixtureGraph graph = new FixtureGraph(define(sha256), root, tarball, sha256);
    Map<String, Path> tierContexts = new LinkedHashMap<>();
    for (Tier tier : Hierarchy.of(graph.set).tiers()) {
      Path context = graph.context(tier.name(), wheels);
      if (tier.parent().isEmpty()) {
        Files.copy(tarball, context.resolve(TARBALL));
      }
      tierContexts.put(tier.name(), context);
    }
    // The tiers read their wheelhouse and tarball from their contexts: their content tags hash them.
    ContextFiles contexts = ContextFiles.read(tierContexts);
    // bookworm's buildah 1.28 hangs on a second RUN after one with two locked cache mounts.
    Generator generator = new Generator("src/test/java", "the fixture renders it").aptCacheSharing(Mount.Sharing.SHARED);
    ContentTags contentTags = generator.contentTags(graph.set, contexts);
    Path generated = root.resolve("generated");
    for (GeneratedFile file : generator.render(graph.set, contexts)) {
      Path out = generated.resolve(file.path());
      Files.createDirectories(out.getParent());
      Files.writeString(out, file.content());
    }
    for (Tier tier : Hierarchy.of(graph.set).tiers()) {
      Image image = graph.set.image(tier.name()).orElseThrow();
      for (Target target : image.targets()) {
        // Children build FROM the content tag; the human tags are built too, as CI pushes them.
        List<String> tags = new ArrayList<>(List.of(target.moving().toString(), target.pinned().toString()));
        contentTags.of(tier.name(), target).ifPresent(t -> tags.add(t.toString()));
        graph.builds.add(new Build(tier.name(), generated.resolve(tier.dockerfile().value()),
            tierContexts.get(tier.name()), target.stage(), tags));
      }
    }
    for (ServiceSpec s : SERVICES) {
      Path context = graph.context(s.name(), wheels);
      writeRequirement(context, s, "1.0");
      Files.createDirectories(context.resolve("src"));
      Files.writeString(context.resolve("src/__init__.py"), "");
      Files.writeString(context.resolve("src/main.py"), serviceMain(s, ""));
      graph.builds.add(new Build(s.name(), generated.resolve("services/" + s.name() + "/Dockerfile"), context,
          "runtime", List.of(serviceTag(s))));
    }
    return graph;
  }

  /** The tag a service's final image is built as. */
  static String serviceTag(ServiceSpec s) {
    return "localhost/fks-fixture/" + s.name() + ":latest";
  }

  /** The build arguments every build gets: the root's Python replaced by the local one. */
  static Map<String, String> buildArgs() {
    return Map.of(PYTHON_ARG, LOCAL_PYTHON);
  }

  /** The packages a service image must import: its own and every tier's below it. */
  static List<String> packagesOf(ServiceSpec s) {
    List<String> packages = new ArrayList<>(List.of(s.pkg()));
    packages.addAll(tierPackagesOf(s));
    return packages;
  }

  /** The packages of the tiers under a service, nearest tier first. */
  static List<String> tierPackagesOf(ServiceSpec s) {
    List<String> packages = new ArrayList<>();
    for (String tier = s.tier(); tier != null; tier = parentOf(tier)) {
      packages.addAll(TIER_PACKAGES.get(tier));
    }
    return packages;
  }

  /** The tag of the runtime target of a service's tier. */
  static String tierRuntimeTag(ServiceSpec s) {
    return "localhost/fks-fixture/base:" + s.tier() + "-runtime-v1.0.0";
  }

  /** The build context of a service. */
  Path contextOf(ServiceSpec s) {
    return root.resolve("contexts").resolve(s.name());
  }

  static String parentOf(String tier) {
    return switch (tier) {
      case "gpu" -> "ml";
      case "ml" -> "cpu";
      default -> null;
    };
  }

  /** Pins the service's own package to {@code version} in its requirements file. */
  static void writeRequirement(Path context, ServiceSpec s, String version) throws IOException {
    Files.writeString(context.resolve("requirements.txt"), s.pkg() + "==" + version + "\n");
  }

  /** A web server in the standard library that answers GET /health; {@code marker} changes only its source. */
  static String serviceMain(ServiceSpec s, String marker) {
    return "\"\"\"Service " + s.name() + " of the fixture." + marker + "\"\"\"\n"
        + "import sys\n"
        + "from http.server import BaseHTTPRequestHandler, HTTPServer\n\n\n"
        + "class Health(BaseHTTPRequestHandler):\n"
        + "    def do_GET(self):\n"
        + "        self.send_response(200 if self.path == '/health' else 404)\n"
        + "        self.end_headers()\n\n"
        + "    def log_message(self, *args):\n"
        + "        pass\n\n\n"
        + "HTTPServer(('127.0.0.1', int(sys.argv[1])), Health).serve_forever()\n";
  }

  private Path context(String name, Path wheels) throws IOException {
    Path context = Files.createDirectories(root.resolve("contexts").resolve(name));
    Path copy = Files.createDirectories(context.resolve("wheels"));
    try (var files = Files.list(wheels)) {
      for (Path wheel : files.sorted().toList()) {
        Files.createLink(copy.resolve(wheel.getFileName()), wheel);
      }
    }
    return context;
  }

  private static ImageSet define(String fixtaSha256) {
    Tier cpu = Tier.root(TierRole.CPU, "cpu", FixtureGraph.class)
        .python("3.11", DEFAULT_PYTHON)
        .publishAs("localhost/fks-fixture/base:cpu", "1.0.0")
        .buildPackages("pkg-config")
        .runtimePackages("libgomp1")
        .sourceBuild(SourceBuild.tarball("fixta", "1.0.0").contextFile(TARBALL).sha256(fixtaSha256).build())
        .pip(PipInstall.builder("fixcpu==1.0").index(WHEELS).build())
        .build();
    Tier ml = Tier.on(cpu, TierRole.ML, "ml", FixtureGraph.class)
        .publishAs("localhost/fks-fixture/base:ml", "1.0.0")
        .pip(PipInstall.builder("fixml==1.0").index(WHEELS).build())
        .build();
    Tier gpu = Tier.on(ml, TierRole.GPU, "gpu", FixtureGraph.class)
        .publishAs("localhost/fks-fixture/base:gpu", "1.0.0")
        .pip(PipInstall.builder("fixgpu==1.0").index(WHEELS).build())
        .build();
    Map<String, Tier> tiers = Map.of("cpu", cpu, "ml", ml, "gpu", gpu);
    Hierarchy.Builder set = Hierarchy.builder(Strategy.OPTION_1).tier(cpu).tier(ml).tier(gpu);
    for (ServiceSpec s : SERVICES) {
      set.service(Service.builder(s.name(), tiers.get(s.tier()), FixtureGraph.class)
          .port(s.port())
          .command("python", "-m", "src.main", String.valueOf(s.port()))
          .requirements("requirements.txt")
          .index(WHEELS)
          .build());
    }
    return set.build();
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
