package io.github.nuniesmith.fks.images.fks;

import io.github.nuniesmith.fks.images.dsl.Service;
import io.github.nuniesmith.fks.images.dsl.Tier;
import java.util.ArrayList;
import java.util.List;

/**
 * The 13 FKS services. Each one's build context holds {@code requirements.txt} and {@code src/};
 * each serves HTTP with uvicorn on its own port and answers {@code GET /health}.
 */
public final class FksServices {
  /** CPU services, on the CPU base. */
  static final List<String> CPU = List.of(
      "app", "data", "api", "web", "auth", "execution", "meta", "monitor", "portfolio", "ninja");
  /** ML services, on the ML base. */
  static final List<String> ML = List.of("ai", "analyze");
  /** GPU services, on the GPU base. */
  static final List<String> GPU = List.of("training");
  private static final int FIRST_PORT = 8000;

  private FksServices() {}

  /** Every service, in the order above, with ports 8000 upwards. */
  public static List<Service> all() {
    List<Service> services = new ArrayList<>();
    CPU.forEach(name -> services.add(service(name, CpuBase.TIER, FIRST_PORT + services.size())));
    ML.forEach(name -> services.add(service(name, MlBase.TIER, FIRST_PORT + services.size())));
    GPU.forEach(name -> services.add(service(name, GpuBase.TIER, FIRST_PORT + services.size())));
    return services;
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
