# A root -> user -> root -> user hierarchy over three stages, and every USER form: root, 0, a name, a
# uid, uid:gid, name:group, a variable, and variables for both ids.
ARG UID=10001
ARG GID=10001

FROM debian:bookworm-slim AS base
USER root
RUN groupadd --gid 10001 app && useradd --no-log-init --uid 10001 --gid app app
USER app
RUN id

FROM base AS tools
USER 0
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
USER app:app
RUN git --version

FROM tools AS runtime
ARG UID
ARG GID
ARG RUNTIME_USER=app
USER root
RUN chown -R ${UID}:${GID} /srv
USER 10001
USER 10001:10001
USER $RUNTIME_USER
USER ${UID}:${GID}
WORKDIR /srv
CMD ["git", "daemon", "--base-path=/srv"]
