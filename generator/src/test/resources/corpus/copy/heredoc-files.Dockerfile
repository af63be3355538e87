# Files written from heredocs: COPY <<EOF to a file, <<-EOF with tabs stripped, two heredocs into a
# folder in one COPY, an ADD heredoc, --chmod on a heredoc, and a quoted delimiter that keeps $VARS.
FROM nginx:1.27-alpine
COPY <<EOF /etc/nginx/conf.d/default.conf
server {
    listen 8080;
    location / { root /usr/share/nginx/html; }
}
EOF
COPY --chmod=0755 <<-'EOF' /docker-entrypoint.d/40-env.sh
	#!/bin/sh
	echo "starting with ${NGINX_ENTRYPOINT_QUIET_LOGS:-0}"
	EOF
COPY <<index.html <<robots.txt /usr/share/nginx/html/
<!doctype html><title>ok</title>
index.html
User-agent: *
Disallow:
robots.txt
ADD <<EOF /etc/app.env
MODE=production
EOF
