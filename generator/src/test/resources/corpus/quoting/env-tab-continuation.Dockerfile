FROM alpine:3.20
# Continuation lines indented with tabs leave the tabs in the value, as official images write it.
ENV BUILD_DEPS="gcc \
		make \
		musl-dev"
RUN apk add --no-cache $BUILD_DEPS
