package io.github.nuniesmith.fks.images.generator.build;

import io.github.nuniesmith.fks.images.generator.build.FixtureGraph.ServiceSpec;
import java.util.List;

/**
 * The baseline: a service built the way the seed document's hand-written snippets do, with no
 * shared base. Each service's builder installs the apt packages, builds the C library and installs
 * every package of its tiers and its own; its runtime is a fresh Python image plus what it copies.
 * Debian's python3 refuses {@code pip install --user} (PEP 668), so one virtual environment stands
 * in for {@code ~/.local}: the same files, copied the same way. apt caches are shared, not locked, as
 * the fixture renders them for buildah 1.28.
 */
final class SeedWay {
  private SeedWay() {}

  /** The seed-style Dockerfile of {@code s}, whose tiers' packages are {@code tierPackages}, lowest first. */
  static String dockerfile(ServiceSpec s, List<String> tierPackages, String tarball, String sha256) {
    StringBuilder pins = new StringBuilder();
    tierPackages.forEach(p -> pins.append(" '").append(p).append("==1.0'"));
    return """
        ARG PYTHON_IMAGE=%1$s
        FROM ${PYTHON_IMAGE} AS builder
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN --mount=type=cache,id=apt-cache,target=/var/cache/apt \\
            --mount=type=cache,id=apt-lists,target=/var/lib/apt \\
            rm -f /etc/apt/apt.conf.d/docker-clean \\
         && apt-get update \\
         && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends build-essential libgomp1 pkg-config
        COPY %2$s /tmp/%2$s
        WORKDIR /tmp/fixta
        RUN echo '%3$s  /tmp/%2$s' | sha256sum --check --strict - \\
         && tar -xzf /tmp/%2$s --strip-components=1 && ./configure --prefix=/usr/local && make && make install
        RUN python -m venv /opt/venv
        ENV PATH="/opt/venv/bin:${PATH}"
        RUN --mount=type=cache,id=pip,target=/root/.cache/pip --mount=type=bind,source=wheels,target=/tmp/wheels \\
            python -m pip install --no-index --find-links /tmp/wheels%4$s
        WORKDIR /app
        COPY requirements.txt ./
        RUN --mount=type=cache,id=pip,target=/root/.cache/pip --mount=type=bind,source=wheels,target=/tmp/wheels \\
            python -m pip install --no-index --find-links /tmp/wheels -r requirements.txt

        FROM ${PYTHON_IMAGE}
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN --mount=type=cache,id=apt-cache,target=/var/cache/apt \\
            --mount=type=cache,id=apt-lists,target=/var/lib/apt \\
            rm -f /etc/apt/apt.conf.d/docker-clean \\
         && apt-get update \\
         && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libgomp1
        COPY --from=builder /usr/local/lib/ /usr/local/lib/
        RUN ldconfig && groupadd --system --gid 10001 app \\
         && useradd --system --no-log-init --uid 10001 --gid 10001 --create-home --shell /usr/sbin/nologin app
        COPY --from=builder /opt/venv /opt/venv
        ENV PATH="/opt/venv/bin:${PATH}"
        WORKDIR /app
        COPY src /app/src
        USER 10001:10001
        CMD ["python", "-m", "src.main", "%5$d"]
        """.formatted(FixtureGraph.DEFAULT_PYTHON, tarball, sha256, pins, s.port());
  }
}
