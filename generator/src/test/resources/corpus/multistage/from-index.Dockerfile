FROM alpine:3.20
RUN apk add --no-cache ca-certificates

FROM scratch
# files from the unnamed first stage, by its index
COPY --from=0 /etc/ssl/certs /etc/ssl/certs
ENTRYPOINT ["/app"]
