# One image recipe for every Spring Boot module: the module's runnable jar on a JRE.
# Build the jars first (./mvnw -DskipTests install); docker-compose.yml passes MODULE and SERVER_PORT.
FROM eclipse-temurin:17-jre
ARG MODULE
ARG SERVER_PORT=8080
ENV SERVER_PORT=${SERVER_PORT} \
    JAVA_TOOL_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -Xmx256m"
RUN useradd --system --no-create-home --uid 10001 payments
WORKDIR /app
COPY ${MODULE}/target/${MODULE}-*-exec.jar /app/app.jar
USER payments
EXPOSE ${SERVER_PORT}
# bash's /dev/tcp: the JRE image needs no curl for this check
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=5 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT} && printf "GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
