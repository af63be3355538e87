# syntax=docker/dockerfile:1
# Debian with apt cache mounts as the Dockerfile reference shows them: docker-clean removed, the cache
# and lists mounted with sharing=locked and an id, the mounts written in two orders.
FROM debian:trixie-slim AS base
RUN rm -f /etc/apt/apt.conf.d/docker-clean; \
    echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' > /etc/apt/apt.conf.d/keep-cache
RUN --mount=type=cache,id=apt-cache-trixie,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,id=apt-lib-trixie,target=/var/lib/apt,sharing=locked \
    apt-get update \
    && apt-get install -y --no-install-recommends gcc libc6-dev make

FROM base AS tools
RUN --mount=type=cache,target=/var/lib/apt,sharing=locked,id=apt-lib-trixie \
    --mount=sharing=locked,type=cache,target=/var/cache/apt,id=apt-cache-trixie \
    apt-get update && apt-get install -y --no-install-recommends git jq
