# Dynamic stage names: FROM base-${VARIANT} picks a stage by an ARG; FROM --platform=$BUILDPLATFORM
# for a cross-compiling stage with TARGETOS/TARGETARCH; a stage per variant.
ARG VARIANT=cpu

FROM --platform=$BUILDPLATFORM golang:1.23 AS build
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/server ./cmd/server

FROM debian:bookworm-slim AS base-cpu
ENV DEVICE=cpu

FROM nvidia/cuda:12.6.2-runtime-ubuntu24.04 AS base-gpu
ENV DEVICE=cuda

FROM base-${VARIANT} AS final
COPY --from=build /out/server /usr/local/bin/server
ENTRYPOINT ["/usr/local/bin/server"]
