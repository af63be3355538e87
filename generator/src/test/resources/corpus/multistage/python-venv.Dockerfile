# A Python builder/runtime pair with a virtual environment: the venv built with a pip cache mount,
# copied whole into a slim runtime, PATH pointing into it, a non-root user with a fixed uid.
FROM python:3.12-slim AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
COPY requirements.txt /tmp/requirements.txt
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install -r /tmp/requirements.txt

FROM python:3.12-slim AS runtime
ENV PATH="/opt/venv/bin:$PATH" PYTHONUNBUFFERED=1
COPY --from=builder /opt/venv /opt/venv
RUN useradd --no-log-init --uid 10001 --create-home app
USER 10001:10001
WORKDIR /home/app
COPY --chown=10001:10001 src/ ./src/
CMD ["python", "-m", "src.main"]
