# A Maven build with a ~/.m2 cache mount, then a JRE stage: COPY --from by stage index (0), an
# ENTRYPOINT in exec form with JVM options from ENV through sh -c, and a JAVA_TOOL_OPTIONS default.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /build
COPY pom.xml .
RUN --mount=type=cache,target=/root/.m2 mvn -B -q dependency:go-offline
COPY src ./src
RUN --mount=type=cache,target=/root/.m2 mvn -B -q package -DskipTests

FROM eclipse-temurin:21-jre-jammy
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0"
COPY --from=0 /build/target/*.jar /app/app.jar
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar \"$@\"", "--"]
CMD ["--server.port=8080"]
