# LABEL: several pairs on one line and across lines, a quoted key, values with spaces and escaped
# quotes, the legacy "LABEL key value" form, labels from ARGs; and the deprecated MAINTAINER.
FROM alpine:3.20
ARG VERSION=1.4.2
MAINTAINER Jane Doe <jane@example.com>
LABEL org.opencontainers.image.title="Example tool" org.opencontainers.image.version=$VERSION
LABEL "com.example.vendor"="ACME Inc." \
      com.example.description="says \"hello\"" \
      com.example.multi='single quoted, $NOT expanded'
LABEL com.example.legacy legacy form value
CMD ["true"]
