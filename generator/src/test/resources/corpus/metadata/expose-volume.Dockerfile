# EXPOSE with a bare port, tcp and udp protocols, a range and a variable; VOLUME in JSON and in
# whitespace form with several paths; STOPSIGNAL by name and by number.
FROM postgres:16-bookworm
ARG METRICS_PORT=9187
EXPOSE 5432
EXPOSE 5432/tcp 5433/udp
EXPOSE 7000-7010/tcp
EXPOSE ${METRICS_PORT}
VOLUME ["/var/lib/postgresql/data"]
VOLUME /var/log/postgresql /var/run/postgresql
STOPSIGNAL SIGINT
STOPSIGNAL 15
