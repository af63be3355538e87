package io.github.nuniesmith.fks.images.generator.bench;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.Mount;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import org.testcontainers.images.builder.dockerfile.DockerfileBuilder;

/**
 * The workload of the benchmark: one CPU tier and {@code n} services, each with one runtime package,
 * a port, a command and a label; and the closest file Testcontainers' {@code DockerfileBuilder} and
 * plain string building can write for one such service (two stages, a pip install with a cache mount
 * as a raw RUN, COPY, LABEL, USER, EXPOSE, CMD).
 */
final class ServiceShape {
  static final String BASE = "nuniesmith/fks:docker-v1.0.0";

  private ServiceShape() {}

  /** The set of {@code n} services on one CPU tier, built and validated. */
  static ImageSet set(int n) {
    Tier cpu = Tier.root(TierRole.CPU, "cpu", ServiceShape.class)
        .python("3.12", "python:3.12-slim-trixie")
        .publishAs("nuniesmith/fks:docker", "1.0.0")
        .build();
    Hierarchy.Builder set = Hierarchy.builder(Strategy.OPTION_1).tier(cpu);
    for (int i = 0; i < n; i++) {
      set.service(Service.builder(name(i), cpu, ServiceShape.class)
          .runtimePackages("libpq5")
          .port(port(i))
          .command("python", "-m", "app")
          .label("org.example.team", "team" + (i % 10))
          .build());
    }
    return set.build();
  }

  /**
   * The set of {@code n} images, each the file {@link #testcontainers} writes, as the core model (no
   * blocks) writes it, built and validated: the same instructions, so per file the same output.
   */
  static ImageSet sameFiles(int n) {
    ImageSet.Builder set = ImageSet.builder();
    for (int i = 0; i < n; i++) {
      int service = i;
      set.image(Image.builder(name(i), "services/" + name(i) + "/Dockerfile", ServiceShape.class)
          .stage("builder", s -> s.from(BASE).run(r -> r.mount(Mount.cache("/root/.cache/pip"))
              .shell("python -m pip install --prefix=/install -r requirements.txt")))
          .stage("runtime", s -> s.from(BASE)
              .run("apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*")
              .copyFrom("builder", "/install", "/usr/local")
              .copy("src", "/app/src")
              .label("org.example.team", "team" + service % 10)
              .user("10001:10001")
              .expose(port(service))
              .cmd("python", "-m", "app"))
          .build());
    }
    return set.build();
  }

  /** Service {@code i}'s Dockerfile as Testcontainers' builder writes it. */
  static String testcontainers(int i) {
    return new DockerfileBuilder()
        .from(BASE)
        .run("--mount=type=cache,id=pip,target=/root/.cache/pip python -m pip install --prefix=/install"
            + " -r requirements.txt")
        .from(BASE)
        .run("apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*")
        .copy("src", "/app/src")
        .label("org.example.team", "team" + (i % 10))
        .user("10001:10001")
        .expose(port(i))
        .cmd("python", "-m", "app")
        .build();
  }

  /** Service {@code i}'s Dockerfile as plain string building writes it, validating nothing. */
  static String plain(int i) {
    return new StringBuilder(512)
        .append("FROM ").append(BASE).append(" AS builder\n")
        .append("RUN --mount=type=cache,id=pip,target=/root/.cache/pip python -m pip install --prefix=/install")
        .append(" -r requirements.txt\n")
        .append("FROM ").append(BASE).append(" AS runtime\n")
        .append("RUN apt-get update && apt-get install -y --no-install-recommends libpq5")
        .append(" && rm -rf /var/lib/apt/lists/*\n")
        .append("COPY --from=builder /install /usr/local\n")
        .append("COPY src /app/src\n")
        .append("LABEL org.example.team=\"team").append(i % 10).append("\"\n")
        .append("USER 10001:10001\n")
        .append("EXPOSE ").append(port(i)).append('\n')
        .append("CMD [\"python\", \"-m\", \"app\"]\n")
        .toString();
  }

  private static String name(int i) {
    return "svc" + i;
  }

  private static int port(int i) {
    return 10_000 + i % 50_000;
  }
}
