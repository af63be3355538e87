# Continuation lines indented with tabs, as the official images write them: outside quotes a tab is a blank,
# inside $(...) too, even within double quotes.
FROM alpine:3.20
RUN set -eux; \
	apk add --no-cache --virtual .build-deps \
		gcc \
		make \
	; \
	runDeps="$( \
		scanelf --needed --nobanner /usr/local/bin \
			| awk '{ print "so:" $2 }' \
	)"; \
	apk add --no-cache $runDeps
