package io.github.nuniesmith.fks.images.generator.external;

import java.time.Duration;
import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * hadolint in its official image, through Testcontainers (an optional dependency: this class is only
 * used where it is on the classpath). The image is scratch with only {@code /bin/hadolint}, so the
 * files are copied in before the container starts, and {@code --no-fail} keeps the exit code 0,
 * which the one-shot startup check requires.
 */
final class HadolintContainer implements Hadolint.Backend {
  /**
   * hadolint 2.14.0, the first release that accepts a pip cache mount instead of --no-cache-dir
   * (DL3042). The digest is the one other projects pin for this tag; it was not pulled here.
   */
  static final String IMAGE =
      "hadolint/hadolint:v2.14.0@sha256:27086352fd5e1907ea2b934eb1023f217c5ae087992eb59fde121dce9c9ff21e";

  private final String image;

  private HadolintContainer(String image) {
    this.image = image;
  }

  /** The container backend running {@code image}, where Testcontainers finds Docker. */
  static Optional<Hadolint.Backend> ifDockerAvailable(String image) {
    return DockerClientFactory.instance().isDockerAvailable()
        ? Optional.of(new HadolintContainer(image)) : Optional.empty();
  }

  @Override
  public String lint(String dockerfile, String config) {
    try (GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
        .withCopyToContainer(Transferable.of(dockerfile), "/Dockerfile")
        .withCopyToContainer(Transferable.of(config), "/hadolint.yaml")
        .withCommand("/bin/hadolint", "--config", "/hadolint.yaml", "--no-fail", "-f", "json", "/Dockerfile")
        .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofMinutes(2)))) {
      container.start();
      return container.getLogs(OutputFrame.OutputType.STDOUT);
    }
  }

  @Override
  public String describe() {
    return "container " + image;
  }
}
