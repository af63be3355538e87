# A bind mount's source under ./, which BuildKit joins to the context root (apache/superset writes it so),
# and a target with a . segment.
FROM node:20-slim
RUN --mount=type=bind,target=/frontend-mem-nag.sh,src=./docker/frontend-mem-nag.sh \
    /frontend-mem-nag.sh
RUN --mount=type=cache,target=/root/./.npm npm ci
