# ARGs before the first FROM used in FROM (image, tag, digest-less), a global ARG without a default,
# several ARGs on one line, quoted defaults, and per-stage ARGs that re-declare a global one.
ARG PYTHON_VERSION=3.12
ARG DEBIAN_SUITE="bookworm"
ARG REGISTRY=docker.io BASE_IMAGE=library/python
ARG BUILD_DATE

FROM ${REGISTRY}/${BASE_IMAGE}:${PYTHON_VERSION}-slim-${DEBIAN_SUITE} AS builder
ARG PYTHON_VERSION
ARG PIP_VERSION='24.2'
RUN pip install "pip==${PIP_VERSION}" && python --version | grep "${PYTHON_VERSION}"

FROM python:$PYTHON_VERSION-slim
ARG BUILD_DATE
ARG VERSION=0.0.0 COMMIT=unknown
LABEL org.opencontainers.image.created=$BUILD_DATE \
      org.opencontainers.image.version=$VERSION \
      org.opencontainers.image.revision=$COMMIT
COPY --from=builder /usr/local/lib/python${PYTHON_VERSION}/site-packages /usr/local/lib/python${PYTHON_VERSION}/site-packages
