# Red Hat UBI with dnf: install with --setopt flags and a dnf cache mount, dnf clean all, a numeric
# user as UBI images expect, LABEL keys of the Red Hat convention.
FROM registry.access.redhat.com/ubi9/ubi:9.4

LABEL name="example/service" \
      vendor="Example" \
      summary="A service on UBI 9"

RUN --mount=type=cache,target=/var/cache/dnf \
    dnf install -y --setopt=install_weak_deps=False --setopt=keepcache=True \
        python3.12 python3.12-pip shadow-utils \
    && dnf clean all

RUN useradd --uid 1001 --gid 0 --no-log-init --create-home default
USER 1001
WORKDIR /opt/app-root/src
CMD ["python3.12", "-m", "app"]
