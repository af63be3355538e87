# micromamba: the image's own user ($MAMBA_USER) in USER and --chown, an environment file written as a
# heredoc, the activation ARG, a conda package cache mount with uid and gid.
FROM mambaorg/micromamba:1.5.8

COPY --chown=$MAMBA_USER:$MAMBA_USER <<EOF /tmp/env.yaml
name: base
channels:
  - conda-forge
dependencies:
  - python=3.12
  - numpy=2.0
  - ta-lib=0.4.32
EOF

RUN --mount=type=cache,target=/opt/conda/pkgs,uid=57439,gid=57439 \
    micromamba install -y -n base -f /tmp/env.yaml \
    && micromamba clean --all --yes

ARG MAMBA_DOCKERFILE_ACTIVATE=1
RUN python -c "import numpy, talib; print(numpy.__version__)"

USER $MAMBA_USER
WORKDIR /home/$MAMBA_USER
CMD ["python", "-m", "app"]
