# syntax=docker/dockerfile:1
# A Go multi-stage build: FROM --platform=$BUILDPLATFORM, go mod download with cache mounts and a bind
# of go.mod/go.sum, cross compilation, a scratch final stage with certificates and a numeric user.
FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build
WORKDIR /src
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=bind,source=go.sum,target=go.sum \
    --mount=type=bind,source=go.mod,target=go.mod \
    go mod download -x
ARG TARGETOS TARGETARCH
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,target=. \
    CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} go build -trimpath -ldflags="-s -w" -o /bin/server ./cmd/server

FROM alpine:3.20 AS certs
RUN apk add --no-cache ca-certificates

FROM scratch
COPY --from=certs /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /bin/server /server
USER 65532:65532
EXPOSE 8080/tcp
ENTRYPOINT ["/server"]
