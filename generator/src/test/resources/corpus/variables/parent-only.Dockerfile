# Variables no ARG of the stage declares: a global ARG and TARGETARCH, which BuildKit gives a stage's steps
# only through the parent image's ENV (prometheus/alertmanager and kubernetes write them so).
ARG BINARY=kube-proxy
FROM golang:1.23
ENV GOARCH=${TARGETARCH}
COPY ${BINARY} /usr/local/bin/${BINARY}
