# Seed document, "Versioning": a service pinned to a versioned base, copied as written (one FROM).
FROM nuniesmith/fks:docker-ml-v1.0.0 AS builder
