package io.github.nuniesmith.fks.images.generator;

import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.blocks.Hierarchy;
import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Strategy;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import io.github.nuniesmith.fks.images.dsl.blocks.TierRole;

/** Small hierarchies for the graph, workflow, bake and IMAGES.md tests: three tiers, a service on each. */
final class Hierarchies {
  static final Generator GENERATOR = new Generator("src/test/java", Golden.UPDATE_COMMAND);

  private Hierarchies() {}

  /** cpu, ml on cpu, gpu on ml; app on cpu, ai on ml, train on gpu; published in {@code repository}. */
  static ImageSet threeTiers(Strategy strategy, String repository) {
    Tier cpu = Tier.root(TierRole.CPU, "cpu", Hierarchies.class)
        .python("3.12", "python:3.12-slim-trixie")
        .publishAs(repository + ":base", "1.0.0")
        .buildPackages("build-essential")
        .runtimePackages("libopenblas0")
        .pip("pip==25.2")
        .build();
    Tier ml = Tier.on(cpu, TierRole.ML, "ml", Hierarchies.class)
        .publishAs(repository + ":base-ml", "1.1.0")
        .pip("langchain>=0.3.0", "TA-Lib==0.5.1; python_version >= \"3.12\"")
        .build();
    Tier gpu = Tier.on(ml, TierRole.GPU, "gpu", Hierarchies.class)
        .publishAs(repository + ":base-gpu", "1.2.0")
        .pip("transformers==4.56.0")
        .build();
    return Hierarchy.builder(strategy).tier(cpu).tier(ml).tier(gpu)
        .service(service("app", cpu, 8000))
        .service(service("ai", ml, 8001))
        .service(service("train", gpu, 8002))
        .build();
  }

  /** {@link #threeTiers} on Docker Hub, under Option 1. */
  static ImageSet threeTiers() {
    return threeTiers(Strategy.OPTION_1, "example/fks");
  }

  /** One CPU tier with {@code count} services on it, {@code svc0001} and up: a set at scale. */
  static ImageSet oneTierWith(int count) {
    Tier cpu = Tier.root(TierRole.CPU, "cpu", Hierarchies.class)
        .python("3.12", "python:3.12-slim-trixie")
        .publishAs("example/fks:base", "1.0.0")
        .pip("pip==25.2")
        .build();
    Hierarchy.Builder set = Hierarchy.builder(Strategy.OPTION_1).tier(cpu);
    for (int i = 1; i <= count; i++) {
      set.service(service(String.format(java.util.Locale.ROOT, "svc%04d", i), cpu, 8000 + i));
    }
    return set.build();
  }

  private static Service service(String name, Tier tier, int port) {
    return Service.builder(name, tier, Hierarchies.class).port(port).command("python", "-m", name).build();
  }
}
