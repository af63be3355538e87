# syntax=docker/dockerfile:1.17
# ADD sources: an HTTP file with --checksum, a git repository by tag with --keep-git-dir, a git source
# with a commit --checksum, a local archive unpacked, a remote archive with --unpack=true, and
# ADD with --chown, --chmod, --link and --exclude.
FROM python:3.12-slim AS talib
ADD --checksum=sha256:9f7a7bb2f71bd2c0cb8b2d8e0d1c6a5d5b1a1f1d7ad7b44b9d7c8c2e8d8a3a0b \
    https://github.com/ta-lib/ta-lib/releases/download/v0.6.4/ta-lib-0.6.4-src.tar.gz /tmp/ta-lib.tar.gz
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.16.0 /src/buildkit
ADD --checksum=9fbd4a1c3a3c1c1c0d3b9d4e2f5a6b7c8d9e0f1a \
    git@github.com:moby/buildkit.git#v0.16.0 /src/buildkit-ssh
ADD vendor.tar.gz /opt/vendor/
ADD --unpack=true https://example.com/releases/tool-1.0.tar.gz /opt/tool/
ADD --chown=1000:1000 --chmod=0640 --link --exclude=*.bak conf/ /etc/app/
