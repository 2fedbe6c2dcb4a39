# syntax=docker/dockerfile:1
# Build with the Maven wrapper, then run the layered jar on a slim JRE as a non-root user.
# Configuration comes from environment variables only (see README: INVENTORY_REGIONS, SSO settings...).

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -ntp dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -ntp package -DskipTests \
 && java -Djarmode=tools -jar target/image-inventory-*.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 inventory \
 && useradd --system --uid 10001 --gid inventory --no-create-home --shell /usr/sbin/nologin inventory
WORKDIR /app
# Least-changing layers first, so that a code change rebuilds only the last one.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
USER 10001:10001
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# bash's /dev/tcp needs no curl in the image; health answers only {"status":"UP"} to the public.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
