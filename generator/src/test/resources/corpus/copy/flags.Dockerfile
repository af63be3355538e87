# syntax=docker/dockerfile:1.20
# COPY with every flag: --from a stage, an image and a stage index, --chown by name, id and variables,
# --chmod octal and symbolic, --link and --link=false, --parents, several --exclude, several sources,
# the JSON form (for a path with a space), and flags in any order.
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:22-bookworm-slim
ARG APP_UID=1000
ARG APP_GID=1000
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=0 /app/package.json ./
COPY --from=nginx:1.27-alpine /etc/nginx/mime.types /etc/mime.types
COPY --chown=${APP_UID}:${APP_GID} --chmod=0644 config/ ./config/
COPY --chmod=u=rwX,go=rX scripts/ ./scripts/
COPY --link --chown=1000:1000 src/ ./src/
COPY --link=false public/ ./public/
COPY --parents --exclude=*.test.js --exclude=**/__snapshots__ packages/*/lib ./
COPY --exclude=*.md --chmod=0755 bin/cli.js bin/helper.js /usr/local/bin/
COPY ["docs/user guide.pdf", "/app/docs/"]
USER node
CMD ["node", "src/index.js"]
