# Seed document, "GPU Services (training)", copied as written.
FROM nuniesmith/fks:docker-gpu AS builder

WORKDIR /app
COPY requirements.txt ./
# PyTorch and ML packages already installed
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install --user --no-cache-dir -r requirements.txt

FROM python:3.12-slim
# ... runtime stage
