# A static site on nginx: a node build stage, nginx config from a heredoc, STOPSIGNAL SIGQUIT as the
# official image sets it, EXPOSE with protocol, and CMD with a semicolon inside a JSON string.
FROM node:22-alpine AS site
WORKDIR /site
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=site /site/dist /usr/share/nginx/html
COPY <<'EOF' /etc/nginx/conf.d/default.conf
server {
    listen 8080;
    root /usr/share/nginx/html;
    location / { try_files $uri $uri/ /index.html; }
}
EOF
EXPOSE 8080/tcp
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
