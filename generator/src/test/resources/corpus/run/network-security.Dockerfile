# syntax=docker/dockerfile:1.20
# RUN --network (default, none, host) and --security (insecure, sandbox), alone and with a mount, the
# flags in either order.
FROM debian:bookworm-slim
RUN --network=default apt-get update
RUN --network=none make -C /src test
RUN --network=host curl -fsS http://localhost:8080/ready
RUN --security=insecure --mount=type=cache,target=/var/cache/ci mount -t tmpfs none /mnt
RUN --mount=type=cache,target=/var/cache/ci --security=sandbox --network=none true
