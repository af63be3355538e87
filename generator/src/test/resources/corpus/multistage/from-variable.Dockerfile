ARG BUILDER_IMAGE=golang:1.22
FROM ${BUILDER_IMAGE} AS build
RUN go build -o /out/app .

FROM alpine:3.20
# the global ARG names the image COPY takes files from
COPY --from=${BUILDER_IMAGE} /usr/local/go/LICENSE /licenses/go
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
