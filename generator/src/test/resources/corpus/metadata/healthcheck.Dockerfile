# syntax=docker/dockerfile:1.6
# HEALTHCHECK with every flag (--interval, --timeout, --start-period, --start-interval, --retries) and
# an exec-form CMD; a shell-form CMD in another stage; HEALTHCHECK NONE to drop an inherited one.
FROM python:3.12-slim AS service
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --start-interval=2s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=3)"]
CMD ["python", "-m", "http.server", "8000"]

FROM service AS worker
HEALTHCHECK --retries=5 CMD pgrep -f worker || exit 1

FROM service AS batch
HEALTHCHECK NONE
CMD ["python", "-m", "batch"]
