FROM alpine:3.20
RUN apk add --no-cache curl

# durations in minutes, as written
HEALTHCHECK --interval=1m --timeout=10s \
  CMD curl -f http://127.0.0.1:8080/health || exit 1
CMD ["/app"]
