# Quotes that BuildKit's lexer removes from FROM, WORKDIR, USER and COPY's words (as jupyter/docker-stacks and
# kubernetes write them): they read as the plain words.
ARG BASE=alpine:3.20
FROM "${BASE}"
ENV APP=/opt/app
WORKDIR "${APP}"
COPY --chown="1000:100" settings.toml "${APP}/settings.toml"
USER "1000"
