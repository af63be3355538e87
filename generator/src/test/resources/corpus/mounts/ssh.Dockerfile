# RUN --mount=type=ssh: the default agent, an id, target, required, mode, uid and gid; known hosts set
# up before a git clone over SSH.
FROM alpine:3.20 AS clone
RUN apk add --no-cache git openssh-client \
    && mkdir -p -m 0700 ~/.ssh \
    && ssh-keyscan github.com >> ~/.ssh/known_hosts
RUN --mount=type=ssh \
    git clone git@github.com:example/private.git /src
RUN --mount=type=ssh,id=deploy,target=/run/ssh-agent.sock,required=true,mode=0600,uid=0,gid=0 \
    SSH_AUTH_SOCK=/run/ssh-agent.sock git -C /src fetch --tags

FROM scratch
COPY --from=clone /src /src
