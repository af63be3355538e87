# RUN, CMD and ENTRYPOINT in exec (JSON) form, with escaped quotes, a \u escape and an empty string;
# shell-form RUNs that start with [ but are not a JSON string array (a test command, a bracket class).
FROM busybox:1.36
RUN ["/bin/sh", "-c", "echo \"exec form\" > /greeting"]
RUN ["mkdir", "-p", "/data/caf\u00e9"]
RUN [ -f /greeting ] && cat /greeting
RUN [ "$(cat /greeting)" = "exec form" ] || exit 1
RUN ["touch", ""] || true
ENTRYPOINT ["/bin/sh", "-c", "exec \"$0\" \"$@\"", "httpd"]
CMD ["-f", "-p", "8080"]
