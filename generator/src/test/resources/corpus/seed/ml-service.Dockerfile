# Seed document, "ML Services (ai, analyze)", copied as written: a comment line right above the RUN.
FROM nuniesmith/fks:docker-ml AS builder

WORKDIR /app
COPY requirements.txt ./
# ML packages already installed, just install service-specific packages
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install --user --no-cache-dir -r requirements.txt

FROM python:3.12-slim
# ... runtime stage
