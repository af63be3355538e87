package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextReadsTest {
  @Test
  void copyAndAddReadTheirSourcesFromTheContextUnlessFromElsewhere() {
    assertThat(ContextReads.of("""
        # syntax=docker/dockerfile:1.6
        FROM python:3.12 AS build
        COPY requirements.txt /app/
        COPY --chown=app --chmod=644 src lib /app/
        COPY ["with space.txt", "b", "/app/"]
        COPY --from=build /opt/venv /opt/venv
        ADD --checksum=sha256:9ff41efcb1c011a4b4b6dfc91610b06e39b1d7973ed5d4dee55029a0ac4dc651 https://example.org/a.tar.gz /tmp/
        ADD git@github.com:example/repo.git /src
        ADD vendor/lib.tar.gz /opt/
        COPY <<EOF /etc/motd
        hello
        EOF
        """)).containsExactly("requirements.txt", "src", "lib", "with space.txt", "b", "vendor/lib.tar.gz");
  }

  @Test
  void aBindMountWithoutFromReadsItsSourceOrTheWholeContext() {
    assertThat(ContextReads.of("""
        FROM python:3.12
        RUN --mount=type=bind,source=wheels,target=/tmp/fks-wheelhouse \\
            --mount=type=cache,id=pip,target=/root/.cache/pip \\
            pip install --no-index --find-links /tmp/fks-wheelhouse fixcpu==1.0
        RUN --mount=type=bind,target=/ctx ls /ctx
        RUN --mount=type=bind,from=build,source=/opt,target=/opt ls /opt
        RUN --mount=type=secret,id=token cat /run/secrets/token
        """)).containsExactly("wheels", ".");
  }
}
