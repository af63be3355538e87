# Exec-form edge cases: a JSON array with spaces and line continuations inside, an empty array, a
# string holding brackets, and a shell-form CMD that looks like JSON but is not valid JSON (single
# quotes), which BuildKit runs through the shell.
FROM alpine:3.20
RUN [ "sh", \
      "-c", \
      "echo '[not, json]' > /tmp/x" ]
ENTRYPOINT []
CMD ['echo', 'single quotes are not JSON']
