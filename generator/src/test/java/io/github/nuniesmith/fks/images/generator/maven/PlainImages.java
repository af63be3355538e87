package io.github.nuniesmith.fks.images.generator.maven;

import io.github.nuniesmith.fks.images.dsl.Image;
import io.github.nuniesmith.fks.images.dsl.ImageSet;
import io.github.nuniesmith.fks.images.dsl.ImageSetDefinition;

/**
 * Two images defined stage by stage, without tiers, as a team that moves its own Dockerfiles writes
 * them: an Alpine tools image and a multi-stage Go build. The Go build passes a token as a build
 * argument, a baseline lint error (FKS009) that such Dockerfiles often carry.
 */
public final class PlainImages implements ImageSetDefinition {
  @Override
  public ImageSet imageSet() {
    Image tools = Image.builder("tools", "tools/Dockerfile", PlainImages.class)
        .stage("tools", s -> s.from("alpine:3.22").apk("bash", "curl", "jq").user("65534:65534")
            .cmd("jq", "--version"))
        .build();
    Image server = Image.builder("server", "server/Dockerfile", PlainImages.class)
        .stage("build", s -> s.from("golang:1.24-alpine").arg("GITHUB_TOKEN").workdir("/src")
            .copy(".", ".").run("go build -o /out/server ./cmd/server"))
        .stage("runtime", s -> s.from("gcr.io/distroless/static-debian12:nonroot")
            .copyFrom("build", "/out/server", "/server").user("65532:65532").expose(8080)
            .entrypoint("/server"))
        .build();
    return ImageSet.builder().image(tools).image(server).build();
  }
}
