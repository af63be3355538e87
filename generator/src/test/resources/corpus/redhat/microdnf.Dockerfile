# Red Hat UBI minimal with microdnf: install, clean all, and a switch back to root to add a package
# after a non-root USER.
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4

RUN microdnf install -y --nodocs java-21-openjdk-headless \
    && microdnf clean all

USER 1001
COPY --chown=1001:0 target/app.jar /deployments/app.jar

USER root
RUN microdnf install -y --nodocs tzdata && microdnf clean all
USER 1001

ENTRYPOINT ["java", "-jar", "/deployments/app.jar"]
