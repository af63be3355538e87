# SHELL switches the shell for later shell-form RUN, CMD and ENTRYPOINT: bash with pipefail, then back
# to sh; ENTRYPOINT and CMD in shell form.
FROM debian:bookworm-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/install.sh | bash -s -- --version 1.2.3
SHELL ["/bin/sh", "-c"]
RUN echo "back to sh"
ENTRYPOINT exec /usr/local/bin/app --config /etc/app.toml
CMD --verbose
