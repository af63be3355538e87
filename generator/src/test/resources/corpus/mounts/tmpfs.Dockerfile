# RUN --mount=type=tmpfs with target and size, next to a cache mount on the same RUN.
FROM node:22-bookworm-slim
WORKDIR /app
RUN --mount=type=tmpfs,target=/tmp \
    --mount=type=tmpfs,target=/root/.npm/_logs,size=64m \
    --mount=type=cache,target=/root/.npm \
    npm install --global pnpm@9.12.0
