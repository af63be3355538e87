# syntax=docker/dockerfile:1.7
# RUN --mount=type=cache with every option: id, target and its aliases dst and destination, ro and
# readonly, sharing shared/private/locked, from and source (a seed stage), mode, uid, gid.
FROM golang:1.23 AS seed
RUN mkdir -p /gomod && echo seeded > /gomod/README

FROM golang:1.23 AS build
WORKDIR /src
RUN --mount=type=cache,id=gomod,target=/go/pkg/mod,sharing=shared,from=seed,source=/gomod \
    --mount=type=cache,id=gobuild,dst=/root/.cache/go-build,sharing=private \
    --mount=type=bind,target=. \
    go build -o /out/app ./cmd/app
RUN --mount=type=cache,target=/tmp/cache,sharing=locked,mode=0700,uid=1000,gid=1000 \
    ls -la /tmp/cache
RUN --mount=type=cache,destination=/go/pkg/mod,ro \
    --mount=type=cache,target=/root/.cache/go-build,readonly \
    go env GOMODCACHE
