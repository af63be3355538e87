# A Rust build with cargo: registry and target caches with sharing=locked, the binary copied out of the
# cache mount in the same RUN, COPY --link into a debian runtime stage.
FROM rust:1.81-bookworm AS build
WORKDIR /usr/src/app
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry,sharing=locked \
    --mount=type=cache,target=/usr/src/app/target,sharing=locked \
    cargo build --release --locked \
    && cp target/release/app /usr/local/bin/app

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --link --from=build /usr/local/bin/app /usr/local/bin/app
ENTRYPOINT ["app"]
