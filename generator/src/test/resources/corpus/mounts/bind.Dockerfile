# RUN --mount=type=bind: from the context (default), from a stage and from an image, source, target,
# rw and readwrite (writes thrown away), and a mount without type= (bind is the default).
FROM python:3.12-slim AS wheels
RUN pip wheel --wheel-dir /wheels requests==2.32.3

FROM python:3.12-slim
RUN --mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt \
    --mount=type=bind,from=wheels,source=/wheels,target=/wheels \
    pip install --no-index --find-links=/wheels -r /tmp/requirements.txt
RUN --mount=type=bind,from=busybox:1.36,source=/bin/busybox,target=/busybox \
    /busybox --help
RUN --mount=target=/src,rw --mount=type=bind,target=/work,readwrite \
    touch /src/scratch /work/scratch
