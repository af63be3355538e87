FROM alpine:3.20

# options kept in one quoted word over continuation lines
RUN set -eux; \
	opts=' \
		PREFIX=/usr/local \
		WITH_TLS=1 \
	'; \
	eval "make -C /src $opts"
