# One image recipe for every Spring Boot module: the module's runnable jar on a JRE 17. Nothing else goes
# in: no configuration, no secret (docker-compose.yml passes them as environment variables).
# Build the jars first (./mvnw -q -Dmaven.test.skip=true package); docker-compose.yml passes MODULE and
# SERVER_PORT. BASE_IMAGE: any image with a java 17 on the PATH and bash, e.g. a locally built Debian one
# where no registry can be reached (ops/README.md).
ARG BASE_IMAGE=eclipse-temurin:17-jre
FROM ${BASE_IMAGE}
ARG MODULE
ARG SERVER_PORT=8080
ENV SERVER_PORT=${SERVER_PORT} \
    JAVA_TOOL_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xmx256m"
WORKDIR /app
COPY ${MODULE}/target/${MODULE}-*-exec.jar /app/app.jar
# an unprivileged user id, which needs no account in the image
USER 10001:10001
EXPOSE ${SERVER_PORT}
# bash's /dev/tcp: the JRE image needs no curl for this check
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=5 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT} && printf "GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
