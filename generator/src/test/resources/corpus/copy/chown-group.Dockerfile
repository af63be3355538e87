# --chown with a group only: BuildKit keeps the default user (devcontainers/images writes it so).
FROM continuumio/miniconda3 AS upstream
FROM debian:bookworm-slim
COPY --chown=:conda --chmod=775 --from=upstream /opt/conda /opt/conda
