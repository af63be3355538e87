package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nuniesmith.fks.images.dsl.From;
import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;
import io.github.nuniesmith.fks.images.generator.lint.LintPolicy;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * Building, rendering and linting grow linearly: doubling the input less than triples the work,
 * counted as the bytes the thread allocates (repeatable where wall-clock time is not). A quadratic
 * step would quadruple it.
 */
class ScaleTest {
  /** One thread: the bytes this thread allocates are then the whole work's. */
  private static final Generator GENERATOR = new Generator("src/test/java", "regenerate");

  /** Bytes {@code work} allocates at {@code n} and at {@code 2n}, after a run at n to load classes. */
  private static double growth(int n, IntConsumer work) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    work.accept(n);
    long start = threads.getCurrentThreadAllocatedBytes();
    work.accept(n);
    long once = threads.getCurrentThreadAllocatedBytes() - start;
    start = threads.getCurrentThreadAllocatedBytes();
    work.accept(2 * n);
    long twice = threads.getCurrentThreadAllocatedBytes() - start;
    return (double) twice / once;
  }

  private static void generate(ImageSet set) {
    Generation.of(set, GENERATOR, RepositoryLayout.DEFAULT, LintPolicy.DEFAULT);
  }

  @Test
  void aChainOfStagesEachFromThePreviousOne() {
    assertThat(growth(800, n -> {
      Image.Builder image = Image.builder("app", "Dockerfile", ScaleTest.class);
      image.stage("s0", s -> s.from("python:3.12-slim-trixie").user("10001:10001"));
      for (int i = 1; i < n; i++) {
        String previous = "s" + (i - 1);
        image.stage("s" + i, s -> s.from(new From.Previous(previous)).env("A", "v"));
      }
      generate(Hierarchy.builder(Strategy.OPTION_1).image(image.build()).build());
    })).isLessThan(3);
  }

  @Test
  void aSetOfManyImages() {
    assertThat(growth(500, n -> {
      Hierarchy.Builder set = Hierarchy.builder(Strategy.OPTION_1);
      for (int i = 0; i < n; i++) {
        set.image(Image.builder("app" + i, "apps/app" + i + "/Dockerfile", ScaleTest.class)
            .stage("run", s -> s.from("python:3.12-slim-trixie").user("10001:10001")).build());
      }
      generate(set.build());
    })).isLessThan(3);
  }

  @Test
  void aTierWithManyServices() {
    // The benchmark's shape (issue 14): the workflow's matrices, the bake groups and IMAGES.md grow with it.
    assertThat(growth(300, n -> {
      Tier cpu = Tier.root(TierRole.CPU, "cpu", ScaleTest.class).python("3.12", "python:3.12-slim-trixie")
          .publishAs("nuniesmith/fks:docker", "1.0.0").build();
      Hierarchy.Builder set = Hierarchy.builder(Strategy.OPTION_1).tier(cpu);
      for (int i = 0; i < n; i++) {
        set.service(Service.builder("svc" + i, cpu, ScaleTest.class).runtimePackages("libpq5").port(10_000 + i)
            .command("python", "-m", "app").label("org.example.team", "team" + i % 10).build());
      }
      generate(set.build());
    })).isLessThan(3);
  }

  @Test
  void longTextValues() {
    assertThat(growth(16_000, n -> generate(Hierarchy.builder(Strategy.OPTION_1)
        .image(Image.builder("app", "Dockerfile", ScaleTest.class).stage("run", s -> s.from("python:3.12-slim-trixie").parentEnv("HOME")
            .env("NOTE", "x".repeat(n)).labels(Map.of("org.example.note", "${HOME}".repeat(n / 8)))
            .copy("a/".repeat(n / 2) + "b", "/app/")).build()).build()))).isLessThan(3);
  }
}
