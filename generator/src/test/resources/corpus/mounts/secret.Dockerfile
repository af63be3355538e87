# syntax=docker/dockerfile:1.10
# RUN --mount=type=secret: id, target, env (Dockerfile 1.10), required, required=false, mode, uid and
# gid; a secret read as a file and one read as an environment variable.
FROM python:3.12-slim
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf,required,mode=0440,uid=0,gid=0 \
    pip install --no-cache-dir private-package==1.2.3
RUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN,required=true \
    curl -fsSL -H "Authorization: Bearer ${GITHUB_TOKEN}" https://api.github.com/user -o /dev/null
RUN --mount=type=secret,id=npmrc,required=false \
    test ! -f /run/secrets/npmrc || cat /run/secrets/npmrc
