# syntax=docker/dockerfile:1.10
# check=skip=JSONArgsRecommended,StageNameCasing;error=true
# The check directive (skip rules and fail the build on the others) next to syntax; the skipped rules
# are then broken on purpose: a shell-form CMD and a stage name in mixed case.
FROM alpine:3.20 AS Builder
RUN echo built > /built

FROM alpine:3.20
COPY --from=Builder /built /built
CMD cat /built
