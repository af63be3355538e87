package io.github.nuniesmith.fks.images.fks;

import io.github.nuniesmith.fks.images.dsl.blocks.Service;
import io.github.nuniesmith.fks.images.dsl.blocks.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * The FKS services. Each one's build context, {@code services/<name>/}, holds its code in {@code
 * src/}; each serves HTTP with uvicorn (a pin of {@code services.txt}) on its own port and answers
 * {@code GET /health}. Ports are written out, so that adding or removing a service never moves
 * another one. A service's own packages go in its line: {@code .pip(...)}, {@code .buildPackages(...)}
 * and {@code .runtimePackages(...)}, or {@code .requirements("requirements.txt")} for a file in its
 * context.
 */
public final class FksServices {
  /** The app a new context starts with: answers GET /health with the standard library only. */
  private static final String STARTER_APP = resource("starter-main.py");

  private FksServices() {}

  /**
   * Every service: CPU services on the CPU base, ML services on the ML base, GPU on the GPU base.
   * A service's own packages follow its port, e.g. {@code service("risk", CpuBase.TIER, 8013)
   * .pip(Pins.Services.SCIPY).runtimePackages("libgomp1")}.
   */
  public static List<Service> all() {
    return Stream.of(
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
        service("training", GpuBase.TIER, 8012))
        .map(Service.Builder::build)
        .toList();
  }

  /** What every FKS service has: uvicorn serving {@code src.main:app} on {@code port}, and the starter app. */
  static Service.Builder service(String name, Tier tier, int port) {
    return Service.builder(name, tier, FksServices.class)
        .port(port)
        .pip(Pins.Services.UVICORN)
        .command("python", "-m", "uvicorn", "src.main:app", "--host", "0.0.0.0", "--port", Integer.toString(port))
        .starterFile("src/main.py", STARTER_APP)
        .label("org.opencontainers.image.source", Fks.SOURCE)
        .label("org.opencontainers.image.version", Fks.VERSION);
  }

  private static String resource(String name) {
    try (InputStream in = FksServices.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing beside FksServices.class");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
