package io.github.nuniesmith.fks.images.fks;

import io.github.nuniesmith.fks.images.dsl.Service;
import io.github.nuniesmith.fks.images.dsl.Tier;
import java.util.List;

/**
 * The 13 FKS services. Each one's build context holds {@code requirements.txt} and {@code src/};
 * each serves HTTP with uvicorn on its own port and answers {@code GET /health}. Ports are written
 * out, so that adding or removing a service never moves another one.
 */
public final class FksServices {
  private FksServices() {}

  /** Every service: CPU services on the CPU base, ML services on the ML base, GPU on the GPU base. */
  public static List<Service> all() {
    return List.of(
        service("app", CpuBase.TIER, 8000),
        service("data", CpuBase.TIER, 8001),
        service("api", CpuBase.TIER, 8002),
        service("web", CpuBase.TIER, 8003),
        service("auth", CpuBase.TIER, 8004),
        service("execution", CpuBase.TIER, 8005),
        service("meta", CpuBase.TIER, 8006),
        service("monitor", CpuBase.TIER, 8007),
        service("portfolio", CpuBase.TIER, 8008),
        service("ninja", CpuBase.TIER, 8009),
        service("ai", MlBase.TIER, 8010),
        service("analyze", MlBase.TIER, 8011),
        service("training", GpuBase.TIER, 8012));
  }

  private static Service service(String name, Tier tier, int port) {
    return Service.builder(name, tier, FksServices.class)
        .port(port)
        .command("python", "-m", "uvicorn", "src.main:app", "--host", "0.0.0.0", "--port", Integer.toString(port))
        .label("org.opencontainers.image.source", Fks.SOURCE)
        .label("org.opencontainers.image.version", Fks.VERSION)
        .build();
  }
}
