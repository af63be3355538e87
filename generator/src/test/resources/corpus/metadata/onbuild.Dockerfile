# ONBUILD wrapping ARG, COPY with flags, RUN with a cache mount, and RUN with a heredoc (BuildKit reads
# heredocs inside ONBUILD too); the triggers run in the image built FROM this one.
FROM python:3.12-slim
WORKDIR /app
ONBUILD ARG EXTRA_INDEX
ONBUILD COPY --chown=1000:1000 requirements.txt ./
ONBUILD RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
ONBUILD RUN <<EOF
python -m compileall -q /app
EOF
ONBUILD COPY . .
CMD ["python", "-m", "app"]
