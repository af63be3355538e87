# Seed document (fks-docker-base-image-strategy.md), section "1. CPU Base (Dockerfile.builder)": the
# document says it is "already implemented in repo/docker/Dockerfile.builder" and lists what it holds
# (python:3.12-slim, TA-Lib C pre-compiled, gcc/g++/make/cmake/autotools, OpenBLAS/LAPACK, pip,
# setuptools, wheel); this file is written from that list, in the same style as the document's snippets.
FROM python:3.12-slim AS builder

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

# Install build tools and scientific libraries
RUN apt-get update && apt-get install -y --no-install-recommends \
    build-essential \
    gcc \
    g++ \
    make \
    cmake \
    autoconf \
    automake \
    libtool \
    wget \
    libopenblas-dev \
    liblapack-dev \
    && rm -rf /var/lib/apt/lists/*

# Build TA-Lib C library
RUN wget http://prdownloads.sourceforge.net/ta-lib/ta-lib-0.4.0-src.tar.gz && \
    tar -xzf ta-lib-0.4.0-src.tar.gz && \
    cd ta-lib/ && \
    ./configure --prefix=/usr && \
    make && \
    make install && \
    cd .. && \
    rm -rf ta-lib ta-lib-0.4.0-src.tar.gz

# Upgrade Python build dependencies
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install --upgrade pip setuptools wheel

WORKDIR /app
