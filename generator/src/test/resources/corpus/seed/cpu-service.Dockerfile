# Seed document, "CPU Services (app, data, api, web, etc.)", copied as written (defects included:
# pip install --user in the builder and a runtime stage that copies nothing of it).
FROM nuniesmith/fks:docker AS builder

WORKDIR /app
COPY requirements.txt ./
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install --user --no-cache-dir -r requirements.txt

FROM python:3.12-slim
# ... runtime stage
