# ENV in both forms: several key=value pairs on one line and across lines, quoted values with spaces,
# an escaped space, the legacy "ENV key value" form (one pair, also when the value has = in it), and
# values with ${VAR:-default} and ${VAR:+alternative}.
FROM eclipse-temurin:21-jre
ENV APP_HOME=/opt/app APP_USER=app
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError" \
    GREETING=hello\ world \
    EMPTY=""
ENV PATH /opt/app/bin:$PATH
ENV ONE TWO= THREE=world
ENV LOG_LEVEL=${LOG_LEVEL:-info} \
    DEBUG_FLAGS=${DEBUG:+-Ddebug=true}
WORKDIR $APP_HOME
CMD java $JAVA_OPTS $DEBUG_FLAGS -jar app.jar
