# Seed document, section "2. ML Base (Dockerfile.ml)", copied as written (defects included: unquoted
# >= is a shell redirect, --no-cache-dir next to a pip cache mount).
FROM nuniesmith/fks:docker AS ml-base

# Install ML/AI packages
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install --no-cache-dir \
    langchain>=0.3.0 \
    langchain-core>=0.3.0 \
    langchain-community>=0.3.0 \
    langchain-ollama>=0.2.0 \
    chromadb>=0.5.0 \
    sentence-transformers>=3.0.0 \
    ollama>=0.3.0 \
    TA-Lib>=0.4.28
